using Caseload.Application.Common;
using Caseload.Application.Common.Time;
using Caseload.Application.Security;
using Caseload.Domain.Courses;
using Caseload.Domain.Outreach;
using FluentValidation;
using Microsoft.EntityFrameworkCore;

namespace Caseload.Application.Outreach;

/// <summary>The outreach engine's commands on a running case (§2.3 steps 4–14), each through the one command path.
/// Who may change a case: its outreach worker and the team leader; the rest of the team may read it.</summary>
public sealed class OutreachService(IOutreachDbContext db, ICurrentUser user, IDanishClock clock, CommandRunner commands,
    IValidator<EventInput> eventValidator, IValidator<AttemptInput> attemptValidator, IValidator<ConsentInput> consentValidator,
    IValidator<WithdrawConsentInput> withdrawValidator, IValidator<CaseworkerInput> caseworkerValidator,
    IValidator<CoordinatingNeedInput> needValidator, IValidator<CloseOutreachInput> closeValidator)
{
    public const string NotYoursMessage = "Kun borgerens fremskudte sagsbehandler og teamlederen kan ændre forløbet.";
    public const string NoCaseMessage = "Borgeren har ikke et forløb i fremskudt sagsbehandling.";


    public Task<Result> RecordEventAsync(ScopedCitizen citizen, EventInput input, CancellationToken ct = default)
        => OnCase(citizen, eventValidator, input, (c, _) =>
        {
            c.Record(input.Event!.Value, input.Date!.Value, input.Note, input.Party, clock.Today, user.UserId);
            return Task.FromResult(Result.Ok);
        }, ct);

    public Task<Result> AddContactAttemptAsync(ScopedCitizen citizen, AttemptInput input, CancellationToken ct = default)
        => OnCase(citizen, attemptValidator, input, (c, _) =>
        {
            c.AddContactAttempt(input.Date!.Value, input.Channel!.Value, input.Outcome!.Value, input.Note, clock.Today, user.UserId);
            return Task.FromResult(Result.Ok);
        }, ct);

    public Task<Result> AddConsentAsync(ScopedCitizen citizen, ConsentInput input, CancellationToken ct = default)
        => OnCase(citizen, consentValidator, input, (c, _) =>
        {
            c.AddConsent(input.Information, input.Parties, input.GivenOn!.Value, input.ValidUntil, clock.Today);
            return Task.FromResult(Result.Ok);
        }, ct);

    public Task<Result> WithdrawConsentAsync(ScopedCitizen citizen, WithdrawConsentInput input, CancellationToken ct = default)
        => OnCase(citizen, withdrawValidator, input, (c, _) =>
        {
            c.WithdrawConsent(input.ConsentId, input.Date!.Value, clock.Today);
            return Task.FromResult(Result.Ok);
        }, ct);

    public Task<Result> SaveCaseworkerAsync(ScopedCitizen citizen, CaseworkerInput input, CancellationToken ct = default)
        => OnCase(citizen, caseworkerValidator, input, (c, _) =>
        {
            commands.Expect(c, input.Version);
            c.AssignCaseworker(input.Name, input.Unit, input.From!.Value, clock.Today);
            if (!string.IsNullOrWhiteSpace(input.HandoverAgreement)) c.AgreeHandover(input.HandoverAgreement, input.HandoverOn!.Value);
            return Task.FromResult(Result.Ok);
        }, ct);

    public Task<Result> SetCoordinatingNeedAsync(ScopedCitizen citizen, CoordinatingNeedInput input, CancellationToken ct = default)
        => OnCase(citizen, needValidator, input, (c, _) =>
        {
            commands.Expect(c, input.Version);
            c.SetCoordinatingMeetingNeed(input.Need!.Value);
            return Task.FromResult(Result.Ok);
        }, ct);

    /// <summary>Step 14: closes the case and the shared course together.</summary>
    public Task<Result> CloseAsync(ScopedCitizen citizen, CloseOutreachInput input, CancellationToken ct = default)
        => OnCase(citizen, closeValidator, input, async (c, token) =>
        {
            commands.Expect(c, input.Version);
            c.Close(input.Reason!.Value, input.Date!.Value, input.Note, clock.Today, user.UserId);
            var course = await db.Courses.FirstAsync(k => k.Id == c.CourseId, token);
            course.Close(input.Date.Value, $"Fremskudt sagsbehandling afsluttet: {input.Reason.Value.Danish()}.");
            return Result.Ok;
        }, ct);

    /// <summary>The follow-up meeting 3–6 months after closure: the one step recorded on a closed case.</summary>
    public Task<Result> RecordFollowUpAsync(ScopedCitizen citizen, EventInput input, CancellationToken ct = default)
        => commands.RunAsync(eventValidator, input, async token =>
        {
            if (!citizen.MayChangeCourseWork) return Result.Forbidden(NotYoursMessage);
            var c = await LoadAsync(citizen, running: false, token);
            if (c is null) return Result.NotFound(NoCaseMessage);
            c.Record(OutreachEvent.FollowUpAfterClosure, input.Date!.Value, input.Note, null, clock.Today, user.UserId);
            return Result.Ok;
        }, ct);

    private Task<Result> OnCase<TInput>(ScopedCitizen citizen, IValidator<TInput> validator, TInput input,
        Func<OutreachCase, CancellationToken, Task<Result>> change, CancellationToken ct)
        => commands.RunAsync(validator, input, async token =>
        {
            if (!citizen.MayChangeCourseWork) return Result.Forbidden(NotYoursMessage);
            var c = await LoadAsync(citizen, running: true, token);
            return c is null ? Result.NotFound(NoCaseMessage) : await change(c, token);
        }, ct);

    /// <summary>The running case (or the latest closed one) with its children, one query per collection.</summary>
    private async Task<OutreachCase?> LoadAsync(ScopedCitizen citizen, bool running, CancellationToken ct)
    {
        var c = await db.OutreachCases.Where(x => x.CitizenId == citizen.Id && x.TeamId == citizen.TeamId && (running ? x.ClosedOn == null : x.ClosedOn != null))
            .OrderByDescending(x => x.ClosedOn).FirstOrDefaultAsync(ct);
        if (c is null) return null;
        var mine = db.OutreachCases.Where(x => x.Id == c.Id);
        await mine.SelectMany(x => x.Events).LoadAsync(ct);
        await mine.SelectMany(x => x.ContactAttempts).LoadAsync(ct);
        await mine.SelectMany(x => x.Consents).LoadAsync(ct);
        return c;
    }
}
