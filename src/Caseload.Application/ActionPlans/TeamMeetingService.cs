using Caseload.Application.Common;
using Caseload.Application.Common.Time;
using Caseload.Application.Security;
using Caseload.Domain.ActionPlans;
using Caseload.Domain.Courses;
using FluentValidation;
using Microsoft.EntityFrameworkCore;

namespace Caseload.Application.ActionPlans;

/// <summary>
/// The ACT team meeting's commands (ADR 0032): the team leader sets the team's cadence and rotation, plans the meeting,
/// adds or removes citizens from the agenda and closes it; any member of the team records the reviews and their tasks
/// during the meeting. Every command goes through the command path, so reviews and the meeting held become course events.
/// </summary>
public sealed class TeamMeetingService(IActDbContext db, IDanishClock clock, CommandRunner commands, ICurrentUser me, IUserDirectory users,
    TeamMeetingQueries queries, IValidator<TeamMeetingPlanInput> planValidator, IValidator<TeamMeetingReviewInput> reviewValidator,
    IValidator<ActTeamSettingsInput> settingsValidator)
{
    public const string GoneMessage = "Mødet findes ikke længere. Genindlæs siden.";
    public const string NotActMessage = "Teamet arbejder ikke efter ACT.";
    public const string NotInTeamMessage = "Vælg en borger med et aktivt forløb i teamet.";

    public Task<Result> SaveSettingsAsync(LedTeam team, ActTeamSettingsInput input, CancellationToken ct = default)
        => commands.RunAsync(settingsValidator, input, async token =>
        {
            if (await queries.ActTeamNameAsync(team.Id, token) is null) return Result.NotFound(NotActMessage);
            var settings = await db.ActTeamSettings.FirstOrDefaultAsync(s => s.TeamId == team.Id, token);
            if (settings is null) db.ActTeamSettings.Add(settings = new ActTeamSettings(team.Id));
            settings.Change(input.Cadence!.Value, input.ReviewEveryWeeks!.Value);
            return Result.Ok;
        }, ct);

    /// <summary>A new meeting (no id) or a new date, time or place for a planned one.</summary>
    public Task<Result<Guid>> PlanAsync(LedTeam team, Guid? meetingId, TeamMeetingPlanInput input, CancellationToken ct = default)
        => commands.RunAsync<TeamMeetingPlanInput, Guid>(planValidator, input, async token =>
        {
            if (await queries.ActTeamNameAsync(team.Id, token) is null) return Result.NotFound(NotActMessage);
            TeamMeeting? meeting;
            if (meetingId is { } id)
            {
                meeting = await db.TeamMeetings.FirstOrDefaultAsync(m => m.Id == id && m.TeamId == team.Id, token);
                if (meeting is null) return Result.NotFound(GoneMessage);
                commands.Expect(meeting, input.Version);
                meeting.Plan(input.Date!.Value, input.StartsAt!.Value, input.Place, clock.Today);
            }
            else db.TeamMeetings.Add(meeting = new TeamMeeting(team.Id, input.Date!.Value, input.StartsAt!.Value, input.Place, clock.Today));
            return Result.Success(meeting.Id);
        }, ct);

    public Task<Result> AddToAgendaAsync(LedTeam team, Guid meetingId, Guid citizenId, CancellationToken ct = default)
        => commands.RunAsync(async token =>
        {
            if (await OpenMeetingAsync(team.Id, meetingId, token) is not { } meeting) return Result.NotFound(GoneMessage);
            if (!await InTeamAsync(team.Id, citizenId, token)) return Result.Fail(NotInTeamMessage, "CitizenId");
            meeting.AddToAgenda(citizenId);
            return Result.Ok;
        }, ct);

    /// <summary>The leader invites a citizen on the agenda to take part (or takes the invitation back): with the citizen's
    /// consent, an SMS reminder goes the day before (ADR 0038).</summary>
    public Task<Result> InviteAsync(LedTeam team, Guid meetingId, Guid citizenId, bool invited, CancellationToken ct = default)
        => commands.RunAsync(async token =>
        {
            if (await OpenMeetingAsync(team.Id, meetingId, token) is not { } meeting) return Result.NotFound(GoneMessage);
            if (!await InTeamAsync(team.Id, citizenId, token)) return Result.Fail(NotInTeamMessage, "CitizenId");
            meeting.Invite(citizenId, invited, clock.Today);
            return Result.Ok;
        }, ct);

    public Task<Result> RemoveFromAgendaAsync(LedTeam team, Guid meetingId, Guid citizenId, CancellationToken ct = default)
        => commands.RunAsync(async token =>
        {
            if (await OpenMeetingAsync(team.Id, meetingId, token) is not { } meeting) return Result.NotFound(GoneMessage);
            if (!await InTeamAsync(team.Id, citizenId, token)) return Result.Fail(NotInTeamMessage, "CitizenId");
            var day = AgendaRules.ReferenceDay(meeting.Date, clock.Today);
            var intensified = await db.IntensifiedSupports.AnyAsync(p => p.CitizenId == citizenId && p.TeamId == team.Id && p.StartOn <= day
                && (p.StoppedOn ?? p.PlannedEndOn) >= day, token);
            meeting.RemoveFromAgenda(citizenId, intensified);
            return Result.Ok;
        }, ct);

    /// <summary>The team's review of one citizen: any member of the team records it during the meeting.</summary>
    public async Task<Result> ReviewAsync(MemberTeam team, Guid meetingId, Guid citizenId, TeamMeetingReviewInput input, CancellationToken ct = default)
    {
        var workers = (await users.TeamContactsAsync(team.Id, ct)).Select(w => w.UserId).ToHashSet();
        return await commands.RunAsync(reviewValidator, input, async token =>
        {
            if (await OpenMeetingAsync(team.Id, meetingId, token) is not { } meeting) return Result.NotFound(GoneMessage);
            if (!await InTeamAsync(team.Id, citizenId, token)) return Result.Fail(NotInTeamMessage);
            var tasks = input.Tasks.Where(t => !t.IsEmpty).Select(t => (t.Description!, t.OwnerKind, (string?)t.OwnerId, t.OwnerName, t.DueOn!.Value)).ToList();
            // The citizen's and a partner's tasks are followed up by the citizen's primary worker on the ACT course.
            var primary = tasks.Any(t => t.OwnerKind != TaskOwnerKind.Worker)
                ? await db.Courses.Where(c => c.TeamId == team.Id && c.CitizenId == citizenId && c.Status == Domain.Courses.CourseStatus.Active && c.Method == Domain.Teams.Method.Act)
                    .Select(c => c.PrimaryWorkerId).FirstOrDefaultAsync(token)
                : null;
            meeting.Review(citizenId, input.Note, input.Decisions, input.CitizenTookPart, tasks, workers, primary, clock.UtcNow, me.UserId);
            return Result.Ok;
        }, ct);
    }

    /// <summary>"Afslut møde": the workers present, and the agenda as it stands now (frozen with its reasons).</summary>
    public async Task<Result> CloseAsync(LedTeam team, Guid meetingId, TeamMeetingCloseInput input, CancellationToken ct = default)
    {
        var workers = (await users.TeamContactsAsync(team.Id, ct)).Select(w => w.UserId).ToHashSet();
        return await commands.RunAsync(async token =>
        {
            var meeting = await db.TeamMeetings.Include(m => m.Items).FirstOrDefaultAsync(m => m.Id == meetingId && m.TeamId == team.Id, token);
            if (meeting is null) return Result.NotFound(GoneMessage);
            var settings = await queries.SettingsAsync(team.Id, token);
            var (agenda, _, _) = await queries.BuildAsync(team.Id, meeting, settings, token);
            meeting.Close(input.Present, workers, [.. agenda.Select(a => (a.Citizen.CitizenId, AgendaRules.Codes(a.Reasons)))], clock.Today, clock.UtcNow, me.UserId);
            return Result.Ok;
        }, ct);
    }

    /// <summary>A task from a team meeting marked done, by its owner or whoever may change the citizen's course work.</summary>
    public Task<Result> MarkTaskDoneAsync(ScopedCitizen citizen, Guid taskId, CancellationToken ct = default)
        => commands.RunAsync(async token =>
        {
            var task = await db.TeamMeetingTasks.FirstOrDefaultAsync(t => t.Id == taskId && t.CitizenId == citizen.Id, token);
            if (task is null) return Result.NotFound("Opgaven findes ikke længere. Genindlæs siden.");
            if (task.OwnerId != me.UserId && !citizen.MayChangeCourseWork) return Result.Forbidden("Kun den ansvarlige og borgerens medarbejdere kan markere opgaven som udført.");
            task.MarkDone(clock.Today);
            return Result.Ok;
        }, ct);

    private Task<TeamMeeting?> OpenMeetingAsync(Guid teamId, Guid meetingId, CancellationToken ct)
        => db.TeamMeetings.Include(m => m.Items).FirstOrDefaultAsync(m => m.Id == meetingId && m.TeamId == teamId, ct);

    private Task<bool> InTeamAsync(Guid teamId, Guid citizenId, CancellationToken ct)
        => db.Courses.AnyAsync(c => c.TeamId == teamId && c.CitizenId == citizenId && c.Status == CourseStatus.Active, ct);
}
