using Caseload.Application.CourseEvents;
using Caseload.Application.Engines;
using Microsoft.Extensions.DependencyInjection;

namespace Caseload.Application.Cti;

/// <summary>The CTI engine (ADR 0023): contact period, three phases, checklists, WHO-5, the phase board.</summary>
public sealed class CtiModule : IEngineModule
{
    public const string Key = "cti";

    public void Register(IServiceCollection services)
    {
        services.AddScoped<ICitizenDataContributor, CtiCitizenData>(); // the citizen's rights (ADR 0052)
        services.AddScoped<ICtiDbContext>(sp => ((ICtiDbContext)sp.GetRequiredService<Common.ICaseloadDbContext>()));
        services.AddScoped<ICitizenEngineFilter, CtiCitizens>();
        services.AddScoped<CtiService>();
        services.AddSingleton(new FieldMode.OfflineForm("CTI-måling", FieldMode.OfflineForm.Path("/borgere/{id}/cti/maaling/[a-z0-9-]+"), []));
        services.AddScoped<CtiFidelity>();
        services.AddScoped<CtiQueries>();
        services.AddScoped<PhaseBoard>();
        services.AddScoped<IReflectionFigures, CtiReflectionFigures>();
        services.AddScoped<IBoardWorkerFigures, CtiBoardFigures>();
        services.AddScoped<ICourseEventSource, CtiEventSource>();
        services.AddScoped<ICourseGuard, CtiCourseGuard>();
        services.AddSingleton(new MethodDefinition(Domain.Teams.Method.Cti, StartsElsewhere: CtiCourseGuard.StartMessage, ClosesElsewhere: true,
            Phases: [.. new[] { Domain.Cti.CtiStage.ContactPeriod, Domain.Cti.CtiStage.Phase1, Domain.Cti.CtiStage.Phase2, Domain.Cti.CtiStage.Phase3 }
                .Select(s => Domain.Cti.CtiDanish.Danish(s))]));
        services.AddScoped<IDeadlineSource, CtiDeadlineSource>();
        services.AddScoped<Fhir.IFhirContributor, CtiFhir>(); // the FHIR export (ADR 0053)
        // The citizen's own view (ADR 0048 addendum): WHO-5 over time and the handover meetings ahead.
        services.AddScoped<CtiOwnView>();
        services.AddScoped<CitizenPortal.IOwnWho5Source>(sp => sp.GetRequiredService<CtiOwnView>());
        services.AddScoped<CitizenPortal.IOwnAppointmentSource>(sp => sp.GetRequiredService<CtiOwnView>());
    }
}
