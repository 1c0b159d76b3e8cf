using Caseload.Application.Engines;
using Caseload.Application.Security;
using Caseload.Web.Engines;
using Microsoft.Extensions.DependencyInjection;

namespace Caseload.Web.Features.Shared;

/// <summary>The spine's own web parts, registered like an engine's (ADR 0023) so that menus and the citizen page have one
/// order: the citizen's master data, courses, contact log and timeline; the menu entries every method shares.</summary>
public sealed class SpineWebModule : IEngineModule
{
    public void Register(IServiceCollection services)
    {
        static bool Staff(System.Security.Claims.ClaimsPrincipal u) => u.IsInRole(Roles.Worker) || u.IsInRole(Roles.TeamLeader);
        services.AddSingleton(new CitizenSection("CitizenMasterData", CitizenPageColumn.Side, 10));
        services.AddSingleton(new CitizenSection("CitizenCourses", CitizenPageColumn.Side, 20));
        services.AddSingleton(new CitizenSection("CitizenContactLog", CitizenPageColumn.Main, 50));
        services.AddSingleton(new CitizenSection("CitizenTimeline", CitizenPageColumn.Main, 60));
        services.AddSingleton(new NavigationEntry("Mine borgere", "/mine-borgere", 10, Staff));
        services.AddSingleton(new NavigationEntry("Borgere", "/borgere", 20, Staff));
        services.AddSingleton(new NavigationEntry("Frister", "/frister", 25, Staff));
        services.AddOptions<MyCitizens.DeadlineMailOptions>().BindConfiguration(MyCitizens.DeadlineMailOptions.Section);
        services.AddSingleton(new NavigationEntry("Caseload-tavle", "/tavle", 60, u => u.IsInRole(Roles.TeamLeader)));
        // Results for citizens across methods (issue #29): managers all teams, team leaders their own (ADR 0031).
        services.AddSingleton(new NavigationEntry("Borgerresultater", "/resultater/borgere", 66, u => u.IsInRole(Roles.Manager) || u.IsInRole(Roles.TeamLeader),
            Group: NavigationEntry.ResultsGroup));
        services.AddSingleton(new NavigationEntry("Ledelse", "/ledelse", 70, u => u.IsInRole(Roles.Manager)));
        services.AddSingleton(new NavigationEntry("Brugere", "/admin/brugere", 80, u => u.IsInRole(Roles.Administrator)));
        services.AddSingleton(new NavigationEntry("Teams", "/admin/teams", 81, u => u.IsInRole(Roles.Administrator)));
        services.AddSingleton(new NavigationEntry("Logning", "/admin/logning", 82, u => u.IsInRole(Roles.Administrator)));
        services.AddSingleton(new NavigationEntry("Baggrundsjob", "/admin/baggrundsjob", 85, u => u.IsInRole(Roles.Administrator)));
        services.AddSingleton(new NavigationEntry("Indsigt", "/admin/indsigt", 87, u => u.IsInRole(Roles.Administrator)));
        services.AddScoped<Caseload.Web.Features.DataProtection.InsightDownloads>();
        services.AddSingleton(new NavigationEntry("API-klienter", "/admin/api-klienter", 86, u => u.IsInRole(Roles.Administrator)));
        // The administrator keeps the organisation's registers (ADR 0030); managers and team leaders reach them from the start page.
        services.AddSingleton(new NavigationEntry("Væresteder", "/vaeresteder", 83, u => u.IsInRole(Roles.Administrator)));
        services.AddSingleton(new NavigationEntry("Samarbejdspartnere", "/samarbejdspartnere", 84, u => u.IsInRole(Roles.Administrator)));
    }
}
