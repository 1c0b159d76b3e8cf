using Caseload.Application.Engines;
using Microsoft.Extensions.DependencyInjection;

namespace Caseload.Application.DataProtection;

/// <summary>The citizen's rights (issue #33 item 3, ADR 0052): the insight package, retention, and the spine's own part of both.</summary>
public sealed class DataProtectionModule : IEngineModule
{
    public void Register(IServiceCollection services)
    {
        services.AddScoped<CitizenTables>();
        services.AddScoped<InsightService>();
        services.AddScoped<RetentionService>();
        services.AddScoped<ICitizenDataContributor, SpineCitizenData>();
    }
}
