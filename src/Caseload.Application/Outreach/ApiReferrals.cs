using Caseload.Application.Common;
using Caseload.Application.Api;
using Caseload.Application.Security;
using Caseload.Domain.CourseEvents;
using Caseload.Domain.Outreach;

namespace Caseload.Application.Outreach;

/// <summary>
/// A referral from another system (ADR 0049): the same command as the referral form (<see cref="ReferralService"/>), so the same
/// validator, the same Danish messages, the same audit rows (with the client as actor) and the same course event. The team must be
/// one the client may read (else 404, like any id outside the scope), and the client must be allowed to write (else 403).
/// </summary>
public sealed class ApiReferrals(IAccessScope scope, ApiCaller caller, ReferralService referrals)
{
    public const string NoWriteMessage = "Klienten har ikke lov til at skrive. En administrator kan give lov under Administration → API-klienter.";
    public const string NoTeamMessage = "Teamet findes ikke.";

    public async Task<Result<ApiReferralCreated>> CreateAsync(ApiReferralInput input, CancellationToken ct = default)
    {
        if (await caller.GrantAsync(ct) is not { } grant) return Result.Forbidden(NoWriteMessage);
        if (!grant.MayWrite) return Result.Forbidden(NoWriteMessage);
        if (await scope.MemberTeamAsync(input.TeamId, ct) is not { } team) return Result.NotFound(NoTeamMessage);
        var form = new ReferralInput
        {
            CitizenName = input.CitizenName, Cpr = input.Cpr, Address = input.Address, Phone = input.Phone,
            ReceivedOn = input.ReceivedOn, Source = SourceOf(input.Source), ReferrerName = input.ReferrerName,
            ReferrerContact = input.ReferrerContact, Concern = input.Concern,
            ReceivedBy = ApiClientActor.DisplayPrefix + grant.Name, // who took it in: the system, by name
        };
        var result = await referrals.CreateWithNewCitizenAsync(team, form, ct);
        return result.Succeeded ? Result.Success(new ApiReferralCreated(result.Value!.CitizenId, result.Value.ReferralId)) : result.Outcome;
    }

    /// <summary>The source's code as in the course event log (general-practitioner); unknown → null, which the validator refuses.</summary>
    private static ReferralSource? SourceOf(string? code)
        => Enum.GetValues<ReferralSource>().Cast<ReferralSource?>().FirstOrDefault(s => string.Equals(CourseEventTypes.CodeOf(s!.Value), code?.Trim(), StringComparison.Ordinal));
}
