using Caseload.Application.Auditing;
using Caseload.Application.Common;
using Caseload.Application.Common.Time;
using Caseload.Application.Engines;
using Caseload.Application.Security;
using Caseload.Domain.Auditing;
using Caseload.Domain.Citizens;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Caseload.Application.DataProtection;

/// <summary>How staff are named in the insight package's access log.</summary>
public enum StaffShownAs
{
    /// <summary>"Medarbejder · ACT-team Nord" — the default (the citizen learns who had access by function, ADR 0052).</summary>
    RoleAndTeam,
    /// <summary>The user's name (e-mail) as the audit log holds it.</summary>
    Name,
}

/// <summary>The "Insight" section (ADR 0052).</summary>
public sealed class InsightOptions
{
    public const string Section = "Insight";
    public StaffShownAs StaffShownAs { get; set; } = StaffShownAs.RoleAndTeam;
}

/// <summary>The roles and teams of staff, for the access log (Identity's roles are Infrastructure's).</summary>
public interface IStaffRoles
{
    /// <summary>Per user id: "Medarbejder · ACT-team Nord (teamleder)"; users not found are left out.</summary>
    Task<IReadOnlyDictionary<string, string>> DescribeAsync(IReadOnlyCollection<string> userIds, CancellationToken ct);
}

/// <summary>One row of the access log as the citizen sees it.</summary>
public sealed record AccessLogRow(DateTime At, string Who, AuditAction Action, string EntityType, string? EntityKey);

/// <summary>Everything recorded about one citizen (GDPR art. 15): the record with the full CPR number, every engine's
/// sections and the access log.</summary>
public sealed record InsightPackage(DateTime ProducedAt, CitizenDataRecord Citizen, IReadOnlyList<CitizenDataSection> Sections,
    IReadOnlyList<AccessLogRow> AccessLog);

/// <summary>
/// The insight package (issue #33 item 3, ADR 0052): an administrator or the citizen's primary worker produces it; every
/// engine adds its part (<see cref="ICitizenDataContributor"/>); producing it is audited, with the full CPR number.
/// </summary>
public sealed class InsightService(ICaseloadDbContext db, IEnumerable<ICitizenDataContributor> contributors, ICurrentUser user,
    IAuditLog audit, IStaffRoles staff, IDanishClock clock, IOptions<InsightOptions> options)
{
    public const string Document = "Indsigtspakke";

    /// <summary>An administrator, or a primary worker of one of the citizen's open courses (read with the scope: no query).</summary>
    public bool MayProduce(ScopedCitizen citizen)
        => user.UserId is { } me && (user.IsInRole(Roles.Administrator) || citizen.PrimaryWorkers.Any(w => w.WorkerId == me));

    /// <summary>Null when the user may not produce it. <paramref name="format"/> is audited ("JSON", "PDF", "udskrift"); the CPR
    /// number is masked unless <paramref name="fullCpr"/> (audited as a reveal). A secret address only for those who may see it.</summary>
    public async Task<InsightPackage?> ProduceAsync(ScopedCitizen citizen, string format, bool fullCpr, CancellationToken ct)
    {
        if (!MayProduce(citizen)) return null;
        await audit.RecordAsync(AuditAction.Downloaded, AuditNames.Citizen, citizen.Id.ToString(), citizen.Id,
            $"{Document}, {format}{(fullCpr ? ", med fuldt CPR-nummer" : "")}", ct);
        if (fullCpr) await audit.RecordAsync(AuditAction.RevealedCpr, AuditNames.Citizen, citizen.Id.ToString(), citizen.Id, Document, ct);

        var record = await db.Citizens.AsNoTracking().FirstAsync(c => c.Id == citizen.Id, ct);
        var team = await db.Teams.Where(t => t.Id == record.TeamId).Select(t => t.Name).FirstAsync(ct);
        var sections = new List<CitizenDataSection>();
        foreach (var contributor in contributors.OrderBy(c => c.Order)) sections.AddRange(await contributor.InsightAsync(citizen, ct));
        return new InsightPackage(clock.UtcNow, MasterData(record, team, fullCpr, citizen.MaySeeSecretAddress), [.. sections.Where(s => s.Records.Count > 0)], await AccessLogAsync(citizen, ct));
    }

    public const string SecretAddressLeftOut = "Hemmelig adresse (ikke medtaget)";

    private static CitizenDataRecord MasterData(Citizen c, string team, bool fullCpr, bool maySeeSecretAddress) => new("Stamoplysninger",
    [
        new("Navn", c.Name),
        new("CPR-nummer", c.Cpr is null ? CprNumber.Missing : fullCpr ? c.Cpr.Formatted : c.Cpr.Masked),
        new("Team", team),
        new("Adresse", c.SecretAddress && !maySeeSecretAddress ? SecretAddressLeftOut : c.Address),
        new("Hemmelig adresse", c.SecretAddress ? "ja" : "nej"),
        new("Telefon", c.Phone),
        new("Andet telefonnummer", c.SecondaryPhone),
        new("E-mail", c.Email),
        new("Tolk", c.InterpreterNeeded ? $"ja ({c.InterpreterLanguage})" : "nej"),
        new("Opholdssted", c.Whereabouts.Danish()),
        new("Handlekommune", c.ActingMunicipality),
        new("Noter", c.Notes),
        new("Oprettet (UTC)", c.CreatedAt.ToString("yyyy-MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture)),
    ]);

    private async Task<IReadOnlyList<AccessLogRow>> AccessLogAsync(ScopedCitizen citizen, CancellationToken ct)
    {
        var rows = await db.AuditEntries.AsNoTracking().Where(a => a.CitizenId == citizen.Id)
            .OrderBy(a => a.At).ThenBy(a => a.Id)
            .Select(a => new { a.At, a.UserId, a.UserName, a.Action, a.EntityType, a.EntityKey })
            .ToListAsync(ct);
        var byName = options.Value.StaffShownAs == StaffShownAs.Name;
        var staffIds = rows.Select(r => r.UserId).OfType<string>()
            .Where(id => Api.ApiClientActor.ClientIdOf(id) is null && CitizenPortal.CitizenActor.CitizenIdOf(id) is null).Distinct().ToList();
        var described = byName || staffIds.Count == 0 ? new Dictionary<string, string>() : await staff.DescribeAsync(staffIds, ct);
        return [.. rows.Select(r => new AccessLogRow(r.At, Who(r.UserId, r.UserName), r.Action, r.EntityType, r.EntityKey))];

        string Who(string? userId, string? userName)
        {
            if (userId is null) return "Systemet";
            if (Api.ApiClientActor.ClientIdOf(userId) is not null) return $"Andet system (API){(byName && userName is not null ? $": {userName}" : "")}";
            if (CitizenPortal.CitizenActor.CitizenIdOf(userId) is not null) return "Borgeren selv";
            if (byName) return userName ?? "Ukendt medarbejder";
            return described.GetValueOrDefault(userId, "Medarbejder (ikke længere oprettet)");
        }
    }
}
