using Caseload.Web.Hosting;
using Caseload.Application.Engines;
using Caseload.Application.Outreach;
using Caseload.Application.Security;
using Caseload.Domain.Teams;
using Caseload.Web.Engines;
using Microsoft.Extensions.DependencyInjection;

namespace Caseload.Web.Features.Outreach;

/// <summary>The outreach engine's web parts (ADR 0023): its section, referrals and deadlines in the menu, its start-page
/// card, the screening forms in the print menu.</summary>
public sealed class OutreachWebModule : IEngineModule
{
    public void Register(IServiceCollection services)
    {
        static bool Staff(System.Security.Claims.ClaimsPrincipal u) => u.IsInRole(Roles.Worker) || u.IsInRole(Roles.TeamLeader);
        services.AddSingleton(new CitizenSection("CitizenOutreach", CitizenPageColumn.Main, 20));
        services.AddSingleton(new NavigationEntry("Henvendelser", "/fs/henvendelser", 40, Staff, Method.Outreach));
        services.AddSingleton(new NavigationEntry("FS-frister", "/fs/frister", 50, Staff, Method.Outreach));
        services.AddSingleton(new StartPageCard("OutreachStartCard", 30, Staff));
        services.AddScoped<IPrintDocumentSource, ScreeningPrintDocuments>();
        // Results (issue #29 must-show 4): managers see every outreach team; a team leader only when leading one (404 otherwise).
        services.AddSingleton(new NavigationEntry("FS-resultater", OutreachResultsController.PageUrl, 67, u => u.IsInRole(Roles.Manager),
            Group: NavigationEntry.ResultsGroup));
        services.AddSingleton(new NavigationEntry("FS-resultater", OutreachResultsController.PageUrl, 67,
            u => u.IsInRole(Roles.TeamLeader) && !u.IsInRole(Roles.Manager), Method.Outreach, NavigationEntry.ResultsGroup));
    }
}

/// <summary>A screening form per referral of the citizen.</summary>
public sealed class ScreeningPrintDocuments(ReferralQueries referrals) : IPrintDocumentSource
{
    public async Task<IReadOnlyList<PrintDocumentLink>> ForCitizenAsync(ScopedCitizen citizen, IReadOnlySet<string> engines, CancellationToken ct)
        => !engines.Contains(OutreachModule.Key) ? []
            : [.. (await referrals.ForCitizenAsync(citizen, ct)).Select((r, i) =>
                new PrintDocumentLink($"Screeningsskema (henvendelse {DanishFormat.Date(r.ReceivedOn)})", $"/borgere/{citizen.Id}/udskrift/screening/{r.Id}", 40 + i))];
}
