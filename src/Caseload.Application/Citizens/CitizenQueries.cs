using Caseload.Application.Auditing;
using Caseload.Application.Common;
using Caseload.Application.Security;
using Caseload.Domain.Auditing;
using Caseload.Domain.Citizens;
using Microsoft.EntityFrameworkCore;

namespace Caseload.Application.Citizens;

public sealed record CitizenListItem(Guid Id, string Name, string MaskedCpr, string TeamName, Whereabouts Whereabouts);

/// <summary>The master-data section of the citizen page. <see cref="Address"/> is null when it is secret and
/// the user may not see it (<see cref="AddressHidden"/>).</summary>
public sealed record CitizenMasterData(Guid Id, string Name, string MaskedCpr, DateOnly? DateOfBirth, string TeamName,
    string? Address, bool SecretAddress, bool AddressHidden, string? Phone, string? SecondaryPhone, string? Email,
    bool InterpreterNeeded, string? InterpreterLanguage, Whereabouts Whereabouts, string? ActingMunicipality, string? Notes);

/// <summary>Reads of citizen records: always through the access scope, and every look is audited.</summary>
public sealed class CitizenQueries(ICaseloadDbContext db, IAccessScope scope, IAuditLog audit)
{
    public const int PageSize = 25;

    public async Task<Paged<CitizenListItem>> SearchAsync(string? text, int page, CancellationToken ct = default)
    {
        var query = CitizenSearch.Matching((await scope.CitizensAsync(ct)).AsNoTracking(), text);
        var paged = await query.OrderBy(c => c.Name)
            .Select(c => new { c.Id, c.Name, c.Cpr, Team = db.Teams.Where(t => t.Id == c.TeamId).Select(t => t.Name).First(), c.Whereabouts })
            .ToPagedAsync(page, PageSize, ct);
        if (!string.IsNullOrWhiteSpace(text)) // the kind of search, a masked CPR and the hits; one hit names the citizen
            await audit.RecordAsync(AuditAction.Searched, AuditNames.Citizen, null, paged.TotalCount == 1 ? paged.Items[0].Id : null,
                SearchAudit.Details(text, paged.TotalCount), ct);
        return paged.Map(r => new CitizenListItem(r.Id, r.Name, CprNumber.MaskedOrMissing(r.Cpr), r.Team, r.Whereabouts));
    }

    /// <summary>Records that a page opened a citizen's record (an audited read). The Web layer calls it for an action
    /// parameter marked as opening the record, before the action runs, so the entry is kept even if the page fails afterwards.</summary>
    /// <param name="document">What was read, in Danish ("Netværkskort", "Udskrift" …): kept in the row, so the log says which page.</param>
    public Task OpenAsync(ScopedCitizen citizen, string? document, CancellationToken ct = default)
        => audit.RecordAsync(AuditAction.Viewed, AuditNames.Citizen, citizen.Id.ToString(), citizen.Id,
            document is null ? null : System.Text.Json.JsonSerializer.Serialize(new Dictionary<string, string> { [ViewedDocumentKey] = document }), ct);

    /// <summary>The key of a read's details that names the page or document read.</summary>
    public const string ViewedDocumentKey = "dokument";

    /// <summary>One query: the record with its team's name.</summary>
    public async Task<CitizenMasterData> MasterDataAsync(ScopedCitizen citizen, CancellationToken ct = default)
    {
        var c = await db.Citizens.AsNoTracking().Where(x => x.Id == citizen.Id)
            .Select(x => new { Citizen = x, Team = db.Teams.Where(t => t.Id == x.TeamId).Select(t => t.Name).First() })
            .FirstAsync(ct);
        var z = c.Citizen;
        var hidden = z.SecretAddress && !citizen.MaySeeSecretAddress;
        return new CitizenMasterData(z.Id, z.Name, CprNumber.MaskedOrMissing(z.Cpr), z.DateOfBirth, c.Team, hidden ? null : z.Address, z.SecretAddress, hidden,
            z.Phone, z.SecondaryPhone, z.Email, z.InterpreterNeeded, z.InterpreterLanguage, z.Whereabouts, z.ActingMunicipality, z.Notes);
    }

    /// <summary>The full CPR number, for a user who asked to see it; the request is audited.</summary>
    public async Task<string> RevealCprAsync(ScopedCitizen citizen, CancellationToken ct = default)
    {
        await audit.RecordAsync(AuditAction.RevealedCpr, AuditNames.Citizen, citizen.Id.ToString(), citizen.Id, ct: ct);
        var cpr = await db.Citizens.AsNoTracking().Where(c => c.Id == citizen.Id).Select(c => c.Cpr).FirstAsync(ct);
        return cpr?.Formatted ?? CprNumber.Missing;
    }
}
