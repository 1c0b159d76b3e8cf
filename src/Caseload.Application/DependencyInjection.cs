using Caseload.Application.Common;
using Caseload.Application.Common.Time;
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
        services.AddScoped<CommandRunner>();
        services.AddScoped<Citizens.CitizenQueries>();
        services.AddScoped<Citizens.CitizenService>();
        services.AddScoped<Courses.CourseService>();
        services.AddScoped<Courses.CourseQueries>();
        services.AddScoped<Contacts.ContactLogService>();
        services.AddScoped<Board.CaseloadBoard>();
        services.AddScoped<Cti.CtiService>();
        services.AddScoped<Cti.CtiQueries>();
        services.AddScoped<Cti.PhaseBoard>();
        services.AddScoped<Outreach.ReferralService>();
        services.AddScoped<Outreach.ReferralQueries>();
        services.AddScoped<Outreach.OutreachService>();
        services.AddScoped<Outreach.OutreachQueries>();
        services.AddScoped<Outreach.DeadlineList>();
        services.AddScoped<NetworkMaps.NetworkMapService>();
        services.AddScoped<NetworkMaps.NetworkMapQueries>();
        services.AddScoped<Drafts.DraftService>();
        services.AddScoped<Agreements.AgreementService>();
        services.AddScoped<Agreements.AgreementQueries>();
        services.AddScoped<Documents.CitizenDocuments>();
        services.AddScoped<ActionPlans.ActionPlanService>();
        services.AddScoped<Meetings.MeetingService>();
        services.AddScoped<Meetings.MeetingQueries>();
        services.AddScoped<Meetings.MyTasks>();
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
        return services;
    }
}
