using System.Net;
using System.Text.RegularExpressions;
using Caseload.TestSupport;
using Microsoft.AspNetCore.Mvc.Controllers;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Caseload.Web.Tests.Api;

/// <summary>The OpenAPI document is generated from the app and lists exactly its /api/v1 endpoints, with the client-credentials
/// scheme; it and the reference page are for signed-in administrators outside Development (ADR 0049).</summary>
public sealed partial class ApiDocumentTests(SqliteAppFactory app) : IClassFixture<SqliteAppFactory>
{
    [GeneratedRegex(@":[a-z]+(?=\})")]
    private static partial Regex Constraint();

    [Fact]
    public async Task TheDocumentListsExactlyTheApiEndpoints()
    {
        using var admin = TestClient.For(app);
        await admin.SignInAsync("admin@caseload.local");
        using var response = await admin.GetAsync("/admin/api/openapi/v1.json");
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var document = await response.JsonAsync();

        var documented = document.GetProperty("paths").EnumerateObject()
            .SelectMany(p => p.Value.EnumerateObject().Where(o => o.Name is "get" or "post" or "put" or "patch" or "delete").Select(o => $"{o.Name.ToUpperInvariant()} {p.Name}"))
            .Order().ToList();
        var endpoints = app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<ControllerActionDescriptor>() is not null && e.RoutePattern.RawText!.StartsWith("api/", StringComparison.Ordinal))
            .SelectMany(e => e.Metadata.GetMetadata<HttpMethodMetadata>()!.HttpMethods.Select(m => $"{m} /{Constraint().Replace(e.RoutePattern.RawText!, "")}"))
            .Order().ToList();
        documented.ShouldBe(endpoints);
        documented.ShouldBe([
            "GET /api/v1/citizens", "GET /api/v1/citizens/{id}", "GET /api/v1/citizens/{id}/courses", "GET /api/v1/citizens/{id}/deadlines", "GET /api/v1/citizens/{id}/fhir",
            "GET /api/v1/citizens/{id}/goals", "GET /api/v1/citizens/{id}/measurements", "GET /api/v1/feed", "POST /api/v1/referrals"]);

        var scheme = document.GetProperty("components").GetProperty("securitySchemes").GetProperty("oauth2");
        scheme.GetProperty("type").GetString().ShouldBe("oauth2");
        scheme.GetProperty("flows").GetProperty("clientCredentials").GetProperty("tokenUrl").GetString().ShouldBe("/connect/token");
        document.GetProperty("info").GetProperty("title").GetString().ShouldBe("Caseload API");
    }

    [Fact]
    public async Task TheDocumentAndReferencePageAreForAdministratorsOnly()
    {
        using var anonymous = TestClient.For(app);
        (await anonymous.GetAsync("/admin/api/openapi/v1.json")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await anonymous.GetAsync("/admin/api/dokumentation")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        using var worker = TestClient.For(app);
        await worker.SignInAsync("medarbejder1.fs@caseload.local");
        (await worker.GetAsync("/admin/api/openapi/v1.json")).StatusCode.ShouldNotBe(HttpStatusCode.OK);

        using var admin = TestClient.For(app);
        await admin.SignInAsync("admin@caseload.local");
        using (var start = await admin.GetAsync("/admin/api/dokumentation"))
            if (start.StatusCode != HttpStatusCode.OK) start.Headers.Location!.OriginalString.ShouldBe("dokumentation/"); // Scalar's own trailing slash
        using var page = await admin.GetAsync("/admin/api/dokumentation/");
        page.StatusCode.ShouldBe(HttpStatusCode.OK, page.Headers.Location?.OriginalString);
        (await page.Content.ReadAsStringAsync()).ShouldContain("<title>Caseload API</title>");
        page.Headers.GetValues("Content-Security-Policy").Single().ShouldContain("'nonce-");
    }
}
