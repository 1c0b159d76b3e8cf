using Caseload.Application.Common;
using Caseload.Application.Common.Time;
using Caseload.Application.Engines;
using Caseload.Application.Security;
using FluentValidation;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Caseload.Application;

public static class DependencyInjection
{
    public static IServiceCollection AddApplication(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<IDanishClock, DanishClock>();
        services.AddScoped<IAccessScope, AccessScope>();
        // The API for other systems (issue #33, ADR 0049/0050).
        services.AddScoped<Api.ApiCaller>();
        services.AddScoped<Api.ApiConsent>();
        services.AddScoped<Api.FeedStamper>();
        services.AddScoped<Api.ApiReads>();
        services.AddScoped<Api.ApiFeed>();
        services.AddScoped<Api.ApiClientAdministration>();
        services.AddScoped<SessionMemberships>();
        services.AddScoped<CommandRunner>();
        services.AddSingleton<MethodDefinitions>();
        services.AddScoped<CitizenEngines>();
        services.AddScoped<Deadlines>();
        services.AddScoped<CourseEvents.CourseEventRecorder>();
        services.AddScoped<CourseEvents.CourseEventBackfill>();
        services.AddScoped<Results.MonthlyFigureRecorder>();
        services.AddScoped<Results.MonthlyFigureBackfill>();
        services.AddScoped<Results.TeamSeriesReader>();
        services.AddScoped<Results.Reviews.FidelityReviewService>();
        services.AddScoped<Results.CitizenOutcomes>();
        services.AddScoped<CourseEvents.Timeline>();
        services.AddScoped<CourseEvents.ICourseEventSource, Courses.CourseEventSource>();
        services.AddScoped<CourseEvents.ICourseEventSource, Contacts.ContactEventSource>();
        services.AddScoped<Citizens.CitizenQueries>();
        services.AddScoped<Citizens.CitizenService>();
        services.AddScoped<Courses.CourseService>();
        services.AddScoped<Courses.CourseQueries>();
        services.AddScoped<Contacts.ContactLogService>();
        services.AddScoped<Board.CaseloadBoard>();
        services.AddScoped<Drafts.DraftService>();
        services.AddScoped<FieldMode.FieldModeService>();
        services.AddScoped<DeadlineMail.DeadlineDigestService>();
        services.AddSingleton<FieldMode.OfflineForms>();
        // The contact log is every method's: its form can be filled offline (issue #31); new entries only, nothing to merge.
        services.AddSingleton(new FieldMode.OfflineForm("Kontakt", FieldMode.OfflineForm.Path("/borgere/{id}/kontakter"), []));
        services.AddScoped<Printing.PrintService>();
        services.AddScoped<Implementation.ImplementationService>();
        services.AddScoped<DropIn.DropInService>();
        services.AddScoped<Implementation.ReadinessService>();
        services.AddScoped<Implementation.TrainingPlanService>();
        services.AddScoped<Implementation.ImplementationGroupsService>();
        services.AddScoped<Implementation.RoleDescriptionService>();
        services.AddScoped<Implementation.ReflectionFigures>();
        services.AddScoped<Implementation.ReflectionService>();
        services.AddScoped<Partners.PartnerService>();
        services.AddScoped<Auditing.AuditSearch>();
        services.AddScoped<Teams.TeamFigures>();
        services.AddScoped<Teams.TeamAdministration>();
        services.AddValidatorsFromAssemblyContaining<CommandRunner>(ServiceLifetime.Singleton);
        services.AddEngineModulesFrom(typeof(DependencyInjection).Assembly); // CTI, outreach, ACT, the documents (ADR 0023)
        return services;
    }
}
