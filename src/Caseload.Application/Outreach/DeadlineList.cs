using Caseload.Application.Common;
using Caseload.Application.Common.Time;
using Caseload.Application.Security;
using Caseload.Domain.Common;
using Caseload.Domain.Outreach;
using Microsoft.EntityFrameworkCore;

namespace Caseload.Application.Outreach;

public enum DeadlineBucket
{
    Overdue,
    Today,
    ThisWeek,
    Later,
}

public sealed record DeadlineListRow(Guid CitizenId, string CitizenName, string WorkerName, DeadlineKind Kind, DateOnly Due, int WorkingDaysLeft,
    DeadlineBucket Bucket);

public sealed record DeadlineCounts(int Overdue, int Today, int ThisWeek)
{
    public static readonly DeadlineCounts None = new(0, 0, 0);
}

public sealed record TeamDeadlines(Guid TeamId, string TeamName, IReadOnlyList<(Guid Id, string Name)> MyOutreachTeams,
    IReadOnlyList<DeadlineListRow> Rows, string? WorkerFilter, IReadOnlyList<WorkerOption> Workers, DateOnly Today)
{
    public DeadlineCounts Counts => DeadlineList.CountOf(Rows.Select(r => r.Bucket));
}

/// <summary>
/// The deadline list (§5): every open deadline of §2.3 across the team's citizens, overdue first, then today and this
/// week, with the working days left. Deadlines are computed from each case's events (<see cref="OutreachDeadlines"/>):
/// two queries for a team — its cases and their events — so the cost follows the team's own cases.
/// </summary>
public sealed class DeadlineList(IOutreachDbContext db, IAccessScope scope, IUserDirectory users, IDanishClock clock,
    WorkingDayCalendar calendar)
{
    /// <summary>A closed case stays on the list until its follow-up meeting is held, at most this long after closing.</summary>
    public const int ClosedCasesKeptMonths = 12;

    public async Task<TeamDeadlines> ForTeamAsync(MemberTeam team, IReadOnlyList<(Guid Id, string Name)> myTeams, string? workerFilter, CancellationToken ct = default)
    {
        var cases = Merge(await OpenDeadlinesAsync(db.OutreachCases.Where(c => c.TeamId == team.Id), ct),
            await AgreementFollowUpsAsync(db.CooperationAgreements.Where(a => a.TeamId == team.Id), ct));
        var workers = cases.Select(c => c.WorkerId).Where(w => w.Length > 0).Distinct().ToList();
        var names = await users.NamesAsync(workers, ct);
        var rows = cases.Where(c => workerFilter is null || c.WorkerId == workerFilter)
            .Select(c => new DeadlineListRow(c.CitizenId, c.CitizenName, names.GetValueOrDefault(c.WorkerId, "–"), c.Kind, c.Due, c.WorkingDaysLeft, c.Bucket))
            .ToList();
        return new TeamDeadlines(team.Id, myTeams.FirstOrDefault(t => t.Id == team.Id).Name ?? "", myTeams, rows, workerFilter,
            workers.Select(w => new WorkerOption(w, names.GetValueOrDefault(w, w))).OrderBy(w => w.Name).ToList(), clock.Today);
    }

    /// <summary>The counts on the team leader's start page: all the teams they lead, together.</summary>
    public async Task<DeadlineCounts> CountsForLedTeamsAsync(CancellationToken ct = default)
    {
        var led = await scope.LedTeamIdsAsync(ct);
        if (led.Count == 0) return DeadlineCounts.None;
        return CountOf(Merge(await OpenDeadlinesAsync(db.OutreachCases.Where(c => led.Contains(c.TeamId)), ct),
            await AgreementFollowUpsAsync(db.CooperationAgreements.Where(a => led.Contains(a.TeamId)), ct)).Select(r => r.Bucket));
    }

    /// <summary>The open deadlines of these citizens' running cases and agreements (the citizens are in the user's scope).</summary>
    public async Task<IReadOnlyList<(Guid CitizenId, DeadlineKind Kind, DateOnly Due, int WorkingDaysLeft)>> OpenForCitizensAsync(IReadOnlyList<Guid> citizenIds, CancellationToken ct = default)
        => Merge(await OpenDeadlinesAsync(db.OutreachCases.Where(c => citizenIds.Contains(c.CitizenId) && c.ClosedOn == null), ct),
                await AgreementFollowUpsAsync(db.CooperationAgreements.Where(a => citizenIds.Contains(a.CitizenId)), ct))
            .Select(r => (r.CitizenId, r.Kind, r.Due, r.WorkingDaysLeft)).ToList();

    internal static DeadlineCounts CountOf(IEnumerable<DeadlineBucket> buckets)
    {
        var list = buckets.ToList();
        return new DeadlineCounts(list.Count(b => b == DeadlineBucket.Overdue), list.Count(b => b == DeadlineBucket.Today), list.Count(b => b == DeadlineBucket.ThisWeek));
    }

    private static List<OpenDeadline> Merge(List<OpenDeadline> a, List<OpenDeadline> b) => [.. a.Concat(b).OrderBy(r => r.Due).ThenBy(r => r.CitizenName)];

    /// <summary>Cooperation agreements' next follow-ups (a summary column kept on save): one query, with the citizen's
    /// name and the primary worker of their active course in the agreement's team.</summary>
    private async Task<List<OpenDeadline>> AgreementFollowUpsAsync(IQueryable<Domain.Agreements.CooperationAgreement> agreements, CancellationToken ct)
    {
        var today = clock.Today;
        var rows = await agreements.AsNoTracking().Where(a => a.NextFollowUpOn != null)
            .Select(a => new
            {
                a.CitizenId, Due = a.NextFollowUpOn!.Value,
                Name = db.Citizens.Where(z => z.Id == a.CitizenId).Select(z => z.Name).First(),
                Worker = db.Courses.Where(k => k.CitizenId == a.CitizenId && k.TeamId == a.TeamId && k.Status == Domain.Courses.CourseStatus.Active)
                    .Select(k => k.PrimaryWorkerId).FirstOrDefault(),
            }).ToListAsync(ct);
        var endOfWeek = EndOfWeek(today);
        return [.. rows.Select(r => new OpenDeadline(r.CitizenId, r.Name, r.Worker ?? "", DeadlineKind.AgreementFollowUp, r.Due,
            calendar.WorkingDaysLeft(today, r.Due), BucketOf(r.Due, today, endOfWeek)))];
    }

    private static DateOnly EndOfWeek(DateOnly today) => today.AddDays(((int)DayOfWeek.Sunday - (int)today.DayOfWeek + 7) % 7);

    private static DeadlineBucket BucketOf(DateOnly due, DateOnly today, DateOnly endOfWeek)
        => due < today ? DeadlineBucket.Overdue : due == today ? DeadlineBucket.Today : due <= endOfWeek ? DeadlineBucket.ThisWeek : DeadlineBucket.Later;

    private sealed record OpenDeadline(Guid CitizenId, string CitizenName, string WorkerId, DeadlineKind Kind, DateOnly Due, int WorkingDaysLeft, DeadlineBucket Bucket);

    /// <summary>The open deadlines of the given cases, most urgent first: the running cases and those closed within
    /// <see cref="ClosedCasesKeptMonths"/> (their follow-up meeting). One query for the cases, one for their events.</summary>
    private async Task<List<OpenDeadline>> OpenDeadlinesAsync(IQueryable<OutreachCase> cases, CancellationToken ct)
    {
        var today = clock.Today;
        var closedSince = today.AddMonths(-ClosedCasesKeptMonths);
        var relevant = cases.Where(c => c.ClosedOn == null || c.ClosedOn >= closedSince);
        var heads = await relevant.AsNoTracking()
            .Join(db.Courses, c => c.CourseId, k => k.Id, (c, k) => new { c.Id, c.CitizenId, c.AllocatedOn, c.CoordinatingMeeting, c.ClosedOn, k.PrimaryWorkerId })
            .Join(db.Citizens, x => x.CitizenId, z => z.Id, (x, z) => new { x.Id, x.CitizenId, x.AllocatedOn, x.CoordinatingMeeting, x.ClosedOn, x.PrimaryWorkerId, z.Name })
            .ToListAsync(ct);
        if (heads.Count == 0) return [];
        var events = (await relevant.AsNoTracking().SelectMany(c => c.Events).Select(e => new { e.OutreachCaseId, e.Event, e.Date }).ToListAsync(ct))
            .ToLookup(e => e.OutreachCaseId);
        var endOfWeek = EndOfWeek(today);
        var list = new List<OpenDeadline>();
        foreach (var h in heads)
        {
            var facts = new OutreachDeadlines.Facts(h.AllocatedOn, h.CoordinatingMeeting, h.ClosedOn, [.. events[h.Id].Select(e => (e.Event, e.Date))]);
            foreach (var d in OutreachDeadlines.Compute(facts, calendar).Where(d => d.IsOpenOn(today)))
            {
                list.Add(new OpenDeadline(h.CitizenId, h.Name, h.PrimaryWorkerId, d.Kind, d.Due, calendar.WorkingDaysLeft(today, d.Due), BucketOf(d.Due, today, endOfWeek)));
            }
        }
        return [.. list.OrderBy(r => r.Due).ThenBy(r => r.CitizenName)];
    }
}
