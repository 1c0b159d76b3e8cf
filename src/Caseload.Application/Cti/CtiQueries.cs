using Caseload.Application.Common;
using Caseload.Application.Common.Time;
using Caseload.Application.Security;
using Caseload.Domain.Cti;
using Microsoft.EntityFrameworkCore;

namespace Caseload.Application.Cti;

public sealed record TransitionRow(CtiTransitionKind Kind, DateOnly Date, DateOnly? PlannedDate, bool OffPlan, string? Comment,
    string RecordedBy, IReadOnlyList<(int Number, string Text, bool Done, string? NotRelevantReason)> Checklist);

public sealed record MeasurementRow(MeasurementPoint Point, DateOnly Date, IReadOnlyList<int> Who5, int Who5Score, int LifeSituation,
    HousingStatus Housing, SubstanceUse SubstanceUse, int Readiness, string? CitizensWords);

public sealed record GoalRow(Guid Id, string Goal, string? Activities, string? Support, GoalStatus Status);

public sealed record PlanVersionRow(string Label, DateOnly Date, IReadOnlyList<CtiPlanVersion.GoalCopy> Goals);

public sealed record MeetingRow(Guid Id, DateOnly Date, string Participants, bool Held);

/// <summary>Achieved contacts per stage, beside the expected 4 : 2 : 1 profile of the three phases.</summary>
public sealed record Intensity(int ContactPeriod, int Phase1, int Phase2, int Phase3)
{
    public static readonly IReadOnlyList<int> ExpectedProfile = [4, 2, 1];
    public int InPhases => Phase1 + Phase2 + Phase3;
    /// <summary>Share of the phases' contacts (0–100), or null before there are any.</summary>
    public int? ShareOf(int phase) => InPhases == 0 ? null : (int)Math.Round(100.0 * phase switch { 1 => Phase1, 2 => Phase2, _ => Phase3 } / InPhases);
    public static int ExpectedShareOf(int phase) => (int)Math.Round(100.0 * ExpectedProfile[phase - 1] / ExpectedProfile.Sum());
}

public sealed record CtiCourseView(ScopedCitizen Citizen, Guid Version, CtiStage Stage, string WorkerName, DateOnly ContactPeriodStart,
    DateOnly PlannedMoveIn, CtiResidence Residence, PhasePlan? Plan, DateOnly? Phase2Began, DateOnly? Phase3Began, DateOnly? EndedOn,
    InterruptionReason? InterruptionReason, string? InterruptionNote, string? ReceivingMunicipality, string? ReceivingContactPerson,
    string? EndMeasurementMissingBecause, string? LongTermNeeds, string? SupportAfterCourse, string? ResponsiblePersonName,
    string? ResponsiblePersonRole, string? ResponsiblePersonContact, IReadOnlyList<TransitionRow> Transitions,
    IReadOnlyList<MeasurementRow> Measurements, IReadOnlyList<GoalRow> Goals, IReadOnlyList<PlanVersionRow> PlanVersions,
    IReadOnlyList<MeetingRow> Meetings, Intensity Intensity, CtiAlerts Alerts, DateOnly Today)
{
    public bool IsActive => CtiStages.IsActive(Stage);
    public bool MayChange => IsActive && Citizen.MayChangeCourseWork;
    public CtiTransitionKind? Next => CtiStages.NextTransition(Stage);
    public int ActiveGoals => Goals.Count(g => g.Status != GoalStatus.Dropped);
    /// <summary>Only a running course nags about its plan; a closed one is history (issue #27).</summary>
    public bool GoalCountWarning => IsActive && Stage != CtiStage.ContactPeriod && !CtiCourse.GoalCountIsAdvised(ActiveGoals);
    public MeasurementRow? MeasurementAt(MeasurementPoint p) => Measurements.FirstOrDefault(m => m.Point == p);

    /// <summary>The WHO-5 change since the measurement before this one (by point), or null for the first.</summary>
    public (int Change, MeasurementPoint Since)? Who5ChangeAt(MeasurementPoint p)
    {
        if (MeasurementAt(p) is not { } m) return null;
        var before = Measurements.Where(x => x.Point < p).OrderByDescending(x => x.Point).FirstOrDefault();
        return before is null ? null : (m.Who5Score - before.Who5Score, before.Point);
    }
}

/// <summary>Reads of the CTI engine: the course page (and the citizen page's CTI section).</summary>
public sealed class CtiQueries(ICtiDbContext db, IUserDirectory users, IDanishClock clock)
{
    /// <summary>The citizen's current CTI course (or the latest ended one), or null when there is none.</summary>
    public async Task<CtiCourseView?> CourseAsync(ScopedCitizen citizen, CancellationToken ct = default)
    {
        var found = await db.CtiCourses.AsNoTracking()
            .Where(c => c.CitizenId == citizen.Id && c.TeamId == citizen.TeamId)
            .Join(db.Courses, c => c.CourseId, k => k.Id, (c, k) => new { Cti = c, Worker = k.PrimaryWorkerId })
            .OrderBy(x => x.Cti.EndedOn != null).ThenByDescending(x => x.Cti.ContactPeriodStart) // the running course first
            .FirstOrDefaultAsync(ct);
        if (found is null) return null;
        var (cti, worker) = (found.Cti, found.Worker);
        var mine = db.CtiCourses.AsNoTracking().Where(c => c.Id == cti.Id);
        var transitions = await mine.SelectMany(c => c.Transitions).Include(t => t.Answers).OrderBy(t => t.Date).ThenBy(t => t.RecordedAt).ToListAsync(ct);
        var measurements = await mine.SelectMany(c => c.Measurements).ToListAsync(ct);
        var goals = await mine.SelectMany(c => c.Goals).OrderBy(g => g.CreatedAt).ToListAsync(ct);
        var versions = await mine.SelectMany(c => c.PlanVersions).OrderBy(v => v.Date).ToListAsync(ct);
        var meetings = await mine.SelectMany(c => c.HandoverMeetings).OrderBy(m => m.Date).ToListAsync(ct);
        var names = await users.NamesAsync(transitions.Select(t => t.RecordedBy).OfType<string>().Append(worker), ct);
        var today = clock.Today;
        var intensity = await IntensityAsync(cti, today, ct);
        var alerts = CtiAlerts.For(cti.Stage, cti.PhaseStart, measurements.Select(m => m.Point).ToList(),
            cti.PhaseStart is { } s && meetings.Any(m => m.Date <= new PhasePlan(s).HandoverMeetingDue), today);

        return new CtiCourseView(citizen, cti.Version, cti.Stage, names.GetValueOrDefault(worker, "–"), cti.ContactPeriodStart,
            cti.PlannedMoveIn, cti.Residence, cti.Plan, cti.Phase2Began, cti.Phase3Began, cti.EndedOn, cti.InterruptionReason,
            cti.InterruptionNote, cti.ReceivingMunicipality, cti.ReceivingContactPerson, cti.EndMeasurementMissingBecause,
            cti.LongTermNeeds, cti.SupportAfterCourse, cti.ResponsiblePersonName, cti.ResponsiblePersonRole, cti.ResponsiblePersonContact,
            transitions.Select(t => new TransitionRow(t.Kind, t.Date, t.PlannedDate, t.OffPlan, t.Comment,
                t.RecordedBy is null ? "–" : names.GetValueOrDefault(t.RecordedBy, "–"),
                t.Answers.OrderBy(a => a.Number).Select(a => (a.Number, CtiChecklists.For(t.Kind)[a.Number - 1], a.Done, a.NotRelevantReason)).ToList())).ToList(),
            measurements.OrderBy(m => m.Point).Select(m => new MeasurementRow(m.Point, m.Date, m.Who5Answers, m.Who5Score, m.LifeSituation,
                m.Housing, m.SubstanceUse, m.Readiness, m.CitizensWords)).ToList(),
            goals.Select(g => new GoalRow(g.Id, g.Goal, g.Activities, g.Support, g.Status)).ToList(),
            versions.Select(v => new PlanVersionRow(v.Label, v.Date, v.GoalsAtTheTime)).ToList(),
            meetings.Select(m => new MeetingRow(m.Id, m.Date, m.Participants, m.Held)).ToList(),
            intensity, alerts, today);
    }

    /// <summary>Achieved contacts from the contact log, by the stage they fell in (actual transition dates; the
    /// current stage runs to today). One citizen's log, so its cost is that citizen's rows.</summary>
    private async Task<Intensity> IntensityAsync(CtiCourse cti, DateOnly today, CancellationToken ct)
    {
        var from = DanishTime.StartOfDayUtc(cti.ContactPeriodStart);
        var to = DanishTime.StartOfDayUtc((cti.EndedOn ?? today).AddDays(1));
        var times = await db.ContactLog.AsNoTracking()
            .Where(c => c.CitizenId == cti.CitizenId && c.Achieved && c.OccurredAt >= from && c.OccurredAt < to)
            .Select(c => c.OccurredAt).ToListAsync(ct);
        int contact = 0, p1 = 0, p2 = 0, p3 = 0;
        foreach (var day in times.Select(clock.DateOf))
        {
            if (cti.PhaseStart is not { } s || day < s) contact++;
            else if (cti.Phase2Began is not { } b2 || day < b2) p1++;
            else if (cti.Phase3Began is not { } b3 || day < b3) p2++;
            else p3++;
        }
        return new Intensity(contact, p1, p2, p3);
    }
}
