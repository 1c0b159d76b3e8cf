using Caseload.Application.Engines;
using Microsoft.Extensions.DependencyInjection;

namespace Caseload.Application.CitizenPortal;

/// <summary>The citizen's own view (issue #34, ADR 0042) registers its services like a module (ADR 0023).</summary>
public sealed class CitizenPortalModule : IEngineModule
{
    public void Register(IServiceCollection services)
    {
        services.AddScoped<ICitizenDataContributor, CitizenPortalCitizenData>(); // the citizen's rights (ADR 0052)
        services.AddScoped<CitizenAccessService>();
        services.AddScoped<CitizenPortalQueries>();
        services.AddScoped<CitizenActions>();
        services.AddScoped<FromTheCitizenQueries>();
        services.AddScoped<ConfirmationEventSource>();
        services.AddScoped<CourseEvents.ICourseEventSource>(sp => sp.GetRequiredService<ConfirmationEventSource>());
        services.AddScoped<SmsPinIdentification>();
        services.AddScoped<ICitizenIdentification>(sp => sp.GetRequiredService<SmsPinIdentification>());
    }
}
