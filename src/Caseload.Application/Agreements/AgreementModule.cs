using Caseload.Application.Engines;
using Microsoft.Extensions.DependencyInjection;

namespace Caseload.Application.Agreements;

/// <summary>The cooperation agreement (samarbejdsaftale), a document of every method (ADR 0023).</summary>
public sealed class AgreementModule : IEngineModule
{
    public void Register(IServiceCollection services)
    {
        services.AddScoped<ICitizenDataContributor, AgreementCitizenData>(); // the citizen's rights (ADR 0052)
        services.AddScoped<AgreementService>();
        services.AddScoped<AgreementQueries>();
        services.AddScoped<Fhir.IFhirContributor, AgreementGoals>(); // the FHIR export (ADR 0053)
        services.AddScoped<CitizenPortal.IOwnDocumentSource, AgreementOwnDocuments>(); // the agreement on the citizen's own view (ADR 0048)
        services.AddSingleton(new FieldMode.OfflineForm("Samarbejdsaftale",
            FieldMode.OfflineForm.Path("/borgere/{id}/samarbejdsaftaler/(ny|{id})"), ["Input.Rows"], "Input.Version"));
    }
}
