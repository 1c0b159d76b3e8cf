using Caseload.Application.Auditing;
using Caseload.Application.Common;
using Caseload.Application.Security;
using Caseload.Domain.Auditing;
using Caseload.Domain.Citizens;
using FluentValidation;
using Microsoft.EntityFrameworkCore;

namespace Caseload.Application.Citizens;

/// <summary>Create and edit citizen records, in the user's own teams only. Changes are audited on save.</summary>
public sealed class CitizenService(ICaseloadDbContext db, IAccessScope scope, CommandRunner commands, IAuditLog audit,
    NewCitizenInputValidator newValidator, CitizenInputValidator validator, IValidator<CprChangeInput> cprValidator)
{
    public const string DuplicateCprMessage =
        "Der er allerede en borger med dette CPR-nummer i kommunen. Kontakt din teamleder, hvis du ikke kan finde borgeren.";

    public async Task<Result<Guid>> CreateAsync(CitizenInput input, CancellationToken ct = default)
    {
        // The rule is one record per citizen, so the CPR number is looked up across teams: that look-up is audited.
        if (CprNumber.TryParse(input.Cpr, out var typed, out _) && await db.Citizens.AnyAsync(c => c.Cpr == typed, ct))
        {
            await audit.RecordAsync(AuditAction.Searched, AuditNames.Citizen, null, details: "Oprettelse afvist: CPR-nummeret er allerede registreret", ct: ct);
            return Result.Fail(DuplicateCprMessage, nameof(input.Cpr));
        }
        return await commands.RunAsync(newValidator, input, async token =>
        {
            if (!(await scope.TeamIdsAsync(token)).Contains(input.TeamId))
                return Result.Fail("Du kan kun oprette borgere i dine egne teams.", nameof(input.TeamId));
            var cpr = CprNumber.Parse(input.Cpr);
            var citizen = new Citizen(input.Name!, cpr, input.TeamId);
            Apply(citizen, input);
            db.Citizens.Add(citizen);
            return Result.Success(citizen.Id);
        }, ct);
    }

    /// <summary>The edit form. The CPR number is not part of it (see <see cref="ChangeCprAsync"/>), and a secret
    /// address is left out unless the user may see it. Opening the form is a read of the record: audited.</summary>
    public async Task<CitizenForm> GetFormAsync(ScopedCitizen citizen, CancellationToken ct = default)
    {
        await audit.RecordAsync(AuditAction.Viewed, AuditNames.Citizen, citizen.Id.ToString(), citizen.Id, "Redigeringsformular", ct);
        var c = await db.Citizens.AsNoTracking().FirstAsync(x => x.Id == citizen.Id, ct);
        var hideAddress = c.SecretAddress && !citizen.MaySeeSecretAddress;
        return new CitizenForm(new CitizenInput
        {
            TeamId = c.TeamId, Name = c.Name, Address = hideAddress ? null : c.Address,
            SecretAddress = c.SecretAddress, Phone = c.Phone, SecondaryPhone = c.SecondaryPhone, Email = c.Email,
            InterpreterNeeded = c.InterpreterNeeded, InterpreterLanguage = c.InterpreterLanguage, Whereabouts = c.Whereabouts,
            ActingMunicipality = c.ActingMunicipality, Notes = c.Notes, Version = c.Version,
        }, CprNumber.MaskedOrMissing(c.Cpr), hideAddress);
    }

    /// <summary>What a form shows besides the input (the CPR form, or a form shown again after an error): a read, audited.</summary>
    public async Task<CitizenFormContext> FormContextAsync(ScopedCitizen citizen, CancellationToken ct = default)
    {
        await audit.RecordAsync(AuditAction.Viewed, AuditNames.Citizen, citizen.Id.ToString(), citizen.Id, "Formular", ct);
        var c = await db.Citizens.AsNoTracking().Where(x => x.Id == citizen.Id).Select(x => new { x.Cpr, x.SecretAddress, x.Version }).FirstAsync(ct);
        return new CitizenFormContext(CprNumber.MaskedOrMissing(c.Cpr), c.SecretAddress && !citizen.MaySeeSecretAddress, c.Version);
    }

    public Task<Result> UpdateAsync(ScopedCitizen scoped, CitizenInput input, CancellationToken ct = default)
        => commands.RunAsync(validator, input, async token =>
        {
            var citizen = await db.Citizens.FirstAsync(c => c.Id == scoped.Id, token);
            commands.Expect(citizen, input.Version);
            if (input.TeamId != citizen.TeamId && !(await scope.TeamIdsAsync(token)).Contains(input.TeamId))
                return Result.Fail("Du kan kun flytte borgeren til dine egne teams.", nameof(input.TeamId));
            if (citizen.SecretAddress && !scoped.MaySeeSecretAddress)
            {
                // The user never saw the secret address: keep it (and the secrecy) as it is.
                input.Address = citizen.Address;
                input.SecretAddress = true;
            }
            citizen.Rename(input.Name!);
            citizen.MoveToTeam(input.TeamId);
            Apply(citizen, input);
            return Result.Ok;
        }, ct);

    /// <summary>Corrects the CPR number: a deliberate action, with a reason in the audit log.</summary>
    public async Task<Result> ChangeCprAsync(ScopedCitizen scoped, CprChangeInput input, CancellationToken ct = default)
    {
        var result = await commands.RunAsync(cprValidator, input, async token =>
        {
            var citizen = await db.Citizens.FirstAsync(c => c.Id == scoped.Id, token);
            commands.Expect(citizen, input.Version);
            var cpr = CprNumber.Parse(input.NewCpr);
            if (cpr == citizen.Cpr) return Result.Fail("Det er det samme CPR-nummer som nu.", nameof(input.NewCpr));
            if (await db.Citizens.AnyAsync(c => c.Cpr == cpr && c.Id != scoped.Id, token))
                return Result.Fail("Der er allerede en anden borger med dette CPR-nummer.", nameof(input.NewCpr));
            citizen.ChangeCpr(cpr);
            return Result.Ok;
        }, ct);
        // The change itself (masked old → new) is in the audit row of the save; this row keeps the reason.
        if (result.Succeeded)
            await audit.RecordAsync(AuditAction.Updated, AuditNames.Citizen, scoped.Id.ToString(), scoped.Id,
                $"CPR-nummer rettet. Begrundelse: {input.Reason!.Trim()}", ct);
        return result;
    }

    /// <summary>The teams a citizen can be registered under by the current user: their own.</summary>
    public async Task<IReadOnlyList<(Guid Id, string Name)>> OwnTeamsAsync(CancellationToken ct = default)
    {
        var ids = await scope.TeamIdsAsync(ct);
        var teams = await db.Teams.AsNoTracking().Where(t => ids.Contains(t.Id)).OrderBy(t => t.Name)
            .Select(t => new { t.Id, t.Name }).ToListAsync(ct);
        return teams.Select(t => (t.Id, t.Name)).ToList();
    }

    private static void Apply(Citizen citizen, CitizenInput input)
    {
        citizen.UpdateContact(input.Address, input.SecretAddress, input.Phone, input.SecondaryPhone, input.Email);
        citizen.UpdateCircumstances(input.Whereabouts, input.ActingMunicipality, input.InterpreterNeeded, input.InterpreterLanguage, input.Notes);
    }
}

/// <summary>The edit form's content: the input, and what is shown but not edited there.</summary>
public sealed record CitizenForm(CitizenInput Input, string MaskedCpr, bool AddressHidden);

/// <summary>What a form shows about the record besides the input, and the version it is based on.</summary>
public sealed record CitizenFormContext(string MaskedCpr, bool AddressHidden, Guid Version);
