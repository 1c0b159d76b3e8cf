using Caseload.Domain.Common;
using FluentValidation;
using Microsoft.EntityFrameworkCore;

namespace Caseload.Application.Common;

/// <summary>Tells a unique-key violation from other database errors (provider-specific, so Infrastructure answers).</summary>
public interface IDatabaseErrors
{
    bool IsUniqueViolation(DbUpdateException exception);

    /// <summary>Two writers collided (SQLite busy/locked, a PostgreSQL serialization failure or deadlock, a SQL
    /// Server deadlock): the user may simply save again.</summary>
    bool IsWriteConflict(Exception exception);
}

/// <summary>
/// The one command path (style.md): validate the input, run the domain calls and SaveChanges inside one
/// transaction, and turn what the user can put right — a validation failure, a broken domain rule (naming its
/// field), a concurrency conflict, a duplicate — into a <see cref="Result"/> with Danish messages. A command
/// never half-succeeds: on any failure the transaction is rolled back and the tracked changes dropped.
/// Controllers never catch <see cref="DomainException"/> themselves. What the command changed is written to the
/// course event log in the same transaction, by the registered event sources — no service writes an event by hand.
/// </summary>
public sealed class CommandRunner(ICaseloadDbContext db, IDatabaseErrors errors, CourseEvents.CourseEventRecorder events,
    Results.MonthlyFigureRecorder figures)
{
    public const string ConcurrencyMessage =
        "Oplysningerne er blevet ændret af en anden, mens du arbejdede. Dine ændringer er ikke gemt – de står " +
        "stadig i formularen. Åbn siden igen i en ny fane, sammenlign, og gem derefter.";

    public const string DuplicateMessage = "Det findes allerede. Genindlæs siden og se, om en anden har gjort det samme.";

    public async Task<Result> RunAsync<TInput>(IValidator<TInput> validator, TInput input,
        Func<CancellationToken, Task<Result>> command, CancellationToken ct)
        => (await RunAsync<TInput, bool>(validator, input, async token => await command(token), ct)).Outcome;

    public async Task<Result<T>> RunAsync<TInput, T>(IValidator<TInput> validator, TInput input,
        Func<CancellationToken, Task<Result<T>>> command, CancellationToken ct)
    {
        var validation = await validator.ValidateAsync(input, ct);
        return validation.IsValid ? await RunAsync(command, ct) : Result.From(validation);
    }

    public async Task<Result> RunAsync(Func<CancellationToken, Task<Result>> command, CancellationToken ct)
        => (await RunAsync<bool>(async token => await command(token), ct)).Outcome;

    public async Task<Result<T>> RunAsync<T>(Func<CancellationToken, Task<Result<T>>> command, CancellationToken ct)
    {
        // A command called from inside another joins its transaction.
        var transaction = db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(ct) : null;
        try
        {
            var result = await command(ct);
            if (result.Succeeded)
            {
                // Nothing tracked changed (e.g. a document saved as it was): no write, no event, and the page can say so.
                var unchanged = !db.ChangeTracker.HasChanges();
                if (!unchanged)
                {
                    await events.RecordChangesAsync(ct); // the course event log, in the same transaction (ADR 0024)
                    await figures.RecordChangesAsync(ct); // and the monthly figures kept from it (ADR 0031)
                    await db.SaveChangesAsync(ct);
                }
                if (transaction is not null) await transaction.CommitAsync(ct);
                return unchanged ? result with { Outcome = result.Outcome with { Unchanged = true } } : result;
            }
            await RollBackAsync(transaction);
            return result;
        }
        catch (DomainException e)
        {
            await RollBackAsync(transaction);
            return Result.Fail(e.Message, e.Field ?? "");
        }
        catch (DbUpdateConcurrencyException)
        {
            await RollBackAsync(transaction);
            return Result.Conflict();
        }
        catch (DbUpdateException e) when (errors.IsUniqueViolation(e))
        {
            await RollBackAsync(transaction);
            return Result.Fail(DuplicateMessage);
        }
        catch (Exception e) when (errors.IsWriteConflict(e))
        {
            await RollBackAsync(transaction);
            return Result.Conflict();
        }
        catch
        {
            await RollBackAsync(transaction);
            throw;
        }
        finally
        {
            if (transaction is not null) await transaction.DisposeAsync();
        }
    }

    /// <summary>The version the user's form was made from becomes EF's original value of the concurrency token, so
    /// SaveChanges updates the row only if it still has that version — otherwise a conflict (ADR 0026). A stale version
    /// marks the row changed even when nothing else is, so an out-of-date form never slips through as "unchanged".</summary>
    public TEntity Expect<TEntity>(TEntity entity, Guid postedVersion) where TEntity : Entity
    {
        db.ChangeTracker.Context.Entry(entity).Property(e => e.Version).OriginalValue = postedVersion;
        return entity;
    }

    private async Task RollBackAsync(Microsoft.EntityFrameworkCore.Storage.IDbContextTransaction? transaction)
    {
        if (transaction is not null) await transaction.RollbackAsync(CancellationToken.None);
        db.ChangeTracker.Clear();
    }
}
