using Caseload.Application.Common;
using Caseload.Application.Common.Time;
using Caseload.Application.Courses;
using Caseload.Application.Security;
using Microsoft.EntityFrameworkCore;

namespace Caseload.Application.CitizenPortal;

public sealed record CitizenCommentView(string DocumentTitle, string RowHeading, string Text, int DocumentVersion, DateTime At);

/// <summary>The latest confirmation of a document. <see cref="IsCurrent"/> false: a newer version is not confirmed.</summary>
public sealed record CitizenConfirmationView(string DocumentTitle, int ConfirmedVersion, DateTime At, int CurrentVersion)
{
    public bool IsCurrent => ConfirmedVersion == CurrentVersion;
}

public sealed record SelfReportedWho5View(int Score, string Reading, DateTime At);

public sealed record CallRequestView(Guid Id, DateTime At);

/// <summary>What the citizen did on their own view, for the worker on the citizen page (ADR 0048), always marked as the citizen's.</summary>
public sealed record FromTheCitizen(IReadOnlyList<CitizenCommentView> Comments, IReadOnlyList<CitizenConfirmationView> Confirmations,
    IReadOnlyList<SelfReportedWho5View> Who5, IReadOnlyList<CallRequestView> Calls)
{
    public static readonly FromTheCitizen None = new([], [], [], []);
    public bool IsEmpty => Comments.Count + Confirmations.Count + Who5.Count + Calls.Count == 0;
}

/// <summary>A citizen who asked for a call, on the start page of their primary worker.</summary>
public sealed record CallRequestRow(Guid CitizenId, string CitizenName, DateTime At);

/// <summary>The worker's side of the citizen's actions (ADR 0048): read on the citizen page, "Ring til mig" on the start page and
/// marked done by a worker.</summary>
public sealed class FromTheCitizenQueries(ICaseloadDbContext db, CommandRunner commands, IEnumerable<IOwnDocumentSource> sources,
    ICurrentUser user, IDanishClock clock)
{
    public const int Shown = 10;

    /// <summary>Only asked for a citizen who has had access (the caller knows): everyone else costs no query.</summary>
    public async Task<FromTheCitizen> ForCitizenPageAsync(ScopedCitizen citizen, CancellationToken ct = default)
    {
        var comments = await db.CitizenComments.AsNoTracking().Where(c => c.CitizenId == citizen.Id).OrderByDescending(c => c.CreatedAt)
            .Take(Shown).Select(c => new { c.DocumentKey, c.RowId, c.Text, c.DocumentVersion, c.CreatedAt }).ToListAsync(ct);
        var confirmations = await db.CitizenConfirmations.AsNoTracking().Where(c => c.CitizenId == citizen.Id)
            .GroupBy(c => c.DocumentKey).Select(g => new { Key = g.Key, Version = g.Max(c => c.DocumentVersion) }).ToListAsync(ct);
        var confirmedAt = confirmations.Count == 0 ? [] : await db.CitizenConfirmations.AsNoTracking().Where(c => c.CitizenId == citizen.Id)
            .Select(c => new { c.DocumentKey, c.DocumentVersion, c.CreatedAt }).ToListAsync(ct);
        var who5 = await db.SelfReportedWho5.AsNoTracking().Where(w => w.CitizenId == citizen.Id).OrderByDescending(w => w.CreatedAt)
            .Take(Shown).Select(w => new { w.Score, w.CreatedAt }).ToListAsync(ct);
        var calls = await db.CallRequests.AsNoTracking().Where(r => r.CitizenId == citizen.Id && r.HandledAt == null)
            .OrderBy(r => r.CreatedAt).Select(r => new CallRequestView(r.Id, r.CreatedAt)).ToListAsync(ct);

        // The documents as the citizen sees them (titles, headings, the current version) only when there is something to name.
        var documents = new List<OwnDocument>();
        if (comments.Count + confirmations.Count > 0)
        {
            var own = new OwnCitizen(citizen.Id, citizen.TeamId, citizen.Name);
            foreach (var source in sources) documents.AddRange(await source.ForCitizenAsync(own, ct));
        }
        string TitleOf(string key) => documents.FirstOrDefault(d => d.Key == key)?.Title ?? key;
        return new FromTheCitizen(
            [.. comments.Select(c => new CitizenCommentView(TitleOf(c.DocumentKey),
                documents.FirstOrDefault(d => d.Key == c.DocumentKey)?.Rows.FirstOrDefault(r => r.Id == c.RowId)?.Heading ?? "(fjernet fra dokumentet)",
                c.Text, c.DocumentVersion, c.CreatedAt))],
            [.. confirmations.Select(c => new CitizenConfirmationView(TitleOf(c.Key), c.Version,
                confirmedAt.First(a => a.DocumentKey == c.Key && a.DocumentVersion == c.Version).CreatedAt,
                documents.FirstOrDefault(d => d.Key == c.Key)?.Version ?? c.Version))],
            [.. who5.Select(w => new SelfReportedWho5View(w.Score, Domain.Measurements.Who5.Reading(w.Score), w.CreatedAt))],
            calls);
    }

    /// <summary>Open "Ring til mig" of the citizens the user is primary worker for, oldest first.</summary>
    public async Task<IReadOnlyList<CallRequestRow>> MyCallRequestsAsync(CancellationToken ct = default)
    {
        if (user.UserId is not { } me) return [];
        // From the user's courses (an index on the primary worker) to their citizens' open requests: never all of CallRequests.
        var rows = await (from c in db.Courses.AsNoTracking().Active()
                          where c.PrimaryWorkerId == me
                          join r in db.CallRequests on c.CitizenId equals r.CitizenId
                          where r.HandledAt == null
                          join z in db.Citizens on c.CitizenId equals z.Id
                          select new { z.Id, z.Name, r.CreatedAt }).ToListAsync(ct);
        return [.. rows.DistinctBy(r => r.Id).OrderBy(r => r.CreatedAt).Take(Shown).Select(r => new CallRequestRow(r.Id, r.Name, r.CreatedAt))];
    }

    /// <summary>"Jeg har ringet": any of the team who may see the citizen may mark it (someone called back).</summary>
    public Task<Result> MarkCalledAsync(ScopedCitizen citizen, CancellationToken ct = default)
        => commands.RunAsync(async token =>
        {
            var open = await db.CallRequests.Where(r => r.CitizenId == citizen.Id && r.HandledAt == null).ToListAsync(token);
            if (open.Count == 0) return Result.Fail("Borgeren venter ikke på et opkald.");
            foreach (var r in open) r.MarkHandled(clock.UtcNow, user.UserId);
            return Result.Ok;
        }, ct);
}
