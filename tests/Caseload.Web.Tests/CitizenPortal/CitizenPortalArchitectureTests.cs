using Caseload.Application.CitizenPortal;
using Caseload.Application.Security;
using Caseload.TestSupport;
using Caseload.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.Controllers;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Caseload.Web.Tests.CitizenPortal;

/// <summary>Over every endpoint of the app (reflection, ADR 0042): no staff route accepts the citizen's scheme, and every citizen route
/// accepts only it, takes the citizen's own record (<see cref="OwnCitizen"/>) and no id or other scope handle.</summary>
public sealed class CitizenPortalArchitectureTests(SqliteAppFactory app) : IClassFixture<SqliteAppFactory>
{
    [Fact]
    public async Task NoStaffRouteAcceptsTheCitizenSchemeAndEveryCitizenRouteUsesOnlyTheCitizensOwnScope()
    {
        var policies = app.Services.GetRequiredService<IAuthorizationPolicyProvider>();
        var endpoints = app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<ControllerActionDescriptor>() is not null).ToList();
        endpoints.Count.ShouldBeGreaterThan(100);
        int staff = 0, citizen = 0, api = 0;
        foreach (var endpoint in endpoints)
        {
            var action = endpoint.Metadata.GetMetadata<ControllerActionDescriptor>()!;
            var name = $"{action.ControllerName}.{action.ActionName} ({endpoint.RoutePattern.RawText})";
            if (endpoint.Metadata.GetMetadata<IAllowAnonymous>() is not null) continue;
            var policy = await AuthorizationPolicy.CombineAsync(policies, endpoint.Metadata.GetOrderedMetadata<IAuthorizeData>(),
                endpoint.Metadata.GetOrderedMetadata<AuthorizationPolicy>()) ?? await policies.GetFallbackPolicyAsync();
            policy.ShouldNotBeNull(name);
            policy.AuthenticationSchemes.Count.ShouldBe(1, $"{name} names exactly one scheme");
            var handles = action.Parameters.Where(p => ScopeHandles.IsHandle(p.ParameterType)).Select(p => p.ParameterType).ToList();
            if (policy.AuthenticationSchemes[0] == CitizenActor.Scheme)
            {
                citizen++;
                endpoint.RoutePattern.RawText!.ShouldStartWith("mig", Case.Sensitive, name);
                endpoint.RoutePattern.Parameters.ShouldBeEmpty($"{name}: a citizen route takes no id from the address");
                handles.ShouldAllBe(t => t == typeof(OwnCitizen), $"{name}: a citizen route uses only the citizen's own scope");
                action.Parameters.ShouldNotContain(p => p.ParameterType == typeof(Guid) || p.ParameterType == typeof(Guid?), name);
                action.ControllerTypeInfo.Namespace.ShouldBe(typeof(Features.CitizenPortal.MigController).Namespace, name);
            }
            else if (policy.AuthenticationSchemes[0] == Policies.ApiScheme)
            {
                // Other systems' API (ADR 0049): only its bearer scheme, only under api/v1, only on the API's base controller.
                api++;
                endpoint.RoutePattern.RawText!.ShouldStartWith("api/v1/", Case.Sensitive, name);
                handles.ShouldAllBe(t => t == typeof(ScopedCitizen), $"{name}: the API reads through the client's access scope");
                // An engine may own its endpoints (the outreach referral, ADR 0023), but every API controller is one of the API's.
                typeof(Features.Api.ApiControllerBase).IsAssignableFrom(action.ControllerTypeInfo).ShouldBeTrue(name);
            }
            else
            {
                staff++;
                policy.AuthenticationSchemes[0].ShouldBe(Policies.StaffScheme, name);
                handles.ShouldNotContain(typeof(OwnCitizen), name);
                endpoint.RoutePattern.RawText!.ShouldNotStartWith("mig", Case.Sensitive, name);
                endpoint.RoutePattern.RawText!.ShouldNotStartWith("api", Case.Sensitive, name);
            }
        }
        staff.ShouldBeGreaterThan(100);
        citizen.ShouldBeGreaterThanOrEqualTo(2);
        api.ShouldBe(9); // with GET api/v1/citizens/{id}/fhir (ADR 0053)
    }
}
