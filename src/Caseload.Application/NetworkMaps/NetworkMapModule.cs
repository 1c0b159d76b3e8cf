using Caseload.Application.Engines;
using Microsoft.Extensions.DependencyInjection;

namespace Caseload.Application.NetworkMaps;

/// <summary>The network map (netværkskort), a document of every method (ADR 0023).</summary>
public sealed class NetworkMapModule : IEngineModule
{
    public void Register(IServiceCollection services)
    {
        services.AddScoped<NetworkMapService>();
        services.AddScoped<NetworkMapQueries>();
        services.AddScoped<IConsentSource, NetworkMapConsent>();
    }
}
