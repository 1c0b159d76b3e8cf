using Caseload.Application.Engines;
using Microsoft.Extensions.DependencyInjection;

namespace Caseload.Application.NetworkMaps;

/// <summary>The network map (netværkskort), a document of every method (ADR 0023).</summary>
public sealed class NetworkMapModule : IEngineModule
{
    public void Register(IServiceCollection services)
    {
        services.AddScoped<ICitizenDataContributor, NetworkMapCitizenData>(); // the citizen's rights (ADR 0052)
        services.AddScoped<NetworkMapService>();
        services.AddScoped<NetworkMapQueries>();
        services.AddSingleton(new FieldMode.OfflineForm("Netværkskort",
            FieldMode.OfflineForm.Path("/borgere/{id}/netvaerkskort/rediger"), ["Input.Persons"], "Input.Version"));
        services.AddScoped<IConsentSource, NetworkMapConsent>();
        services.AddScoped<CitizenPortal.IOwnNetworkMapSource, NetworkMapOwnView>(); // the map on the citizen's own view (ADR 0048 addendum)
    }
}
