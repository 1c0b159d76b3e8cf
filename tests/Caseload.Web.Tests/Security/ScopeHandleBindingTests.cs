using Caseload.Application.Security;
using Caseload.TestSupport;
using Caseload.Web.Security;
using Microsoft.AspNetCore.Mvc.Controllers;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Patterns;
using Microsoft.Extensions.DependencyInjection;

namespace Caseload.Web.Tests.Security;

/// <summary>ADR 0025: the record a page is about is bound from the route as a scope handle, so a new action cannot
/// forget the scope check — it never sees a bare id to look up.</summary>
public sealed class ScopeHandleBindingTests(SqliteAppFactory app) : IClassFixture<SqliteAppFactory>
{
    /// <summary>Old addresses only redirect to the new one (which binds the handle); the test-only controller reads no record.</summary>
    private static readonly string[] ReadNoRecord = ["LegacyUrls", "TestOnly"];

    [Fact]
    public void EveryActionBindsTheFirstIdInItsRouteToAScopeHandle()
    {
        var offenders = new List<string>();
        var checkedCount = 0;
        foreach (var (route, action) in Actions())
        {
            if (ReadNoRecord.Contains(action.ControllerName)) continue;
            var id = route.Parameters.FirstOrDefault(p => p.ParameterPolicies.Any(c => c.Content == "guid"));
            if (id is null) continue;
            var bound = action.Parameters.Where(p => string.Equals(p.BindingInfo?.BinderModelName ?? p.Name, id.Name, StringComparison.OrdinalIgnoreCase)).ToList();
            if (bound.Count != 1 || !ScopeHandles.IsHandle(bound[0].ParameterType) || bound[0].BindingInfo?.BindingSource != BindingSource.Path)
                offenders.Add($"{action.ControllerName}.{action.ActionName} ({route.RawText})");
            checkedCount++;
        }
        offenders.ShouldBeEmpty("take a scope handle (ScopedCitizen, LedCourse, LedTeam, OwnRecord<T>) bound from the route instead of the id");
        checkedCount.ShouldBeGreaterThan(90);
    }

    [Fact]
    public void EveryCitizenPageTakesAScopedCitizen()
    {
        var citizenPages = Actions().Where(x => x.Route.RawText!.StartsWith("borgere/{id", StringComparison.Ordinal)).ToList();
        citizenPages.Count.ShouldBeGreaterThan(40);
        citizenPages.Where(x => !x.Action.Parameters.Any(p => p.ParameterType == typeof(ScopedCitizen)))
            .Select(x => $"{x.Action.ControllerName}.{x.Action.ActionName}").ShouldBeEmpty();
    }

    private List<(RoutePattern Route, ControllerActionDescriptor Action)> Actions()
        => app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Select(e => (Route: e.RoutePattern, Action: e.Metadata.GetMetadata<ControllerActionDescriptor>()!))
            .Where(x => x.Action is not null).ToList();
}

/// <summary>An organisation record's handle proves the role that keeps such records, without a query.</summary>
public sealed class OwnRecordTests
{
    [Theory]
    [InlineData(Roles.Manager, true, true, false)]
    [InlineData(Roles.TeamLeader, true, true, false)]
    [InlineData(Roles.Worker, false, false, false)]
    [InlineData(Roles.Administrator, false, true, true)] // the administrator keeps the registers: centres and partners (ADR 0030)
    public void TheScopeHandsOutAnOrganisationRecordOnlyToARoleThatKeepsIt(string role, bool implementationRecords, bool registers, bool teamSettings)
    {
        var scope = new AccessScope(null!, new UserInRole(role), new SessionMemberships(), new Application.Engines.CitizenEngines([])); // null: no query may be needed
        var id = Guid.NewGuid();
        (scope.OwnRecord<Domain.Partners.Partner>(id)?.Id == id).ShouldBe(registers);
        (scope.OwnRecord<Domain.Implementation.ImplementationProject>(id) is not null).ShouldBe(implementationRecords);
        (scope.OwnRecord<Domain.DropIn.DropInCentre>(id) is not null).ShouldBe(registers);
        (scope.OwnRecord<Domain.Implementation.RoleDescription>(id) is not null).ShouldBe(implementationRecords);
        (scope.OwnRecord<Domain.Teams.Team>(id) is not null).ShouldBe(teamSettings);
        scope.OwnRecord<Domain.Citizens.Citizen>(id).ShouldBeNull("a citizen is never the organisation's own record");
    }

    private sealed class UserInRole(string role) : Application.Common.ICurrentUser
    {
        public string? UserId => "u";
        public string? UserName => "u";
        public string? IpAddress => null;
        public bool IsInRole(string r) => r == role;
    }
}
