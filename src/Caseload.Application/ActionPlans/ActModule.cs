using Caseload.Application.Engines;
using Microsoft.Extensions.DependencyInjection;

namespace Caseload.Application.ActionPlans;

/// <summary>The ACT engine (ADR 0023): the action plan (indsatsplan) made with the citizen; later the ACT week.</summary>
public sealed class ActModule : IEngineModule
{
    public const string Key = "act";

    public void Register(IServiceCollection services)
    {
        services.AddScoped<IActDbContext>(sp => ((IActDbContext)sp.GetRequiredService<Common.ICaseloadDbContext>()));
        services.AddScoped<ICitizenEngineFilter, ActCitizens>();
        services.AddScoped<ActionPlanService>();
        services.AddScoped<ActionPlanSummary>();
        services.AddScoped<ActResults>();
        services.AddScoped<ICitizenDocumentLines>(sp => sp.GetRequiredService<ActionPlanSummary>());
        services.AddScoped<CourseEvents.ICourseEventSource, ActionPlanEventSource>();
        services.AddSingleton(new MethodDefinition(Domain.Teams.Method.Act, CourseHasMembers: true));
    }
}
