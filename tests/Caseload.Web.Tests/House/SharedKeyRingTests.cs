using System.Net;
using Caseload.TestSupport;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;

namespace Caseload.Web.Tests.House;

/// <summary>The Data Protection keys live in the database (PersistKeysToDbContext): a sign-in made on one web
/// instance is accepted by another instance — or by the same app after a restart — on the same database.</summary>
public sealed class SharedKeyRingTests
{
    [Fact]
    public async Task ASignInCookieFromOneInstanceIsAcceptedByAnother()
    {
        var folder = Path.Combine(Path.GetTempPath(), "caseload-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        var connectionString = $"Data Source={Path.Combine(folder, "shared.db")}";
        try
        {
            string authCookie;
            await using (var first = new SqliteAppFactory())
            {
                first.Settings["Database:ConnectionString"] = connectionString;
                using var client = TestClient.For(first);
                using var login = await client.LoginAsync("medarbejder1.act@caseload.local");
                login.StatusCode.ShouldBe(HttpStatusCode.Redirect);
                authCookie = login.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("caseload.auth=", StringComparison.Ordinal)).Split(';')[0];
            }
            SqliteConnection.ClearAllPools();

            await using var second = new SqliteAppFactory();
            second.Settings["Database:ConnectionString"] = connectionString;
            using var http = second.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false, BaseAddress = new Uri("https://localhost") });
            using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("/mine-borgere", UriKind.Relative));
            request.Headers.Add("Cookie", authCookie);
            using var response = await http.SendAsync(request);
            response.StatusCode.ShouldBe(HttpStatusCode.OK);
            (await response.Content.ReadAsStringAsync()).ShouldContain("Bent Kristensen");

            using var anonymous = await http.GetAsync(new Uri("/mine-borgere", UriKind.Relative));
            anonymous.StatusCode.ShouldBe(HttpStatusCode.Redirect); // the page is not open without the cookie
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            try { Directory.Delete(folder, recursive: true); } catch (IOException) { }
        }
    }
}
