using Caseload.Application.CourseEvents;
using Caseload.Application.Engines;
using Microsoft.Extensions.DependencyInjection;

namespace Caseload.Application.Outreach;

/// <summary>The outreach engine (fremskudt sagsbehandling, ADR 0023): referrals, screening, the 14 steps with
/// working-day deadlines, consents and closing.</summary>
public sealed class OutreachModule : IEngineModule
{
    public const string Key = "outreach";

    public void Register(IServiceCollection services)
    {
        services.AddScoped<ICitizenDataContributor, OutreachCitizenData>(); // the citizen's rights (ADR 0052)
        services.AddScoped<IOutreachDbContext>(sp => ((IOutreachDbContext)sp.GetRequiredService<Common.ICaseloadDbContext>()));
        services.AddScoped<ICitizenEngineFilter, OutreachCitizens>();
        services.AddScoped<ReferralService>();
        services.AddScoped<ApiReferrals>(); // referrals from other systems (issue #33, ADR 0049)
        services.AddScoped<ReferralQueries>();
        services.AddScoped<OutreachService>();
        services.AddSingleton(new FieldMode.OfflineForm("Kontaktforsøg", FieldMode.OfflineForm.Path("/borgere/{id}/fs/kontaktforsoeg"), []));
        services.AddScoped<OutreachQueries>();
        services.AddScoped<DeadlineList>();
        services.AddScoped<IReflectionFigures, OutreachReflectionFigures>();
        services.AddScoped<OutreachResults>();
        services.AddScoped<ICourseEventSource, OutreachEventSource>();
        services.AddScoped<ICourseGuard, OutreachCourseGuard>();
        services.AddSingleton(new MethodDefinition(Domain.Teams.Method.Outreach, StartsElsewhere: OutreachCourseGuard.StartMessage,
            Phases: ["Henvisning og første kontakt", "Første møde og afklaring", "Koordinering og opfølgning", "Afslutning og opfølgningsmøde"]));
        services.AddScoped<IDeadlineSource, OutreachDeadlineSource>();
        services.AddScoped<IConsentSource, OutreachConsents>();
        services.AddScoped<ICitizenAgeSource, ScreeningAgeSource>();
    }
}
