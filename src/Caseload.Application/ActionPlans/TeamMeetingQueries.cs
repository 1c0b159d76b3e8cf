using Caseload.Application.Common;
using Caseload.Application.Common.Time;
using Caseload.Application.Security;
using Caseload.Domain.ActionPlans;
using Caseload.Domain.Citizens;
using Caseload.Domain.Common;
using Caseload.Domain.Courses;
using Caseload.Domain.Teams;
using Microsoft.EntityFrameworkCore;

namespace Caseload.Application.ActionPlans;

public sealed record TeamMeetingRow(Guid Id, DateOnly Date, TimeOnly StartsAt, string? Place, bool Closed);

public sealed record TeamMeetingsOverview(Guid TeamId, string TeamName, MeetingCadence Cadence, int ReviewEveryWeeks, bool Leads,
    IReadOnlyList<TeamMeetingRow> Upcoming, IReadOnlyList<TeamMeetingRow> Held, DateOnly Today, DateOnly ProposedDate);

public sealed record TeamTaskView(Guid Id, Guid CitizenId, string Description, string Owner, DateOnly DueOn, DateOnly? DoneOn);

/// <summary>One citizen on the agenda, with what the team recorded at this meeting.</summary>
public sealed record AgendaCitizen(Guid CitizenId, string Name, string Cpr, string PrimaryWorker, IReadOnlyList<AgendaReason> Reasons,
    DateOnly? LastReviewedOn, DateOnly? LastContactOn, bool HasPlanDates, string? Note, string? Decisions, bool TookPart, DateTime? ReviewedAt,
    IReadOnlyList<TeamTaskView> Tasks, bool Invited = false);

public sealed record TeamMeetingView(Guid Id, Guid TeamId, string TeamName, DateOnly Date, TimeOnly StartsAt, string? Place, Guid Version,
    DateTime? ClosedAt, IReadOnlyList<string> PresentIds, IReadOnlyList<AgendaCitizen> Agenda, IReadOnlyList<(Guid Id, string Name)> Others,
    IReadOnlyList<TeamContact> Workers, bool Leads, MeetingCadence Cadence, int ReviewEveryWeeks, DateOnly Today)
{
    public bool Closed => ClosedAt is not null;
    public int ReviewedCount => Agenda.Count(a => a.ReviewedAt is not null);
    public string WorkerName(string id) => Workers.FirstOrDefault(w => w.UserId == id)?.Name ?? "Tidligere medarbejder";
}

/// <summary>
/// The ACT team meetings of a team (ADR 0032): the overview, and one meeting with its agenda built from the data. A meeting
/// page costs the same few queries whatever the number of citizens in the team (the facts of all of them in one query).
/// </summary>
public sealed class TeamMeetingQueries(IActDbContext db, IDanishClock clock, IAccessScope scope, IUserDirectory users, Auditing.IAuditLog audit)
{
    /// <summary>Each print of the minutes (or agenda) is audited: one row for the meeting, naming how many citizens it holds
    /// (one row whatever their number, so printing costs the same).</summary>
    public Task RecordPrintAsync(TeamMeetingView m, bool pdf, CancellationToken ct = default)
        => audit.RecordAsync(Domain.Auditing.AuditAction.Printed, Domain.Auditing.AuditNames.TeamMeeting, m.Id.ToString(), null,
            $"ACT-teammøde {m.Date:yyyy-MM-dd}, {(m.Closed ? "referat" : "dagsorden")}, {m.Agenda.Count} borgere, {(pdf ? "PDF" : "udskrift")}", ct);

    /// <summary>The user's ACT teams, by name (the menu's "Teammøde" picks the first).</summary>
    public async Task<IReadOnlyList<(Guid Id, string Name)>> MyActTeamsAsync(CancellationToken ct = default)
    {
        var mine = await scope.TeamIdsAsync(ct);
        return (await db.Teams.AsNoTracking().Where(t => mine.Contains(t.Id) && t.Method == Method.Act).OrderBy(t => t.Name)
            .Select(t => new { t.Id, t.Name }).ToListAsync(ct)).Select(t => (t.Id, t.Name)).ToList();
    }

    public Task<TeamMeetingsOverview?> OverviewAsync(MemberTeam team, CancellationToken ct = default) => OverviewAsync(team.Id, ct);

    /// <summary>The leader's view after a failed form (the leader is a member of the team they lead).</summary>
    public Task<TeamMeetingsOverview?> OverviewAsync(LedTeam team, CancellationToken ct = default) => OverviewAsync(team.Id, ct);

    public Task<TeamMeetingView?> MeetingAsync(MemberTeam team, Guid meetingId, CancellationToken ct = default) => MeetingAsync(team.Id, meetingId, ct);

    public Task<TeamMeetingView?> MeetingAsync(LedTeam team, Guid meetingId, CancellationToken ct = default) => MeetingAsync(team.Id, meetingId, ct);

    private async Task<TeamMeetingsOverview?> OverviewAsync(Guid teamId, CancellationToken ct)
    {
        var name = await ActTeamNameAsync(teamId, ct);
        if (name is null) return null;
        var settings = await SettingsAsync(teamId, ct);
        var today = clock.Today;
        var rows = await db.TeamMeetings.AsNoTracking().Where(m => m.TeamId == teamId)
            .OrderByDescending(m => m.Date).ThenByDescending(m => m.StartsAt).Take(30)
            .Select(m => new TeamMeetingRow(m.Id, m.Date, m.StartsAt, m.Place, m.ClosedAt != null)).ToListAsync(ct);
        var upcoming = rows.Where(r => !r.Closed).OrderBy(r => r.Date).ToList();
        var held = rows.Where(r => r.Closed).ToList();
        var last = rows.Select(r => (DateOnly?)r.Date).FirstOrDefault();
        var proposed = last is { } l && l >= today ? l.AddDays(settings.CadenceDays) : today;
        return new TeamMeetingsOverview(teamId, name, settings.Cadence, settings.ReviewEveryWeeks, await LeadsAsync(teamId, ct), upcoming, held, today, proposed);
    }

    private async Task<TeamMeetingView?> MeetingAsync(Guid teamId, Guid meetingId, CancellationToken ct)
    {
        var name = await ActTeamNameAsync(teamId, ct);
        if (name is null) return null;
        var meeting = await db.TeamMeetings.AsNoTracking().Include(m => m.Items).FirstOrDefaultAsync(m => m.Id == meetingId && m.TeamId == teamId, ct);
        if (meeting is null) return null;
        var settings = await SettingsAsync(teamId, ct);
        var tasks = await db.TeamMeetingTasks.AsNoTracking().Where(t => t.MeetingId == meetingId).OrderBy(t => t.DueOn).ToListAsync(ct);
        var workers = await users.TeamContactsAsync(teamId, ct);
        var owners = workers.ToDictionary(w => w.UserId, w => w.Name);
        var items = meeting.Items.ToDictionary(i => i.CitizenId);
        List<TeamTaskView> TasksOf(Guid citizen) => [.. tasks.Where(t => t.CitizenId == citizen)
            .Select(t => new TeamTaskView(t.Id, t.CitizenId, t.Description, TaskOwners.Danish(t.OwnerKind, owners.GetValueOrDefault(t.OwnerId), t.OwnerName), t.DueOn, t.DoneOn))];
        AgendaCitizen Row(Guid id, string citizenName, string cpr, string worker, IReadOnlyList<AgendaReason> reasons, AgendaFacts? f)
        {
            var item = items.GetValueOrDefault(id);
            return new AgendaCitizen(id, citizenName, cpr, owners.GetValueOrDefault(worker, ""), reasons, f?.LastReviewedOn, f?.LastContactOn,
                f is null || f.HasPlan, item?.Note, item?.Decisions, item?.CitizenTookPart ?? false, item?.ReviewedAt, TasksOf(id), item?.CitizenInvited ?? false);
        }

        List<AgendaCitizen> agenda;
        List<(Guid, string)> others;
        if (meeting.IsClosed)
        {
            // The agenda as it stood when the meeting was closed, in its order.
            var frozen = meeting.Items.Where(i => i.Position is not null).OrderBy(i => i.Position).ToList();
            var ids = frozen.Select(i => i.CitizenId).ToList();
            var people = await db.Citizens.AsNoTracking().Where(z => ids.Contains(z.Id)).Select(z => new { z.Id, z.Name, z.Cpr }).ToListAsync(ct);
            agenda = [.. frozen.Select(i => people.FirstOrDefault(p => p.Id == i.CitizenId) is { } p
                ? Row(p.Id, p.Name, CprNumber.MaskedOrMissing(p.Cpr), "", AgendaRules.FromCodes(i.Reasons), null) : null).OfType<AgendaCitizen>()];
            others = [];
        }
        else
        {
            var (entries, all, cprs) = await BuildAsync(teamId, meeting, settings, ct);
            agenda = [.. entries.Select(e => Row(e.Citizen.CitizenId, e.Citizen.Name, cprs[e.Citizen.CitizenId], e.Citizen.PrimaryWorkerId, e.Reasons, e.Citizen))];
            var on = agenda.Select(a => a.CitizenId).ToHashSet();
            others = [.. all.Where(f => !on.Contains(f.CitizenId)).OrderBy(f => f.Name).Select(f => (f.CitizenId, f.Name))];
        }
        return new TeamMeetingView(meeting.Id, teamId, name, meeting.Date, meeting.StartsAt, meeting.Place, meeting.Version, meeting.ClosedAt,
            meeting.Present, agenda, others, workers, await LeadsAsync(teamId, ct), settings.Cadence, settings.ReviewEveryWeeks, clock.Today);
    }

    /// <summary>The last closed team meeting that reviewed the citizen (its minutes in the citizen's print menu), if any.</summary>
    public async Task<(Guid TeamId, Guid MeetingId, DateOnly Date)?> LastMinutesAsync(ScopedCitizen citizen, CancellationToken ct = default)
    {
        var row = await db.TeamMeetings.AsNoTracking()
            .Where(m => m.TeamId == citizen.TeamId && m.ClosedAt != null && m.Items.Any(i => i.CitizenId == citizen.Id && i.ReviewedAt != null))
            .OrderByDescending(m => m.Date).Select(m => new { m.TeamId, m.Id, m.Date }).FirstOrDefaultAsync(ct);
        return row is null ? null : (row.TeamId, row.Id, row.Date);
    }

    /// <summary>The agenda by the rules (ADR 0032) for an open meeting: the entries, every citizen's facts, and the masked CPR numbers.</summary>
    internal async Task<(IReadOnlyList<AgendaEntry> Agenda, IReadOnlyList<AgendaFacts> All, Dictionary<Guid, string> Cpr)> BuildAsync(Guid teamId,
        TeamMeeting meeting, ActTeamSettings settings, CancellationToken ct)
    {
        var today = clock.Today;
        var day = AgendaRules.ReferenceDay(meeting.Date, today);
        var meetingId = meeting.Id;
        // One query for every citizen with an active course in the team, whatever their number (QueryCountTests).
        var rows = await db.Courses.AsNoTracking().Where(c => c.TeamId == teamId && c.Status == CourseStatus.Active)
            .Join(db.Citizens, c => c.CitizenId, z => z.Id, (c, z) => new { Course = c, Citizen = z })
            .Select(x => new
            {
                x.Citizen.Id, x.Citizen.Name, x.Citizen.Cpr, x.Course.PrimaryWorkerId, x.Citizen.LastAchievedContactAt,
                LastReviewed = db.TeamMeetingItems.Where(i => i.CitizenId == x.Citizen.Id && i.ReviewedAt != null && i.MeetingId != meetingId)
                    .Join(db.TeamMeetings, i => i.MeetingId, m => m.Id, (i, m) => m.Date).OrderByDescending(d => d).Select(d => (DateOnly?)d).FirstOrDefault(),
                Intensified = db.IntensifiedSupports.Any(p => p.CourseId == x.Course.Id && p.StartOn <= day && (p.StoppedOn ?? p.PlannedEndOn) >= day),
                TeamTask = db.TeamMeetingTasks.Where(t => t.CitizenId == x.Citizen.Id && t.DoneOn == null).OrderBy(t => t.DueOn).Select(t => (DateOnly?)t.DueOn).FirstOrDefault(),
                MeetingTask = db.MeetingTasks.Where(t => t.CitizenId == x.Citizen.Id && t.DoneOn == null).OrderBy(t => t.DueOn).Select(t => (DateOnly?)t.DueOn).FirstOrDefault(),
                Agreement = db.CooperationAgreements.Where(a => a.CitizenId == x.Citizen.Id && a.NextFollowUpOn != null).OrderBy(a => a.NextFollowUpOn)
                    .Select(a => a.NextFollowUpOn).FirstOrDefault(),
                Goals = db.ActionPlans.Where(p => p.CitizenId == x.Citizen.Id).Select(p => p.GoalsJson).FirstOrDefault(),
            })
            .ToListAsync(ct);
        // WHO-5 scores from the course event log (ADR 0024: figures read events, not an engine's tables), as one list for the team:
        // "the two latest per citizen" inside the query above would be ROW_NUMBER() over every event.
        var who5 = (await db.CourseEvents.AsNoTracking()
                .Where(e => e.TeamId == teamId && e.Type == Domain.CourseEvents.CourseEventTypes.MeasurementTaken && e.Code != null
                    && e.Code.StartsWith(Who5CodePrefix) && e.Number != null && e.OccurredOn <= day)
                .Select(e => new { e.CitizenId, e.OccurredOn, e.ActualOn, e.Sequence, e.Number }).ToListAsync(ct))
            .GroupBy(e => e.CitizenId)
            .ToDictionary(g => g.Key, g => AgendaRules.Who5Drop(g.Select(e => (e.ActualOn ?? e.OccurredOn, e.Sequence, e.Number!.Value))));
        var facts = rows.Select(r =>
        {
            var goals = r.Goals is null ? [] : JsonRows.Read<PlanGoal>(r.Goals);
            var open = goals.Where(g => g.FollowUpOn is not null && !g.Declined && g.Status != PlanGoalStatus.Reached).Select(g => g.FollowUpOn!.Value).ToList();
            DateOnly? task = r.TeamTask is { } a && (r.MeetingTask is not { } b || a <= b) ? a : r.MeetingTask;
            return new AgendaFacts(r.Id, r.Name, r.PrimaryWorkerId, r.LastReviewed, r.LastAchievedContactAt is { } at ? clock.DateOf(at) : null,
                r.Intensified, task, r.Agreement, open, goals.Any(g => g.FollowUpOn is not null), who5.GetValueOrDefault(r.Id));
        }).ToList();
        var added = meeting.Items.Where(i => i.AddedByLeader).Select(i => i.CitizenId).ToHashSet();
        var removed = meeting.Items.Where(i => i.RemovedByLeader).Select(i => i.CitizenId).ToHashSet();
        var reviewed = meeting.Items.Where(i => i.IsReviewed).Select(i => i.CitizenId).ToHashSet();
        var agenda = AgendaRules.Build(facts, meeting.Date, today, settings.CadenceDays, settings.ReviewEveryWeeks, added, removed, reviewed);
        return (agenda, facts, rows.ToDictionary(r => r.Id, r => CprNumber.MaskedOrMissing(r.Cpr)));
    }

    /// <summary>The measurement events' code for WHO-5 ("who5:start", "who5:three-months", …).</summary>
    public const string Who5CodePrefix = "who5:";

    internal async Task<ActTeamSettings> SettingsAsync(Guid teamId, CancellationToken ct)
        => await db.ActTeamSettings.AsNoTracking().FirstOrDefaultAsync(s => s.TeamId == teamId, ct) ?? new ActTeamSettings(teamId);

    /// <summary>The team's name if it is an ACT team (another method's team has no team meeting here: 404).</summary>
    internal Task<string?> ActTeamNameAsync(Guid teamId, CancellationToken ct)
        => db.Teams.AsNoTracking().Where(t => t.Id == teamId && t.Method == Method.Act).Select(t => t.Name).FirstOrDefaultAsync(ct);

    private async Task<bool> LeadsAsync(Guid teamId, CancellationToken ct) => (await scope.LedTeamIdsAsync(ct)).Contains(teamId);
}
