using Caseload.Application.Auditing;
using Caseload.Application.Citizens;
using Caseload.Application.Common;
using Caseload.Application.Common.Time;
using Caseload.Application.Courses;
using Caseload.Application.Security;
using Caseload.Application.Teams;
using Caseload.Domain.Auditing;
using Caseload.Domain.Citizens;
using Caseload.Domain.Courses;
using Caseload.Domain.Outreach;
using Caseload.Domain.Teams;
using FluentValidation;
using Microsoft.EntityFrameworkCore;

namespace Caseload.Application.Outreach;

/// <summary>Referrals to the outreach team (§2.3 steps 1–3). Any member of the outreach team may record,
/// screen and decide — the outreach workers decide together, and a leader may take part.</summary>
/// <summary>The citizen and the referral made about them in one go.</summary>
public sealed record NewReferral(Guid CitizenId, Guid ReferralId);

public sealed class ReferralService(IOutreachDbContext db, ICurrentUser user, IDanishClock clock, CommandRunner commands, IAuditLog audit, IUserDirectory users,
    Courses.CourseService courses,
    IValidator<ReferralInput> referralValidator, IValidator<ScreeningInput> screeningValidator, IValidator<DecisionInput> decisionValidator)
{
    public const string NotOutreachTeamMessage = "Henvendelser modtages af et team i fremskudt sagsbehandling.";

    /// <summary>A referral about a citizen not yet registered: the citizen (CPR optional) and the referral, in one transaction.</summary>
    public async Task<Result<NewReferral>> CreateWithNewCitizenAsync(MemberTeam team, ReferralInput input, CancellationToken ct = default)
    {
        if (CprNumber.TryParse(input.Cpr, out var typed, out _) && await db.Citizens.AnyAsync(c => c.Cpr == typed, ct))
        {
            await audit.RecordAsync(AuditAction.Searched, AuditNames.Citizen, null, details: "Henvendelse: CPR-nummeret er allerede registreret", ct: ct);
            return Result.Fail(CitizenService.DuplicateCprMessage, nameof(input.Cpr));
        }
        return await commands.RunAsync(referralValidator, input, async token =>
        {
            if (!await IsOutreachTeamAsync(team.Id, token)) return Result.Fail(NotOutreachTeamMessage);
            if (string.IsNullOrWhiteSpace(input.CitizenName)) return Result.Fail("Angiv borgerens navn.", nameof(input.CitizenName));
            var citizen = new Citizen(input.CitizenName, string.IsNullOrWhiteSpace(input.Cpr) ? null : CprNumber.Parse(input.Cpr), team.Id);
            citizen.UpdateContact(input.Address, false, input.Phone, null, null);
            db.Citizens.Add(citizen);
            var referral = New(citizen.Id, team.Id, input);
            return Result.Success(new NewReferral(citizen.Id, referral.Id));
        }, ct);
    }

    /// <summary>A referral about a citizen already registered with the outreach team.</summary>
    public Task<Result<Guid>> CreateAsync(ScopedCitizen citizen, ReferralInput input, CancellationToken ct = default)
        => commands.RunAsync(referralValidator, input, async token =>
        {
            if (!await IsOutreachTeamAsync(citizen.TeamId, token)) return Result.Fail(NotOutreachTeamMessage);
            if (await db.Referrals.AnyAsync(r => r.CitizenId == citizen.Id && (r.Status == ReferralStatus.Received || r.Status == ReferralStatus.Screened), token))
                return Result.Fail("Der er allerede en åben henvendelse om borgeren. Screen og afgør den først.");
            return Result.Success(New(citizen.Id, citizen.TeamId, input).Id);
        }, ct);

    public Task<Result> ScreenAsync(ScopedCitizen citizen, Guid referralId, ScreeningInput input, CancellationToken ct = default)
        => OnReferral(citizen, referralId, screeningValidator, input, input.Version, async (referral, token) =>
        {
            // The age follows from the CPR number when it is known; the form asks only while it is not.
            var born = await db.Citizens.Where(c => c.Id == citizen.Id).Select(c => c.Cpr).FirstAsync(token);
            var on = input.ScreenedOn!.Value;
            int? age = born is null ? input.Age : born.AgeOn(on);
            referral.Screen(input.Criteria, age, input.PassedTo, on, clock.Today, user.UserId);
            return Result.Ok;
        }, ct);

    /// <summary>Accept (one outreach worker from the team; the outreach course starts) or decline (with a reason for the referrer).</summary>
    public Task<Result> DecideAsync(ScopedCitizen citizen, Guid referralId, DecisionInput input, CancellationToken ct = default)
        => OnReferral(citizen, referralId, decisionValidator, input, input.Version, async (referral, token) =>
        {
            var on = input.DecidedOn!.Value;
            if (input.Decision == ReferralDecision.Decline)
            {
                referral.Decline(input.DeclineReason, on, clock.Today, user.UserId);
                return Result.Ok;
            }
            if (!await users.IsActiveMemberAsync(referral.TeamId, input.WorkerId, token))
                return Result.Fail("Vælg en fremskudt sagsbehandler fra teamet.", nameof(input.WorkerId));
            if (await db.Courses.Active().AnyAsync(c => c.CitizenId == citizen.Id && c.TeamId == referral.TeamId, token))
                return Result.Fail("Borgeren har allerede et aktivt forløb i teamet.");
            var over = await courses.OverLimitAsync(referral.TeamId, input.WorkerId!, 1, token);
            if (over is not null && !input.AssignAnyway) return Result.Fail(over, nameof(input.AssignAnyway));
            var course = new Course(citizen.Id, referral.TeamId, Method.Outreach, on, input.WorkerId!, clock.UtcNow, user.UserId,
                over is null ? null : input.OverLimitReason);
            db.Courses.Add(course);
            referral.Accept(course.Id, on, clock.Today, user.UserId);
            db.OutreachCases.Add(new OutreachCase(course, referral));
            return Result.Ok;
        }, ct);

    private Referral New(Guid citizenId, Guid teamId, ReferralInput input)
    {
        var referral = new Referral(citizenId, teamId, input.ReceivedOn!.Value, input.Source!.Value, input.ReferrerName, input.ReferrerContact,
            input.Concern, input.ReceivedBy, clock.Today);
        db.Referrals.Add(referral);
        return referral;
    }

    private Task<bool> IsOutreachTeamAsync(Guid teamId, CancellationToken ct)
        => db.Teams.AnyAsync(t => t.Id == teamId && t.Method == Method.Outreach, ct);

    /// <summary>The referral is picked from the scoped citizen's own referrals, so its id needs no scope of its own.</summary>
    private Task<Result> OnReferral<TInput>(ScopedCitizen citizen, Guid referralId, IValidator<TInput> validator, TInput input, Guid version,
        Func<Referral, CancellationToken, Task<Result>> change, CancellationToken ct)
        => commands.RunAsync(validator, input, async token =>
        {
            var referral = await db.Referrals.FirstOrDefaultAsync(r => r.Id == referralId && r.CitizenId == citizen.Id && r.TeamId == citizen.TeamId, token);
            if (referral is null) return Result.NotFound("Henvendelsen findes ikke længere. Genindlæs siden.");
            commands.Expect(referral, version);
            return await change(referral, token);
        }, ct);
}
