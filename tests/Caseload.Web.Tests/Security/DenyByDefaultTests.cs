using System.Net;
using Caseload.TestSupport;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.Controllers;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Caseload.Web.Tests.Security;

/// <summary>Every controller action the app exposes is protected unless it is on the short public list,
/// so a new page cannot ship unprotected.</summary>
public sealed class DenyByDefaultTests(SqliteAppFactory app) : IClassFixture<SqliteAppFactory>
{
    private static readonly string[] PublicActions =
    [
        "Account.Login", "Account.LoginTwoFactor", "Account.AccessDenied", "Account.ForgotPassword", "Account.ResetPassword",
        "Sso.Start", "Sso.Callback", // single sign-on: to the provider and back (ADR 0044)
        "Error.ServerError", "Error.Status",
        "CalendarFeed.Feed", // a worker's own visits for the phone calendar: the secret token is the key (ADR 0033)
        "CitizenSignIn.Login", "CitizenSignIn.SendCode", "CitizenSignIn.Verify", // the citizen's sign-in to /mig (ADR 0042)
        "TestOnly.Throw", "TestOnly.AuditThenThrow", // added by the tests only
    ];

    [Fact]
    public async Task EveryNonPublicActionRefusesAnonymousRequests()
    {
        using var client = TestClient.For(app);
        var endpoints = app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<ControllerActionDescriptor>() is not null)
            .ToList();
        endpoints.Count.ShouldBeGreaterThan(20); // the enumeration itself works

        var checkedCount = 0;
        foreach (var endpoint in endpoints)
        {
            var action = endpoint.Metadata.GetMetadata<ControllerActionDescriptor>()!;
            var name = $"{action.ControllerName}.{action.ActionName}";
            var anonymousAllowed = endpoint.Metadata.GetMetadata<IAllowAnonymous>() is not null;
            anonymousAllowed.ShouldBe(PublicActions.Contains(name), $"{name} public? Update the list only on purpose.");
            if (anonymousAllowed) continue;

            var url = UrlFor(endpoint);
            var methods = endpoint.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods;
            var method = methods is { Count: > 0 } ? methods[0] : "GET";
            using var request = new HttpRequestMessage(new HttpMethod(method), new Uri(url, UriKind.Relative));
            if (method != "GET") request.Content = new FormUrlEncodedContent([]);
            using var response = await client.Http.SendAsync(request);
            var refused = response.StatusCode is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden
                          || (response.StatusCode == HttpStatusCode.Redirect && response.Headers.Location!.AbsolutePath is "/konto/log-ind" or "/mig/log-ind");
            refused.ShouldBeTrue($"{method} {url} ({name}) answered {(int)response.StatusCode} to an anonymous request");
            checkedCount++;
        }
        checkedCount.ShouldBeGreaterThan(15);
    }

    private static string UrlFor(RouteEndpoint endpoint)
    {
        var pattern = endpoint.RoutePattern;
        var segments = pattern.PathSegments.Select(segment => string.Concat(segment.Parts.Select(part => part switch
        {
            Microsoft.AspNetCore.Routing.Patterns.RoutePatternLiteralPart l => l.Content,
            Microsoft.AspNetCore.Routing.Patterns.RoutePatternSeparatorPart s => s.Content,
            Microsoft.AspNetCore.Routing.Patterns.RoutePatternParameterPart p =>
                pattern.RequiredValues.TryGetValue(p.Name, out var v) && v is string sv && sv.Length > 0 ? sv
                : p.Name is "id" or "citizenId" or "teamId" ? Guid.NewGuid().ToString() : p.Name == "code" ? "500" : "x",
            _ => "",
        })));
        return "/" + string.Join("/", segments);
    }
}
