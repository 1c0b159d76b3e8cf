using Caseload.Application.Common;
using Caseload.Application.Security;
using Caseload.Domain.Citizens;
using Caseload.Domain.Common;
using Microsoft.EntityFrameworkCore;

namespace Caseload.Application.Citizens;

/// <summary>Create and edit citizen records, in the user's own teams only. Changes are audited on save.</summary>
public sealed class CitizenService(ICaseloadDbContext db, IAccessScope scope, ICurrentUser user)
{
    public const string ConcurrencyMessage =
        "Borgerens oplysninger er blevet ændret af en anden, mens du redigerede. Dine ændringer er ikke gemt – " +
        "de står stadig i formularen. Åbn borgeren igen i en ny fane, sammenlign, og gem derefter.";

    public async Task<(Result Result, Guid? Id)> CreateAsync(CitizenInput input, CancellationToken ct = default)
    {
        if (!(await scope.TeamIdsAsync(ct)).Contains(input.TeamId))
            return (Result.Fail("Du kan kun oprette borgere i dine egne teams.", nameof(input.TeamId)), null);
        var cpr = CprNumber.Parse(input.Cpr);
        if (await db.Citizens.AnyAsync(c => c.Cpr == cpr, ct))
            return (Result.Fail("Der er allerede en borger med dette CPR-nummer. Kontakt din teamleder, hvis du ikke kan finde borgeren.", nameof(input.Cpr)), null);
        try
        {
            var citizen = new Citizen(input.Name!, cpr, input.TeamId);
            Apply(citizen, input);
            db.Citizens.Add(citizen);
            await db.SaveChangesAsync(ct);
            return (Result.Ok, citizen.Id);
        }
        catch (DomainException e)
        {
            return (Result.Fail(e.Message), null);
        }
    }

    public async Task<CitizenInput?> GetInputAsync(Guid id, CancellationToken ct = default)
    {
        var c = await scope.FindCitizenAsync(id, ct);
        if (c is null) return null;
        var hideAddress = c.SecretAddress && !await IsAssignedAsync(c.Id, ct);
        return new CitizenInput
        {
            TeamId = c.TeamId, Name = c.Name, Cpr = c.Cpr.Formatted, Address = hideAddress ? null : c.Address,
            SecretAddress = c.SecretAddress, AddressHidden = hideAddress,
            Phone = c.Phone, SecondaryPhone = c.SecondaryPhone, Email = c.Email, InterpreterNeeded = c.InterpreterNeeded,
            InterpreterLanguage = c.InterpreterLanguage, Whereabouts = c.Whereabouts, ActingMunicipality = c.ActingMunicipality,
            Notes = c.Notes, Version = c.Version,
        };
    }

    /// <summary>Null when the citizen is outside scope (404).</summary>
    public async Task<Result?> UpdateAsync(Guid id, CitizenInput input, CancellationToken ct = default)
    {
        var citizen = await scope.FindCitizenAsync(id, ct);
        if (citizen is null) return null;
        if (citizen.Version != input.Version) return Result.Fail(ConcurrencyMessage);
        var cpr = CprNumber.Parse(input.Cpr);
        if (cpr != citizen.Cpr && await db.Citizens.AnyAsync(c => c.Cpr == cpr && c.Id != id, ct))
            return Result.Fail("Der er allerede en anden borger med dette CPR-nummer.", nameof(input.Cpr));
        if (input.TeamId != citizen.TeamId && !(await scope.TeamIdsAsync(ct)).Contains(input.TeamId))
            return Result.Fail("Du kan kun flytte borgeren til dine egne teams.", nameof(input.TeamId));
        if (citizen.SecretAddress && !await IsAssignedAsync(citizen.Id, ct))
        {
            // The user never saw the secret address: keep it (and the secrecy) as it is.
            input.Address = citizen.Address;
            input.SecretAddress = true;
        }
        try
        {
            citizen.Rename(input.Name!);
            citizen.ChangeCpr(cpr);
            citizen.MoveToTeam(input.TeamId);
            Apply(citizen, input);
            await db.SaveChangesAsync(ct);
            return Result.Ok;
        }
        catch (DomainException e)
        {
            return Result.Fail(e.Message);
        }
        catch (DbUpdateConcurrencyException)
        {
            return Result.Fail(ConcurrencyMessage);
        }
    }

    /// <summary>The teams a citizen can be registered under by the current user: their own.</summary>
    public async Task<IReadOnlyList<(Guid Id, string Name)>> OwnTeamsAsync(CancellationToken ct = default)
    {
        var ids = await scope.TeamIdsAsync(ct);
        var teams = await db.Teams.AsNoTracking().Where(t => ids.Contains(t.Id)).OrderBy(t => t.Name)
            .Select(t => new { t.Id, t.Name }).ToListAsync(ct);
        return teams.Select(t => (t.Id, t.Name)).ToList();
    }

    /// <summary>Is the current user the primary worker or an attached member of one of the citizen's active courses?</summary>
    public async Task<bool> IsAssignedAsync(Guid citizenId, CancellationToken ct = default)
    {
        var me = user.UserId;
        return me is not null && await db.Courses.AnyAsync(c => c.CitizenId == citizenId && c.Status == Domain.Courses.CourseStatus.Active
            && (c.PrimaryWorkerId == me || c.Members.Any(m => m.UserId == me)), ct);
    }

    private static void Apply(Citizen citizen, CitizenInput input)
    {
        citizen.UpdateContact(input.Address, input.SecretAddress, input.Phone, input.SecondaryPhone, input.Email);
        citizen.UpdateCircumstances(input.Whereabouts, input.ActingMunicipality, input.InterpreterNeeded, input.InterpreterLanguage, input.Notes);
    }
}
