using Caseload.Application.Engines;
using Caseload.Web.Engines;
using Microsoft.Extensions.DependencyInjection;

namespace Caseload.Web.Features.ActionPlans;

/// <summary>The ACT engine's web parts (ADR 0023): attaching another discipline on an ACT course's card.</summary>
public sealed class ActWebModule : IEngineModule
{
    public void Register(IServiceCollection services)
        => services.AddSingleton(new CourseCardExtension(Domain.Teams.Method.Act, "~/Features/ActionPlans/_AttachMember.cshtml"));
}
