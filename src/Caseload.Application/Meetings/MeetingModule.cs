using Caseload.Application.Engines;
using Microsoft.Extensions.DependencyInjection;

namespace Caseload.Application.Meetings;

/// <summary>Coordinating meetings (ADR 0023): agenda, invitation, minutes and the tasks that land on "Mine opgaver".</summary>
public sealed class MeetingModule : IEngineModule
{
    public void Register(IServiceCollection services)
    {
        services.AddScoped<ICitizenDataContributor, MeetingCitizenData>(); // the citizen's rights (ADR 0052)
        services.AddScoped<MeetingService>();
        services.AddScoped<MeetingQueries>();
        services.AddScoped<MyTasks>();
        services.AddScoped<IMyTaskSource, MeetingTaskSource>();
        services.AddScoped<CitizenPortal.IOwnAppointmentSource, MeetingOwnAppointments>(); // the meetings ahead on the citizen's own view
    }
}
