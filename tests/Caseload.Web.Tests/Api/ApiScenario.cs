using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Caseload.Application.Api;
using Caseload.Application.Common.Time;
using Caseload.Domain.Teams;
using Caseload.TestSupport;
using Caseload.Web.Tests.Security;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Caseload.Web.Tests.Api;

/// <summary>Registers API clients and signs them in with the client-credentials flow against a test app (ADR 0049).</summary>
internal static class ApiScenario
{
    public const string Receiver = "Nexus";

    public static async Task<(Guid Id, string Secret)> RegisterAsync(this CaseloadAppFactory app, Method team, bool mayWrite = false,
        bool fullCpr = false, string name = "Nexus-test", string receiver = Receiver)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var teams = await scope.ServiceProvider.GetRequiredService<global::Caseload.Infrastructure.Persistence.CaseloadDbContext>().Teams
            .Where(t => t.Method == team).Select(t => t.Id).ToListAsync();
        var result = await scope.ServiceProvider.GetRequiredService<ApiClientAdministration>().RegisterAsync(new ApiClientInput
        {
            Name = name, Receiver = receiver, TeamIds = teams, MayWrite = mayWrite, MaySeeFullCpr = fullCpr,
        });
        result.Succeeded.ShouldBeTrue(string.Join(" ", result.Errors.Select(e => e.Value)));
        return (result.Value!.ClientId, result.Value.Secret);
    }

    public static HttpClient Http(this CaseloadAppFactory app)
        => app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false, BaseAddress = new Uri("https://localhost") });

    public static async Task<HttpResponseMessage> RequestTokenAsync(this CaseloadAppFactory app, Guid id, string secret)
    {
        using var http = app.Http();
        using var form = new FormUrlEncodedContent([new("grant_type", "client_credentials"), new("client_id", id.ToString()), new("client_secret", secret)]);
        return await http.PostAsync(new Uri("/connect/token", UriKind.Relative), form);
    }

    /// <summary>An HTTP client with a bearer token of the client.</summary>
    public static async Task<HttpClient> SignedInAsync(this CaseloadAppFactory app, Guid id, string secret)
    {
        using var response = await app.RequestTokenAsync(id, secret);
        var body = await response.Content.ReadAsStringAsync();
        response.IsSuccessStatusCode.ShouldBeTrue(body);
        var token = JsonDocument.Parse(body).RootElement.GetProperty("access_token").GetString();
        var http = app.Http();
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return http;
    }

    /// <summary>An active outreach citizen whose consent (given today) names <paramref name="receiver"/>.</summary>
    public static Task<Guid> OutreachCitizenWithConsentAsync(this CaseloadAppFactory app, int nth = 0, string receiver = Receiver)
        => app.QueryAsync(async db =>
        {
            var today = app.Services.GetRequiredService<IDanishClock>().Today;
            var cases = await db.OutreachCases.Include(c => c.Consents).OrderBy(c => c.Id).ToListAsync();
            var open = cases.Where(c => db.Courses.Any(k => k.Id == c.CourseId && k.Status == Domain.Courses.CourseStatus.Active)).ToList();
            var chosen = open[nth];
            chosen.AddConsent("Forløb, frister, mål og målinger", $"Egen læge, {receiver}", today.AddDays(-1), null, today);
            await db.SaveChangesAsync();
            return chosen.CitizenId;
        });

    /// <summary>An active outreach citizen with no consent at all.</summary>
    public static Task<Guid> OutreachCitizenWithoutConsentAsync(this CaseloadAppFactory app)
        => app.QueryAsync(async db =>
        {
            var fs = await db.Teams.Where(t => t.Method == Method.Outreach).Select(t => t.Id).ToListAsync();
            return await db.Citizens.Where(c => fs.Contains(c.TeamId) && !db.OutreachCases.Any(o => o.CitizenId == c.Id && o.Consents.Any())
                && !db.NetworkMaps.Any(m => m.CitizenId == c.Id && m.FullConsent)).Select(c => c.Id).FirstAsync();
        });

    public static async Task<JsonElement> JsonAsync(this HttpResponseMessage response)
        => JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

    public static Task<HttpResponseMessage> GetAsync(this HttpClient http, string url) => http.GetAsync(new Uri(url, UriKind.Relative));

    public static Task<HttpResponseMessage> PostJsonAsync<T>(this HttpClient http, string url, T body)
        => http.PostAsJsonAsync(new Uri(url, UriKind.Relative), body);
}
