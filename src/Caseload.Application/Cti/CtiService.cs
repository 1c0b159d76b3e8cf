using Caseload.Application.Common;
using Caseload.Application.Common.Time;
using Caseload.Application.Courses;
using Caseload.Application.Security;
using Caseload.Application.Teams;
using Caseload.Domain.Courses;
using Caseload.Domain.Cti;
using Caseload.Domain.Teams;
using FluentValidation;
using Microsoft.EntityFrameworkCore;

namespace Caseload.Application.Cti;

/// <summary>The CTI engine's commands, each through the one command path. Who may change a course: its CTI
/// worker (or an attached colleague) and the team leader; the rest of the team may read it.</summary>
public sealed class CtiService(ICtiDbContext db, ICurrentUser user, IDanishClock clock, CommandRunner commands, IUserDirectory users, Courses.CourseService courses,
    IValidator<StartCtiInput> startValidator, IValidator<ContactPeriodInput> contactValidator,
    IValidator<TransitionInput> transitionValidator, IValidator<InterruptInput> interruptValidator,
    IValidator<MeasurementInput> measurementValidator, IValidator<GoalInput> goalValidator,
    IValidator<HandoverPlanInput> handoverValidator, IValidator<HandoverMeetingInput> meetingValidator)
{
    public const string NotYoursMessage = "Kun borgerens CTI-medarbejder og teamlederen kan ændre CTI-forløbet.";
    public const string NoCourseMessage = "Borgeren har ikke et aktivt CTI-forløb.";


    /// <summary>The team leader starts a CTI course: the shared course and the engine's contact period, in one transaction.</summary>
    public Task<Result> StartAsync(ScopedCitizen citizen, StartCtiInput input, CancellationToken ct = default)
        => commands.RunAsync(startValidator, input, async token =>
        {
            if (!citizen.LeadsTeam) return Result.Forbidden(CourseService.NotLeaderMessage);
            var team = await db.Teams.AsNoTracking().FirstAsync(t => t.Id == citizen.TeamId, token);
            if (team.Method != Method.Cti) return Result.Fail("Borgerens team arbejder ikke med CTI.");
            if (!await users.IsActiveMemberAsync(team.Id, input.PrimaryWorkerId, token))
                return Result.Fail("Vælg en CTI-medarbejder fra teamet.", nameof(input.PrimaryWorkerId));
            var existing = await db.Courses.Active().FirstOrDefaultAsync(c => c.CitizenId == citizen.Id && c.TeamId == team.Id, token);
            if (existing is not null && await db.CtiCourses.AnyAsync(c => c.CourseId == existing.Id, token))
                return Result.Fail("Borgeren har allerede et aktivt CTI-forløb.");
            var over = existing is null ? await courses.OverLimitAsync(team.Id, input.PrimaryWorkerId!, 1, token) : null;
            if (over is not null && !input.AssignAnyway) return Result.Fail(over, nameof(input.AssignAnyway));
            // A course started before the CTI engine existed gets its contact period now; otherwise a new course.
            var course = existing ?? new Course(citizen.Id, team.Id, Method.Cti, input.ContactPeriodStart!.Value, input.PrimaryWorkerId!, clock.UtcNow, user.UserId,
                over is null ? null : input.OverLimitReason);
            if (existing is null) db.Courses.Add(course);
            db.CtiCourses.Add(new CtiCourse(course, input.PlannedMoveIn!.Value, input.Residence!.Value));
            return Result.Ok;
        }, ct);

    public Task<Result> UpdateContactPeriodAsync(ScopedCitizen citizen, ContactPeriodInput input, CancellationToken ct = default)
        => OnCourse(citizen, contactValidator, input, (cti, _) =>
        {
            cti.SetContactPeriod(input.PlannedMoveIn!.Value, input.Residence!.Value);
            return Task.FromResult(Result.Ok);
        }, ct);

    /// <summary>The next step: start of the nine months, into phase 2, into phase 3 or completed. Completing closes the course.</summary>
    public Task<Result> AdvanceAsync(ScopedCitizen citizen, CtiTransitionKind kind, TransitionInput input, CancellationToken ct = default)
        => OnCourse(citizen, transitionValidator, input, async (cti, token) =>
        {
            commands.Expect(cti, input.Version);
            var answers = input.Checklist.Select((item, i) => new ChecklistAnswer(i + 1, item.State == "Done",
                item.State == "NotRelevant" ? item.Reason ?? "" : null)).ToList();
            cti.Advance(kind, input.Date!.Value, answers, input.Comment, clock.Today, clock.UtcNow, user.UserId);
            if (kind == CtiTransitionKind.Complete)
                (await CourseOf(cti, token)).Close(input.Date.Value, "CTI-forløbet er gennemført.");
            return Result.Ok;
        }, ct);

    public Task<Result> InterruptAsync(ScopedCitizen citizen, InterruptInput input, CancellationToken ct = default)
        => OnCourse(citizen, interruptValidator, input, async (cti, token) =>
        {
            commands.Expect(cti, input.Version);
            cti.Interrupt(input.Reason!.Value, input.Date!.Value, input.Note, input.ReceivingMunicipality, input.ReceivingContactPerson,
                clock.Today, clock.UtcNow, user.UserId);
            (await CourseOf(cti, token)).Close(input.Date.Value, $"CTI-forløbet er afbrudt: {input.Reason.Value.Danish()}.");
            // A move to another municipality makes it the citizen's acting municipality (handlekommune), in the same transaction.
            if (cti.ReceivingMunicipality is { } moved)
                (await db.Citizens.FirstAsync(z => z.Id == cti.CitizenId, token)).MovedTo(moved);
            return Result.Ok;
        }, ct);

    public Task<Result> RecordMeasurementAsync(ScopedCitizen citizen, MeasurementInput input, CancellationToken ct = default)
        => OnCourse(citizen, measurementValidator, input, (cti, _) =>
        {
            cti.RecordMeasurement(input.Point!.Value, input.Date!.Value,
                [input.Who5Cheerful!.Value, input.Who5Calm!.Value, input.Who5Active!.Value, input.Who5Rested!.Value, input.Who5Interested!.Value],
                input.LifeSituation!.Value, input.Housing!.Value, input.SubstanceUse!.Value, input.Readiness!.Value, input.CitizensWords, clock.Today);
            return Task.FromResult(Result.Ok);
        }, ct);

    public Task<Result> SaveGoalAsync(ScopedCitizen citizen, GoalInput input, CancellationToken ct = default)
        => OnCourse(citizen, goalValidator, input, (cti, _) =>
        {
            if (input.GoalId is { } id) cti.UpdateGoal(id, input.Goal, input.Activities, input.Support, input.Status!.Value);
            else cti.AddGoal(input.Goal, input.Activities, input.Support, input.Status!.Value);
            return Task.FromResult(Result.Ok);
        }, ct);

    public Task<Result> SaveHandoverPlanAsync(ScopedCitizen citizen, HandoverPlanInput input, CancellationToken ct = default)
        => OnCourse(citizen, handoverValidator, input, (cti, _) =>
        {
            cti.UpdateHandoverPlan(input.LongTermNeeds, input.SupportAfterCourse, input.ResponsiblePersonName, input.ResponsiblePersonRole,
                input.ResponsiblePersonContact);
            return Task.FromResult(Result.Ok);
        }, ct);

    public Task<Result> AddHandoverMeetingAsync(ScopedCitizen citizen, HandoverMeetingInput input, CancellationToken ct = default)
        => OnCourse(citizen, meetingValidator, input, (cti, _) =>
        {
            cti.AddHandoverMeeting(input.Date!.Value, input.Participants, input.Held, clock.Today);
            return Task.FromResult(Result.Ok);
        }, ct);

    /// <summary>The meeting is picked from the citizen's own course, so its id needs no scope of its own.</summary>
    public Task<Result> MarkHandoverMeetingHeldAsync(ScopedCitizen citizen, string meetingId, CancellationToken ct = default)
        => commands.RunAsync(async token =>
        {
            if (!citizen.MayChangeCourseWork) return Result.Forbidden(NotYoursMessage);
            var cti = await LoadActiveAsync(citizen, token);
            if (cti is null) return Result.NotFound(NoCourseMessage);
            if (!Guid.TryParse(meetingId, out var id)) return Result.NotFound("Mødet findes ikke længere. Genindlæs siden.");
            cti.MarkHandoverMeetingHeld(id, clock.Today);
            return Result.Ok;
        }, ct);

    private Task<Result> OnCourse<TInput>(ScopedCitizen citizen, IValidator<TInput> validator, TInput input,
        Func<CtiCourse, CancellationToken, Task<Result>> change, CancellationToken ct)
        => commands.RunAsync(validator, input, async token =>
        {
            if (!citizen.MayChangeCourseWork) return Result.Forbidden(NotYoursMessage);
            var cti = await LoadActiveAsync(citizen, token);
            return cti is null ? Result.NotFound(NoCourseMessage) : await change(cti, token);
        }, ct);

    /// <summary>The active course with its children, one query per collection (a single joined query would
    /// multiply transitions × answers × measurements × goals); the tracked children attach themselves.</summary>
    private async Task<CtiCourse?> LoadActiveAsync(ScopedCitizen citizen, CancellationToken ct)
    {
        var cti = await db.CtiCourses.Running().Where(c => c.CitizenId == citizen.Id && c.TeamId == citizen.TeamId).FirstOrDefaultAsync(ct);
        if (cti is null) return null;
        var mine = db.CtiCourses.Where(c => c.Id == cti.Id);
        await mine.SelectMany(c => c.Transitions).Include(t => t.Answers).LoadAsync(ct);
        await mine.SelectMany(c => c.Measurements).LoadAsync(ct);
        await mine.SelectMany(c => c.Goals).LoadAsync(ct);
        await mine.SelectMany(c => c.HandoverMeetings).LoadAsync(ct);
        return cti;
    }

    private Task<Course> CourseOf(CtiCourse cti, CancellationToken ct) => db.Courses.FirstAsync(c => c.Id == cti.CourseId, ct);
}
