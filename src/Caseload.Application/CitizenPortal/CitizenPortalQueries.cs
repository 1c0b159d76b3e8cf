using Caseload.Application.Auditing;
using Caseload.Application.Common;
using Caseload.Application.Security;
using Caseload.Application.Courses;
using Caseload.Domain.Auditing;
using Microsoft.EntityFrameworkCore;

namespace Caseload.Application.CitizenPortal;

/// <summary>One of the citizen's own documents as the citizen sees it: the citizen's words, goals and actions — never the
/// workers' notes, the contact log, the screening or internal deadlines. <see cref="Version"/>: what a confirmation names.</summary>
public sealed record OwnDocument(string Key, string Title, int Version, DateTime? SavedAt, IReadOnlyList<OwnDocumentRow> Rows);

public sealed record OwnDocumentRow(Guid Id, string Heading, string Goal, string? OwnWords, string? Actions, string? Status);

/// <summary>An engine's documents on the citizen's own view (ADR 0042), registered like its other parts (ADR 0023).</summary>
public interface IOwnDocumentSource
{
    Task<IReadOnlyList<OwnDocument>> ForCitizenAsync(OwnCitizen citizen, CancellationToken ct = default);
}

public sealed record OwnWorker(string Name, string? Phone, string? Email);

/// <summary>A comment the citizen wrote, shown back to them under the row.</summary>
public sealed record OwnComment(string DocumentKey, Guid RowId, string Text, DateTime At);

/// <summary>A WHO-5 result on the citizen's view: the score 0–100 with a plain reading for the citizen (not the worker's).</summary>
public sealed record OwnWho5(DateTime At, int Score, bool SelfReported)
{
    public string Reading => Score switch
    {
        <= 35 => "Du har det svært lige nu. Tal med din medarbejder om det.",
        <= 50 => "Du har det ikke så godt. Tal gerne med din medarbejder om det.",
        _ => "Du har det godt.",
    };
}

public sealed record OwnHome(string Name, IReadOnlyList<OwnWorker> Workers, IReadOnlyList<OwnDocument> Documents,
    IReadOnlyList<OwnComment> Comments, IReadOnlyDictionary<string, (int Version, DateTime At)> Confirmed, IReadOnlyList<OwnWho5> Who5,
    DateTime? CallAskedAt)
{
    /// <summary>The citizen said "Jeg har læst den og er enig" to exactly this version of the document.</summary>
    public bool IsConfirmed(OwnDocument d) => Confirmed.TryGetValue(d.Key, out var c) && c.Version == d.Version;
}

/// <summary>What the citizen sees at /mig. Every read is audited with the citizen as the actor.</summary>
public sealed class CitizenPortalQueries(ICaseloadDbContext db, IUserDirectory users, IEnumerable<IOwnDocumentSource> sources, IAuditLog audit)
{
    public async Task<OwnHome> HomeAsync(OwnCitizen citizen, CancellationToken ct = default)
    {
        await audit.RecordAsync(AuditAction.Viewed, AuditNames.CitizenPortal, citizen.Id.ToString(), citizen.Id, ct: ct);
        var workerIds = await db.Courses.AsNoTracking().Active().Where(c => c.CitizenId == citizen.Id)
            .Select(c => c.PrimaryWorkerId).Distinct().ToListAsync(ct);
        var contacts = workerIds.Count == 0 ? [] : await users.TeamContactsAsync(citizen.TeamId, ct);
        var workers = contacts.Where(c => workerIds.Contains(c.UserId)).Select(c => new OwnWorker(c.Name, c.Phone, c.Email)).ToList();
        var documents = new List<OwnDocument>();
        foreach (var source in sources) documents.AddRange(await source.ForCitizenAsync(citizen, ct));
        var comments = await db.CitizenComments.AsNoTracking().Where(c => c.CitizenId == citizen.Id).OrderBy(c => c.CreatedAt)
            .Select(c => new OwnComment(c.DocumentKey, c.RowId, c.Text, c.CreatedAt)).ToListAsync(ct);
        var confirmed = (await db.CitizenConfirmations.AsNoTracking().Where(c => c.CitizenId == citizen.Id)
                .Select(c => new { c.DocumentKey, c.DocumentVersion, c.CreatedAt }).ToListAsync(ct))
            .GroupBy(c => c.DocumentKey).ToDictionary(g => g.Key, g => g.OrderByDescending(c => c.DocumentVersion).Select(c => (c.DocumentVersion, c.CreatedAt)).First());
        var who5 = await db.SelfReportedWho5.AsNoTracking().Where(w => w.CitizenId == citizen.Id).OrderByDescending(w => w.CreatedAt).Take(12)
            .Select(w => new OwnWho5(w.CreatedAt, w.Score, true)).ToListAsync(ct);
        var call = await db.CallRequests.AsNoTracking().Where(r => r.CitizenId == citizen.Id && r.HandledAt == null)
            .Select(r => (DateTime?)r.CreatedAt).FirstOrDefaultAsync(ct);
        return new OwnHome(citizen.Name, workers, documents, comments, confirmed, who5, call);
    }
}
