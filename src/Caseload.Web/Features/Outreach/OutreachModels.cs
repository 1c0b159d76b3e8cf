using Caseload.Application.Outreach;
using Caseload.Domain.Outreach;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace Caseload.Web.Features.Outreach;

/// <summary>The new-referral form: for a citizen not yet registered (team chosen) or for a registered one (<see cref="CitizenId"/>).</summary>
public sealed record NewReferralModel(ReferralInput Input, Guid TeamId, IReadOnlyList<(Guid Id, string Name)> Teams, Guid? CitizenId = null, string? CitizenName = null);

/// <summary>One referral with its screening form and decision; the forms keep what was typed when a save fails.</summary>
public sealed record ReferralPageModel(ReferralView Referral, ScreeningInput Screening, DecisionInput Ruling);

/// <summary>The outreach course page with every form on it (few clicks at the citizen's home); a failed form comes back filled in.</summary>
public sealed record OutreachPageModel(OutreachCaseView Case, EventInput Step, AttemptInput Attempt, ConsentInput Consent,
    CaseworkerInput Caseworker, CloseOutreachInput Close, EventInput FollowUp)
{
    public static OutreachPageModel Fresh(OutreachCaseView c) => new(c,
        new EventInput { Date = c.Today },
        new AttemptInput { Date = c.Today },
        new ConsentInput { GivenOn = c.Today },
        new CaseworkerInput { Name = c.CaseworkerName, Unit = c.CaseworkerUnit, From = c.CaseworkerFrom ?? c.Today, HandoverAgreement = c.HandoverAgreement, HandoverOn = c.HandoverOn, Version = c.Version },
        new CloseOutreachInput { Date = c.Today, Version = c.Version },
        new EventInput { Date = c.Today, Event = OutreachEvent.FollowUpAfterClosure });
}

/// <summary>Danish option lists for the outreach forms' enums.</summary>
public static class OutreachOptionLists
{
    public static IEnumerable<SelectListItem> Of<T>(Func<T, string> danish, IEnumerable<T>? only = null) where T : struct, Enum
        => (only ?? Enum.GetValues<T>()).Select(v => new SelectListItem(danish(v), v.ToString()));

    /// <summary>The events a worker records by hand on a running case (first contact comes from a successful contact attempt too).</summary>
    public static IEnumerable<SelectListItem> RecordableEventItems()
        => Of<OutreachEvent>(e => $"{e.Step()}. {e.Danish()}", Enum.GetValues<OutreachEvent>().Where(e => e != OutreachEvent.FollowUpAfterClosure));
}
