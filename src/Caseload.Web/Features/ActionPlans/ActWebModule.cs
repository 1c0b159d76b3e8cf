using Caseload.Application.ActionPlans;
using Caseload.Application.Engines;
using Caseload.Application.Security;
using Caseload.Web.Engines;
using Caseload.Web.Features.Citizens;
using Microsoft.Extensions.DependencyInjection;

namespace Caseload.Web.Features.ActionPlans;

/// <summary>The ACT engine's web parts (ADR 0023): the action plan's line on the citizen page, attaching another
/// discipline on an ACT course's card, and the results and fidelity page in the menu.</summary>
public sealed class ActWebModule : IEngineModule
{
    public void Register(IServiceCollection services)
    {
        services.AddSingleton(new CitizenSection("CitizenActionPlan", CitizenPageColumn.Side, 25));
        services.AddScoped<IPrintDocumentSource, ActPrintDocuments>();
        services.AddSingleton(new CourseCardExtension(Domain.Teams.Method.Act, "~/Features/ActionPlans/_AttachMember.cshtml"));
        // Results and fidelity: managers see every ACT team; a team leader only when leading one (the page answers 404 otherwise).
        services.AddSingleton(new NavigationEntry("ACT-resultater", "/resultater/act", 65, u => u.IsInRole(Roles.Manager)));
        services.AddSingleton(new NavigationEntry("ACT-resultater", "/resultater/act", 65,
            u => u.IsInRole(Roles.TeamLeader) && !u.IsInRole(Roles.Manager), Domain.Teams.Method.Act));
    }
}

/// <summary>The action plan in the print menu, once it has a revision.</summary>
public sealed class ActPrintDocuments(ActionPlanSummary plans) : IPrintDocumentSource
{
    public async Task<IReadOnlyList<PrintDocumentLink>> ForCitizenAsync(ScopedCitizen citizen, IReadOnlySet<string> engines, CancellationToken ct)
        => engines.Contains(ActModule.Key) && await plans.RevisionAsync(citizen, ct) > 0
            ? [new PrintDocumentLink("Indsatsplan", $"/borgere/{citizen.Id}/udskrift/indsatsplan", 12)]
            : [];
}
