using Caseload.Application.Auditing;
using Caseload.Application.Common;
using Caseload.Application.Common.Time;
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
    /// <summary>The key of the documents this source gives (<see cref="OwnDocument.Key"/>).</summary>
    string DocumentKey { get; }

    /// <summary>The document's kind in the course event log (docs/course-events.md: network-map, action-plan, cooperation-agreement).</summary>
    string EventKind { get; }

    Task<IReadOnlyList<OwnDocument>> ForCitizenAsync(OwnCitizen citizen, CancellationToken ct = default);
}

public sealed record OwnWorker(string Name, string? Phone, string? Email);

/// <summary>A comment the citizen wrote, shown back to them under the row.</summary>
public sealed record OwnComment(string DocumentKey, Guid RowId, string Text, DateTime At);

public sealed record OwnHome(string Name, IReadOnlyList<OwnWorker> Workers, IReadOnlyList<OwnDocument> Documents,
    IReadOnlyList<OwnComment> Comments, IReadOnlyDictionary<string, (int Version, DateTime At)> Confirmed, IReadOnlyList<OwnWho5> Who5,
    DateTime? CallAskedAt, OwnNetworkMap? NetworkMap, IReadOnlyList<OwnAppointment> Appointments, DateOnly Today)
{
    /// <summary>The citizen said "Jeg har læst den og er enig" to exactly this version of the document.</summary>
    public bool IsConfirmed(OwnDocument d) => Confirmed.TryGetValue(d.Key, out var c) && c.Version == d.Version;
}

/// <summary>What the citizen sees at /mig. Every read is audited with the citizen as the actor. The sections come from what
/// the engines and documents register (<see cref="IOwnDocumentSource"/>, <see cref="IOwnNetworkMapSource"/>,
/// <see cref="IOwnAppointmentSource"/>, <see cref="IOwnWho5Source"/>); the one clock decides what is still ahead.</summary>
public sealed class CitizenPortalQueries(ICaseloadDbContext db, IUserDirectory users, IEnumerable<IOwnDocumentSource> sources,
    IEnumerable<IOwnNetworkMapSource> maps, IEnumerable<IOwnAppointmentSource> appointments, IEnumerable<IOwnWho5Source> measurements,
    IAuditLog audit, IDanishClock clock)
{
    /// <summary>What a read of /mig shows, in the audit row (the citizen is the actor).</summary>
    public const string ReadDetails = "Min side: plan, samarbejdsaftale, netværkskort, møder og besøg, trivsel (WHO-5)";
    public const int Who5Shown = 12;
    public const int AppointmentsShown = 8;

    public async Task<OwnHome> HomeAsync(OwnCitizen citizen, CancellationToken ct = default)
    {
        await audit.RecordAsync(AuditAction.Viewed, AuditNames.CitizenPortal, citizen.Id.ToString(), citizen.Id, ReadDetails, ct);
        var now = clock.UtcNow;
        var today = clock.DateOf(now);
        var timeNow = TimeOnly.FromDateTime(DanishTime.ToLocal(now));
        var self = await db.Citizens.AsNoTracking().Where(c => c.Id == citizen.Id).Select(c => new { c.Address, c.SecretAddress }).FirstAsync(ct);
        var secret = new SecretAddress(self.SecretAddress ? self.Address : null);
        var workerIds = await db.Courses.AsNoTracking().Active().Where(c => c.CitizenId == citizen.Id)
            .Select(c => c.PrimaryWorkerId).Distinct().ToListAsync(ct);
        var documents = new List<OwnDocument>();
        foreach (var source in sources) documents.AddRange(await source.ForCitizenAsync(citizen, ct));
        OwnNetworkMap? map = null;
        foreach (var source in maps) map ??= await source.ForCitizenAsync(citizen, ct);
        var ahead = new List<OwnAppointment>();
        foreach (var source in appointments) ahead.AddRange(await source.FromAsync(citizen, today, ct));
        var contacts = workerIds.Count == 0 && ahead.All(a => a.WorkerIds.Count == 0) ? [] : await users.TeamContactsAsync(citizen.TeamId, ct);
        var workers = contacts.Where(c => workerIds.Contains(c.UserId)).Select(c => new OwnWorker(c.Name, c.Phone, c.Email)).ToList();
        string NameOf(string userId) => contacts.FirstOrDefault(c => c.UserId == userId)?.Name ?? "En medarbejder";
        var comments = await db.CitizenComments.AsNoTracking().Where(c => c.CitizenId == citizen.Id).OrderBy(c => c.CreatedAt)
            .Select(c => new OwnComment(c.DocumentKey, c.RowId, c.Text, c.CreatedAt)).ToListAsync(ct);
        var confirmed = (await db.CitizenConfirmations.AsNoTracking().Where(c => c.CitizenId == citizen.Id)
                .Select(c => new { c.DocumentKey, c.DocumentVersion, c.CreatedAt }).ToListAsync(ct))
            .GroupBy(c => c.DocumentKey).ToDictionary(g => g.Key, g => g.OrderByDescending(c => c.DocumentVersion).Select(c => (c.DocumentVersion, c.CreatedAt)).First());
        var who5 = (await db.SelfReportedWho5.AsNoTracking().Where(w => w.CitizenId == citizen.Id).OrderByDescending(w => w.CreatedAt).Take(Who5Shown)
                .Select(w => new { w.CreatedAt, w.Score }).ToListAsync(ct))
            .Select(w => new OwnWho5(clock.DateOf(w.CreatedAt), w.Score, true)).ToList();
        foreach (var source in measurements) who5.AddRange(await source.ForCitizenAsync(citizen, ct));
        var call = await db.CallRequests.AsNoTracking().Where(r => r.CitizenId == citizen.Id && r.HandledAt == null)
            .Select(r => (DateTime?)r.CreatedAt).FirstOrDefaultAsync(ct);
        return new OwnHome(citizen.Name, workers,
            [.. documents.Select(d => d with { Rows = [.. d.Rows.Select(r => r with
            {
                Heading = secret.Hide(r.Heading)!, Goal = secret.Hide(r.Goal)!, OwnWords = secret.Hide(r.OwnWords),
                Actions = secret.Hide(r.Actions), Status = secret.Hide(r.Status),
            })] })],
            comments, confirmed,
            [.. who5.OrderByDescending(w => w.On).ThenBy(w => w.SelfReported).Take(Who5Shown)],
            call,
            map is null ? null : map with { Persons = [.. map.Persons.Select(p => p with
            {
                Name = secret.Hide(p.Name)!, Relation = secret.Hide(p.Relation), Workplace = secret.Hide(p.Workplace),
            })] },
            [.. ahead.Where(a => a.IsAhead(today, timeNow)).OrderBy(a => a.Date).ThenBy(a => a.StartsAt ?? TimeOnly.MinValue).Take(AppointmentsShown)
                .Select(a => a with
                {
                    Place = secret.Hide(a.Place),
                    With = [.. a.WorkerIds.Select(NameOf).Distinct().Concat(a.With.Select(w => secret.Hide(w)!))],
                    WorkerIds = [],
                })],
            today);
    }

    /// <summary>A secret address (hemmelig adresse) never shows on /mig, not even inside a text a worker wrote: a phone can be lost
    /// or shared. The whole address and its first part (street and number) are replaced wherever they occur.</summary>
    private sealed class SecretAddress(string? address)
    {
        public const string Hidden = "din adresse";
        private readonly string[] _parts = address is null ? [] : [.. new[] { address.Trim(), address.Split(',')[0].Trim() }
            .Where(p => p.Length >= 4).Distinct().OrderByDescending(p => p.Length)];

        public string? Hide(string? text)
        {
            if (text is null || _parts.Length == 0) return text;
            foreach (var part in _parts) text = text.Replace(part, Hidden, StringComparison.OrdinalIgnoreCase);
            return text;
        }
    }
}
