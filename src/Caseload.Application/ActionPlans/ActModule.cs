using Caseload.Application.Engines;
using Microsoft.Extensions.DependencyInjection;

namespace Caseload.Application.ActionPlans;

/// <summary>The ACT engine (ADR 0023): the action plan (indsatsplan) made with the citizen, and the team's week: the team meeting,
/// intensified support and shared visits.</summary>
public sealed class ActModule : IEngineModule
{
    public const string Key = "act";

    public void Register(IServiceCollection services)
    {
        services.AddScoped<ICitizenDataContributor, ActCitizenData>(); // the citizen's rights (ADR 0052)
        services.AddScoped<IActDbContext>(sp => ((IActDbContext)sp.GetRequiredService<Common.ICaseloadDbContext>()));
        services.AddScoped<ICitizenEngineFilter, ActCitizens>();
        services.AddScoped<ActionPlanService>();
        services.AddSingleton(new FieldMode.OfflineForm("Indsatsplan", FieldMode.OfflineForm.Path("/borgere/{id}/indsatsplan"), ["Input.Goals"], "Input.Version"));
        services.AddScoped<ActionPlanSummary>();
        services.AddScoped<CitizenPortal.IOwnDocumentSource, ActOwnDocuments>(); // the plan on the citizen's own view (ADR 0042)
        services.AddScoped<ActResults>();
        services.AddScoped<IReflectionFigures, ActReflectionFigures>(); // the reflection day shows the results page's DACTS items
        services.AddScoped<Results.Reviews.IFidelityReviewScale, ActFidelityReviewScale>(); // the fidelity review (ADR 0055)
        services.AddScoped<ICitizenDocumentLines>(sp => sp.GetRequiredService<ActionPlanSummary>());
        services.AddScoped<CourseEvents.ICourseEventSource, ActionPlanEventSource>();
        services.AddScoped<Fhir.IFhirContributor, ActionPlanFhir>(); // the FHIR export (ADR 0053)
        services.AddSingleton(new MethodDefinition(Domain.Teams.Method.Act, CourseHasMembers: true));
        // The ACT week (issue #30, ADR 0032): the team meeting and intensified support.
        services.AddScoped<TeamMeetingQueries>();
        services.AddScoped<TeamMeetingService>();
        services.AddScoped<IntensifiedSupportService>();
        services.AddScoped<CourseEvents.ICourseEventSource, TeamWeekEventSource>();
        services.AddScoped<IMyTaskSource, TeamMeetingTaskSource>();
        services.AddScoped<IBoardWorkerFigures, ActBoardFigures>();
        // Shared visits (ADR 0033): the team's week, the worker's own week and the phone calendar feed.
        services.AddScoped<TeamVisitQueries>();
        services.AddScoped<TeamVisitService>();
        services.AddScoped<CalendarFeedService>();
        services.AddScoped<CitizenPortal.IOwnAppointmentSource, ActOwnVisits>(); // the visits ahead on the citizen's own view (ADR 0048 addendum)
        // SMS reminders the day before a visit (ADR 0038): the consent on the citizen page, the sending by a hosted job.
        services.AddScoped<SmsConsentService>();
        services.AddScoped<SmsReminderService>();
    }
}
