using Caseload.Application.Auditing;
using Caseload.Application.Common;
using Caseload.Application.Common.Time;
using Caseload.Application.Security;
using Caseload.Domain.Auditing;
using Caseload.Domain.Citizens;
using Microsoft.EntityFrameworkCore;

namespace Caseload.Application.Printing;

/// <summary>What the user chose to print beyond the default: the full CPR number, a secret address. Both are audited.
/// <see cref="Initials"/>: the pseudonym print ("Vis kun initialer", issue #27 item 3) — the citizen by initials only, with no
/// CPR number, address or contact details, whatever else was chosen.</summary>
public sealed record PrintChoices(bool FullCpr, bool SecretAddress, bool Initials = false);

/// <summary>The citizen as every print view's head shows them. <see cref="Cpr"/> is masked unless chosen; a secret
/// address is left out unless chosen by one who may see it.</summary>
public sealed record PrintCitizen(Guid Id, string Name, string Cpr, string? Address, bool HasSecretAddress, string TeamName, DateOnly? DateOfBirth,
    string? Phone, string? Email, bool InterpreterNeeded, string? InterpreterLanguage, string Whereabouts, DateTime PrintedAt)
{
    /// <summary>Initials for file names (never the CPR number, never a name): "Bent Kristensen" → "BK"; null without letters.</summary>
    public string? Initials => Domain.Common.NameInitials.Compact(Name);
}

/// <summary>Printing: the citizen's head for a print view, and the audit event of each print (issue #14).</summary>
public sealed class PrintService(ICaseloadDbContext db, IAuditLog audit, IDanishClock clock)
{
    public const string SecretAddressLeftOut = "Hemmelig adresse (ikke udskrevet)";
    public const string NotInPseudonym = "Ikke vist (kun initialer)";

    public async Task<PrintCitizen> CitizenAsync(ScopedCitizen citizen, PrintChoices choices, CancellationToken ct = default)
    {
        var c = await db.Citizens.AsNoTracking().Where(x => x.Id == citizen.Id)
            .Select(x => new
            {
                x.Name, x.Cpr, x.Address, x.SecretAddress, x.Phone, x.Email, x.InterpreterNeeded, x.InterpreterLanguage, x.Whereabouts,
                Team = db.Teams.Where(t => t.Id == x.TeamId).Select(t => t.Name).First(),
            })
            .FirstAsync(ct);
        if (choices.Initials)
            return new PrintCitizen(citizen.Id, Domain.Common.NameInitials.Dotted(c.Name), NotInPseudonym, null, false, c.Team, null, null, null,
                c.InterpreterNeeded, c.InterpreterLanguage, c.Whereabouts.Danish(), clock.UtcNow);
        var address = !c.SecretAddress ? c.Address : choices.SecretAddress && citizen.MaySeeSecretAddress ? c.Address : SecretAddressLeftOut;
        var cpr = c.Cpr is null ? CprNumber.Missing : choices.FullCpr ? c.Cpr.Formatted : c.Cpr.Masked;
        return new PrintCitizen(citizen.Id, c.Name, cpr, address, c.SecretAddress, c.Team, c.Cpr?.DateOfBirth, c.Phone, c.Email, c.InterpreterNeeded,
            c.InterpreterLanguage, c.Whereabouts.Danish(), clock.UtcNow);
    }

    /// <summary>"Printed document": which, which version, as PDF or for the printer, and what was chosen beyond the default.</summary>
    public async Task RecordAsync(ScopedCitizen citizen, string document, string version, bool pdf, PrintChoices choices, CancellationToken ct = default)
    {
        var extra = choices.Initials ? ", kun initialer"
            : (choices.FullCpr ? ", med fuldt CPR-nummer" : "") + (choices.SecretAddress && citizen.MaySeeSecretAddress ? ", med hemmelig adresse" : "");
        await audit.RecordAsync(AuditAction.Printed, AuditNames.Citizen, citizen.Id.ToString(), citizen.Id,
            $"{document}, {version}, {(pdf ? "PDF" : "udskrift")}{extra}", ct);
        if (choices.FullCpr && !choices.Initials) await audit.RecordAsync(AuditAction.RevealedCpr, AuditNames.Citizen, citizen.Id.ToString(), citizen.Id, $"Udskrift: {document}", ct);
    }
}
