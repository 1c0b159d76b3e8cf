using Caseload.Application.Common;
using Caseload.Application.Common.Time;
using Caseload.Application.Security;
using Caseload.Domain.Courses;
using Caseload.Domain.Cti;
using Caseload.Domain.Teams;
using Microsoft.EntityFrameworkCore;

namespace Caseload.Application.Cti;

public sealed record PhaseBoardRow(Guid CitizenId, string CitizenName, string WorkerId, string WorkerName, CtiStage Stage,
    DateOnly ContactPeriodStart, DateOnly PlannedMoveIn, CtiResidence Residence, PhasePlan? Plan, CtiTransitionKind? Next, DateOnly? NextPlanned, CtiAlerts Alerts, DateOnly? EndedOn = null);

public sealed record CtiTeamOption(Guid Id, string Name);

public sealed record PhaseBoardView(CtiTeamOption Team, IReadOnlyList<CtiTeamOption> Teams, IReadOnlyList<PhaseBoardRow> Rows,
    IReadOnlyList<Courses.WorkerOption> Workers, string? WorkerFilter, DateOnly Today)
{
    /// <summary>Transitions planned within the next 14 days (or overdue) and overdue handover meetings, soonest first.</summary>
    public IReadOnlyList<PhaseBoardRow> DueSoon => Rows.Where(r => (r.NextPlanned is { } d && d <= Today.AddDays(14)) || r.Alerts.HandoverMeetingOverdue)
        .OrderBy(r => r.NextPlanned).ToList();
}

/// <summary>Per worker on a CTI team's caseload board: citizens per stage and citizens moving in this month.</summary>
public sealed record CtiWorkerFigures(int ContactPeriod, int Phase1, int Phase2, int Phase3, int MovingInThisMonth);

/// <summary>The CTI phase board: every active course of a CTI team on one time axis (domain.md §5).</summary>
public sealed class PhaseBoard(ICtiDbContext db, IAccessScope scope, IUserDirectory users, IDanishClock clock)
{
    /// <summary>The user's CTI teams, by name.</summary>
    public async Task<IReadOnlyList<CtiTeamOption>> TeamsAsync(CancellationToken ct = default)
    {
        var mine = await scope.TeamIdsAsync(ct);
        return await db.Teams.AsNoTracking().Where(t => mine.Contains(t.Id) && t.Method == Method.Cti).OrderBy(t => t.Name)
            .Select(t => new CtiTeamOption(t.Id, t.Name)).ToListAsync(ct);
    }

    public async Task<PhaseBoardView> ForTeamAsync(MemberTeam team, IReadOnlyList<CtiTeamOption> teams, string? workerFilter, CancellationToken ct = default)
    {
        var id = team.Id;
        var all = (await RowsAsync(db.CtiCourses.Running().Where(c => c.TeamId == id), ct))
            .OrderBy(r => r.Plan?.Start ?? r.PlannedMoveIn).ThenBy(r => r.CitizenName).ToList();
        var workers = all.Select(r => new Courses.WorkerOption(r.WorkerId, r.WorkerName)).DistinctBy(w => w.UserId).OrderBy(w => w.Name).ToList();
        var current = teams.FirstOrDefault(t => t.Id == id) ?? new CtiTeamOption(id, "");
        return new PhaseBoardView(current, teams, all.Where(r => string.IsNullOrEmpty(workerFilter) || r.WorkerId == workerFilter).ToList(),
            workers, workerFilter, clock.Today);
    }

    /// <summary>The citizen's CTI course (the running one, else the latest) as one board row: what the citizen
    /// page's CTI section shows, in the board's one query instead of the whole course page.</summary>
    public async Task<PhaseBoardRow?> RowForCitizenAsync(ScopedCitizen citizen, CancellationToken ct = default)
    {
        var latest = db.CtiCourses.Where(c => c.CitizenId == citizen.Id && c.TeamId == citizen.TeamId)
            .OrderBy(c => c.EndedOn != null).ThenByDescending(c => c.ContactPeriodStart).Take(1);
        return (await RowsAsync(latest, ct)).FirstOrDefault();
    }

    /// <summary>The running CTI courses of these citizens (already in the user's scope), as board rows: the deadline source's data.</summary>
    public async Task<IReadOnlyList<PhaseBoardRow>> RunningRowsForCitizensAsync(IReadOnlyList<Guid> citizenIds, CancellationToken ct = default)
        => await RowsAsync(db.CtiCourses.Running().Where(c => citizenIds.Contains(c.CitizenId)), ct, withNames: false);

    /// <summary>One query for the courses with what their alerts need, one for the workers' names.</summary>
    private async Task<List<PhaseBoardRow>> RowsAsync(IQueryable<CtiCourse> courses, CancellationToken ct, bool withNames = true)
    {
        var rows = await (from cti in courses.AsNoTracking()
                          join course in db.Courses on cti.CourseId equals course.Id
                          join citizen in db.Citizens on cti.CitizenId equals citizen.Id
                          select new
                          {
                              cti.CitizenId, citizen.Name, course.PrimaryWorkerId, cti.Stage, cti.ContactPeriodStart, cti.PlannedMoveIn,
                              cti.Residence, cti.PhaseStart, cti.EndedOn,
                              // Scalars, not collections: one row per course, and all the alerts need.
                              HasThreeMonths = cti.Measurements.Any(m => m.Point == MeasurementPoint.ThreeMonths),
                              HasSixMonths = cti.Measurements.Any(m => m.Point == MeasurementPoint.SixMonths),
                              HasEnd = cti.Measurements.Any(m => m.Point == MeasurementPoint.End),
                              FirstMeeting = cti.HandoverMeetings.Min(m => (DateOnly?)m.Date),
                          }).ToListAsync(ct);
        var names = withNames ? await users.NamesAsync(rows.Select(r => r.PrimaryWorkerId), ct) : new Dictionary<string, string>();
        var today = clock.Today;
        return rows.Select(r =>
        {
            var plan = r.PhaseStart is { } s ? new PhasePlan(s) : (PhasePlan?)null;
            var next = CtiStages.NextTransition(r.Stage);
            var measured = new List<MeasurementPoint> { MeasurementPoint.Start }; // required to leave the contact period
            if (r.HasThreeMonths) measured.Add(MeasurementPoint.ThreeMonths);
            if (r.HasSixMonths) measured.Add(MeasurementPoint.SixMonths);
            if (r.HasEnd) measured.Add(MeasurementPoint.End);
            var alerts = CtiAlerts.For(r.Stage, r.PhaseStart, measured, plan is { } p && r.FirstMeeting <= p.HandoverMeetingDue, today);
            return new PhaseBoardRow(r.CitizenId, r.Name, r.PrimaryWorkerId, names.GetValueOrDefault(r.PrimaryWorkerId, "–"), r.Stage,
                r.ContactPeriodStart, r.PlannedMoveIn, r.Residence, plan, next, next is { } n ? plan?.PlannedDateOf(n) : null, alerts, r.EndedOn);
        }).ToList();
    }

    /// <summary>For the caseload board of a CTI team: per primary worker, citizens per stage and moving in this month.</summary>
    public async Task<IReadOnlyDictionary<string, CtiWorkerFigures>> WorkerFiguresAsync(LedTeam team, CancellationToken ct = default)
    {
        var id = team.Id;
        var today = clock.Today;
        var monthStart = new DateOnly(today.Year, today.Month, 1);
        var nextMonth = monthStart.AddMonths(1);
        var rows = await (from cti in db.CtiCourses.AsNoTracking().Running()
                          join course in db.Courses on cti.CourseId equals course.Id
                          where cti.TeamId == id
                          select new { course.PrimaryWorkerId, cti.Stage, cti.PlannedMoveIn }).ToListAsync(ct);
        return rows.GroupBy(r => r.PrimaryWorkerId).ToDictionary(g => g.Key, g => new CtiWorkerFigures(
            g.Count(r => r.Stage == CtiStage.ContactPeriod), g.Count(r => r.Stage == CtiStage.Phase1),
            g.Count(r => r.Stage == CtiStage.Phase2), g.Count(r => r.Stage == CtiStage.Phase3),
            g.Count(r => r.PlannedMoveIn >= monthStart && r.PlannedMoveIn < nextMonth)));
    }
}
