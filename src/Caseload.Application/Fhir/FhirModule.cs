using Caseload.Application.Engines;
using Microsoft.Extensions.DependencyInjection;

namespace Caseload.Application.Fhir;

/// <summary>The FHIR R4 export (issue #33 item 2, ADR 0053): the shared builder and the contact log's encounters. Each engine
/// registers its own <see cref="IFhirContributor"/> in its own module.</summary>
public sealed class FhirModule : IEngineModule
{
    public void Register(IServiceCollection services)
    {
        services.AddScoped<FhirExport>();
        services.AddScoped<IFhirContributor, Contacts.ContactEncounters>();
    }
}
