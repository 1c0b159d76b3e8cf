using Caseload.Application.ActionPlans;
using Caseload.Application.Engines;
using Caseload.Application.Security;
using Caseload.Web.Engines;
using Caseload.Web.Features.Citizens;
using Microsoft.Extensions.DependencyInjection;

namespace Caseload.Web.Features.ActionPlans;

/// <summary>The ACT engine's web parts (ADR 0023): the action plan's line on the citizen page, attaching another
/// discipline on an ACT course's card, intensified support, the team meeting, the week of shared visits and the calendar feed, and the results and fidelity page in the menu.</summary>
public sealed class ActWebModule : IEngineModule
{
    /// <summary>The ACT team's week in one drop-down of the menu.</summary>
    public const string ActGroup = "ACT-teamet";

    public void Register(IServiceCollection services)
    {
        // Intensified support and the action plan's line: one section, one query (issue #26 item 8).
        services.AddSingleton(new CitizenSection("ActCitizenSection", CitizenPageColumn.Side, 24));
        services.AddScoped<IPrintDocumentSource, ActPrintDocuments>();
        services.AddSingleton(new CourseCardExtension(Domain.Teams.Method.Act, "~/Features/ActionPlans/_AttachMember.cshtml"));
        // The ACT week (ADR 0032): the team meeting in the menu of ACT teams.
        services.AddSingleton(new NavigationEntry("Teammøde", "/act/teammoede", 27,
            u => u.IsInRole(Application.Security.Roles.Worker) || u.IsInRole(Application.Security.Roles.TeamLeader), Domain.Teams.Method.Act, ActGroup));
        // Shared visits (ADR 0033): the team's week in the menu, the worker's own week on the start page, the phone calendar on "Min konto".
        services.AddSingleton(new NavigationEntry("Ugens besøg", "/act/besoeg", 28,
            u => u.IsInRole(Application.Security.Roles.Worker) || u.IsInRole(Application.Security.Roles.TeamLeader), Domain.Teams.Method.Act, ActGroup));
        services.AddSingleton(new StartPageCard("MyWeekCard", 20, u => u.IsInRole(Roles.Worker) || u.IsInRole(Roles.TeamLeader)));
        services.AddSingleton(new AccountSection("CalendarFeedSection", 20));
        // SMS reminders (ADR 0038): consent and log on the citizen page, sent by a hosted job the day before.
        services.AddOptions<SmsReminderJobOptions>().BindConfiguration(SmsReminderJobOptions.Section);
        // Results and fidelity: managers see every ACT team; a team leader only when leading one (the page answers 404 otherwise).
        services.AddSingleton(new NavigationEntry("ACT-resultater", "/resultater/act", 65, u => u.IsInRole(Roles.Manager), Group: NavigationEntry.ResultsGroup));
        services.AddSingleton(new NavigationEntry("ACT-resultater", "/resultater/act", 65,
            u => u.IsInRole(Roles.TeamLeader) && !u.IsInRole(Roles.Manager), Domain.Teams.Method.Act, NavigationEntry.ResultsGroup));
    }
}

/// <summary>The action plan in the print menu, once it has a revision; the minutes of the last team meeting that reviewed
/// the citizen (a team document: the minutes name every citizen reviewed there, with masked CPR numbers).</summary>
public sealed class ActPrintDocuments(ActionPlanSummary plans, TeamMeetingQueries meetings) : IPrintDocumentSource
{
    public async Task<IReadOnlyList<PrintDocumentLink>> ForCitizenAsync(ScopedCitizen citizen, IReadOnlySet<string> engines, CancellationToken ct)
    {
        if (!engines.Contains(ActModule.Key)) return [];
        var links = new List<PrintDocumentLink>();
        if (await plans.RevisionAsync(citizen, ct) > 0) links.Add(new PrintDocumentLink("Indsatsplan", $"/borgere/{citizen.Id}/udskrift/indsatsplan", 12));
        if (await meetings.LastMinutesAsync(citizen, ct) is { } m)
            links.Add(new PrintDocumentLink($"Referat af ACT-teammødet {m.Date:dd-MM-yyyy} (hele teamets)", $"/act/teams/{m.TeamId}/teammoeder/{m.MeetingId}/referat", 13));
        return links;
    }
}
