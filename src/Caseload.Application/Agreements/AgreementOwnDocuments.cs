using Caseload.Application.CitizenPortal;
using Caseload.Application.Common;
using Caseload.Application.Security;
using Caseload.Domain.Agreements;
using Microsoft.EntityFrameworkCore;

namespace Caseload.Application.Agreements;

/// <summary>The latest cooperation agreement on the citizen's own view (issue #34 item 2, ADR 0042/0048): each agreement row's
/// goal and who does what, and whether it is reached — the rows the citizen can comment on. Not the worker's view of the
/// obstacles, not the follow-up dates (internal deadlines), not the worker's tasks. <see cref="OwnDocument.Version"/> is the
/// agreement's saved version (<see cref="CooperationAgreement.SavedVersion"/>, numbered across the citizen's agreements), so
/// "Jeg har læst den og er enig" names exactly the agreement as it stood (ADR 0048 addendum).</summary>
public sealed class AgreementOwnDocuments(ICaseloadDbContext db) : IOwnDocumentSource
{
    public const string Key = "samarbejdsaftale";

    public string DocumentKey => Key;
    public string EventKind => Documents.DocumentEventSource.AgreementKind;

    public async Task<IReadOnlyList<OwnDocument>> ForCitizenAsync(OwnCitizen citizen, CancellationToken ct = default)
    {
        var agreement = await db.CooperationAgreements.AsNoTracking().Where(a => a.CitizenId == citizen.Id)
            .OrderByDescending(a => a.MadeOn).ThenByDescending(a => a.CreatedAt)
            .Select(a => new { a.RowsJson, a.SavedVersion, a.UpdatedAt, a.CreatedAt }).FirstOrDefaultAsync(ct);
        if (agreement is null) return [];
        var rows = Domain.Common.JsonRows.Read<AgreementRow>(agreement.RowsJson);
        if (rows.Count == 0) return [];
        return [new OwnDocument(Key, "Din samarbejdsaftale", agreement.SavedVersion, agreement.UpdatedAt ?? agreement.CreatedAt,
            [.. rows.Select((r, i) => new OwnDocumentRow(r.Id, $"Aftale {i + 1}", r.Goal, null, WhoDoesWhat(r), Reached(r.Reached)))])];
    }

    private static string? WhoDoesWhat(AgreementRow r)
        => (r.ActionsCitizen, r.ActionsWorker) switch
        {
            (null, null) => null,
            (var you, null) => $"Du: {you}",
            (null, var worker) => $"Din medarbejder: {worker}",
            var (you, worker) => $"Du: {you} Din medarbejder: {worker}",
        };

    private static string Reached(GoalReached reached) => reached switch
    {
        GoalReached.Yes => "Målet er nået",
        GoalReached.Partly => "Målet er delvist nået",
        _ => "Ikke nået endnu",
    };
}
