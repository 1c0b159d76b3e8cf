using Caseload.Application.Cti;
using Caseload.Application.Engines;
using Caseload.Application.Security;
using Caseload.Domain.Teams;
using Caseload.Web.Engines;
using Microsoft.Extensions.DependencyInjection;

namespace Caseload.Web.Features.Cti;

/// <summary>The CTI engine's web parts (ADR 0023): its citizen-page section, the phase board in the menu, its print documents.</summary>
public sealed class CtiWebModule : IEngineModule
{
    public void Register(IServiceCollection services)
    {
        services.AddSingleton(new CitizenSection("CitizenCti", CitizenPageColumn.Main, 10));
        services.AddSingleton(new NavigationEntry("CTI-fasetavle", "/cti/tavle", 30, u => u.IsInRole(Roles.Worker) || u.IsInRole(Roles.TeamLeader), Method.Cti));
        services.AddScoped<IPrintDocumentSource, CtiPrintDocuments>();
        // Fidelity (issue #29): managers see every CTI team; a team leader only when leading one (404 otherwise).
        services.AddSingleton(new NavigationEntry("CTI-metodetroskab", "/resultater/cti", 64, u => u.IsInRole(Roles.Manager), Group: NavigationEntry.ResultsGroup));
        services.AddSingleton(new NavigationEntry("CTI-metodetroskab", "/resultater/cti", 64,
            u => u.IsInRole(Roles.TeamLeader) && !u.IsInRole(Roles.Manager), Method.Cti, NavigationEntry.ResultsGroup));
    }
}

/// <summary>The CTI plan and the measurements, for a citizen with a CTI course.</summary>
public sealed class CtiPrintDocuments(CtiQueries cti) : IPrintDocumentSource
{
    public async Task<IReadOnlyList<PrintDocumentLink>> ForCitizenAsync(ScopedCitizen citizen, IReadOnlySet<string> engines, CancellationToken ct)
        => engines.Contains(CtiModule.Key) && await cti.CourseAsync(citizen, ct) is not null
            ? [new("CTI-plan (langsigtet plan og overdragelse)", $"/borgere/{citizen.Id}/udskrift/cti-plan", 30),
               new("CTI-målinger (WHO-5 og livssituation)", $"/borgere/{citizen.Id}/udskrift/cti-maalinger", 31)]
            : [];
}
