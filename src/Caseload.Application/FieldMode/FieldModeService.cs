using System.Text.Json;
using Caseload.Application.Common;
using Caseload.Application.Common.Time;
using Caseload.Application.Drafts;
using Caseload.Application.Security;
using Caseload.Domain.FieldMode;
using Microsoft.EntityFrameworkCore;

namespace Caseload.Application.FieldMode;

/// <summary>The three versions of an offline change that clashed, and the labels of the form's fields (from the page).</summary>
public sealed record FieldConflictData(FormFields Base, FormFields Mine, FormFields Theirs, Dictionary<string, string> Labels);

/// <summary>What became of an offline change sent back: merged cleanly (post <see cref="Merged"/>), or kept for the worker to choose.</summary>
public sealed record MergeOutcome(FormFields? Merged, Guid? ConflictId);

public sealed record FieldConflictView(Guid Id, Guid CitizenId, string Form, string FormName, DateTime CreatedAt, MergeResult Merge,
    IReadOnlyDictionary<string, string> Labels);

/// <summary>
/// Field mode (issue #31, ADR 0047): which citizens a worker has taken along to a device, and the server's side of
/// sending offline changes back — the three-way merge by the form's rules, and the clashes kept until the worker chooses.
/// </summary>
public sealed class FieldModeService(ICaseloadDbContext db, ICurrentUser user, IDanishClock clock, OfflineForms forms,
    CommandRunner commands, DraftService drafts)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>Marks the citizen as taken along (again) and returns when the device's copy expires. Only the worker's own
    /// citizens, at most <see cref="FieldCheckout.MaxPerWorker"/> at a time.</summary>
    public Task<Result<DateTime>> TakeAlongAsync(ScopedCitizen citizen, CancellationToken ct = default)
        => commands.RunAsync<DateTime>(async token =>
        {
            if (user.UserId is not { } me) return Result.Forbidden("Du er ikke logget ind.");
            if (!citizen.AssignedToMe) return Result.Fail("Du kan kun tage dine egne borgere med i felten.");
            var now = clock.UtcNow;
            await db.FieldCheckouts.Where(c => c.UserId == me && c.ExpiresAt <= now).ExecuteDeleteAsync(token);
            var mine = await db.FieldCheckouts.Where(c => c.UserId == me).ToListAsync(token);
            var checkout = mine.FirstOrDefault(c => c.CitizenId == citizen.Id);
            if (checkout is null && mine.Count >= FieldCheckout.MaxPerWorker)
                return Result.Fail($"Du har allerede {FieldCheckout.MaxPerWorker} borgere med. Læg en tilbage, før du tager flere med.");
            if (checkout is null) db.FieldCheckouts.Add(checkout = new FieldCheckout(me, citizen.Id, now));
            else checkout.Renew(now);
            return Result.Success(checkout.ExpiresAt);
        }, ct);

    /// <summary>Puts the citizen back ("Læg tilbage").</summary>
    public Task ReleaseAsync(ScopedCitizen citizen, CancellationToken ct = default)
        => user.UserId is not { } me ? Task.CompletedTask
            : db.FieldCheckouts.Where(c => c.UserId == me && c.CitizenId == citizen.Id).ExecuteDeleteAsync(ct);

    /// <summary>Puts all the user's citizens back: sign-out wipes the device.</summary>
    public Task ReleaseAllAsync(CancellationToken ct = default)
        => user.UserId is not { } me ? Task.CompletedTask : db.FieldCheckouts.Where(c => c.UserId == me).ExecuteDeleteAsync(ct);

    /// <summary>Merges an offline change to one of the citizen's forms; a clash is kept on the server for the worker to choose.</summary>
    public async Task<Result<MergeOutcome>> MergeAsync(ScopedCitizen citizen, string formAddress, FieldConflictData change, CancellationToken ct = default)
    {
        if (forms.For(formAddress) is not { } form || OfflineForms.CitizenOf(formAddress) != citizen.Id)
            return Result.Fail("Denne formular kan ikke gemmes offline.");
        if (!citizen.MayChangeCourseWork) return Result.Forbidden("Du kan ikke ændre borgerens dokumenter.");
        var merge = ThreeWayMerge.Merge(form, change.Base, change.Mine, change.Theirs);
        if (merge.Clean) return Result.Success(new MergeOutcome(merge.Merged, null));
        return await commands.RunAsync<MergeOutcome>(_ =>
        {
            if (user.UserId is not { } me) return Task.FromResult<Result<MergeOutcome>>(Result.Forbidden("Du er ikke logget ind."));
            var conflict = new FieldConflict(me, citizen.Id, formAddress, JsonSerializer.Serialize(change, Json), clock.UtcNow);
            db.FieldConflicts.Add(conflict);
            return Task.FromResult(Result.Success(new MergeOutcome(null, conflict.Id)));
        }, ct);
    }

    /// <summary>The user's own clashes about the citizen (nobody else's are ever read).</summary>
    public async Task<IReadOnlyList<FieldConflictView>> ConflictsAsync(ScopedCitizen citizen, CancellationToken ct = default)
    {
        if (user.UserId is not { } me) return [];
        var rows = await db.FieldConflicts.AsNoTracking().Where(c => c.UserId == me && c.CitizenId == citizen.Id)
            .OrderBy(c => c.CreatedAt).ToListAsync(ct);
        return rows.Select(View).OfType<FieldConflictView>().ToList();
    }

    /// <summary>The worker has chosen: the merged form becomes the user's draft of the form (restored when it opens, then
    /// saved through the form's own command), and the clash is removed. Returns the form's address.</summary>
    public async Task<Result<string>> ResolveAsync(ScopedCitizen citizen, Guid conflictId, IReadOnlyDictionary<string, bool> takeMine, CancellationToken ct = default)
    {
        if (user.UserId is not { } me) return Result.Forbidden("Du er ikke logget ind.");
        var row = await db.FieldConflicts.AsNoTracking().FirstOrDefaultAsync(c => c.Id == conflictId && c.UserId == me && c.CitizenId == citizen.Id, ct);
        if (row is null || View(row) is not { } view) return Result.NotFound("Valget findes ikke (længere).");
        var missing = view.Merge.Clashes.Where(c => !takeMine.ContainsKey(c.Field)).ToList();
        if (missing.Count > 0) return Result.Fail(missing.Count == 1 ? "Vælg hvilken udgave af feltet, der skal gælde." : $"Vælg for hvert af de {missing.Count} felter, hvilken udgave der skal gælde.");
        var resolved = view.Merge.Resolve(takeMine);
        // Two commits, in this order on purpose: the chosen values are kept as the form's draft before the choice goes, so a
        // failure between them leaves both (the choice page again; choosing anew overwrites the draft) and never neither.
        await drafts.SaveAsync(row.Form, JsonSerializer.Serialize(resolved, Json), ct);
        await db.FieldConflicts.Where(c => c.Id == conflictId).ExecuteDeleteAsync(ct);
        return Result.Success(row.Form);
    }

    private FieldConflictView? View(FieldConflict row)
    {
        var data = JsonSerializer.Deserialize<FieldConflictData>(row.Data, Json);
        if (data is null || forms.For(row.Form) is not { } form) return null;
        return new FieldConflictView(row.Id, row.CitizenId, row.Form, form.Name, row.CreatedAt,
            ThreeWayMerge.Merge(form, data.Base, data.Mine, data.Theirs), data.Labels);
    }
}
