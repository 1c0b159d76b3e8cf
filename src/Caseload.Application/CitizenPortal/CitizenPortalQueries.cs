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

public sealed record OwnHome(string Name, IReadOnlyList<OwnWorker> Workers, IReadOnlyList<OwnDocument> Documents);

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
        return new OwnHome(citizen.Name, workers, documents);
    }
}
