using System.Net;
using System.Text.RegularExpressions;
using Caseload.TestSupport;

namespace Caseload.Web.Tests.Security;

/// <summary>No account enumeration (issue #8, item 4): an unknown e-mail, a wrong password, a locked and a
/// deactivated account get the same response; the reset page answers the same for known and unknown addresses.
/// (Timing is equalised by hashing a dummy password for unknown users; tests compare responses, not times.)</summary>
public sealed partial class AccountEnumerationTests(SqliteAppFactory app) : IClassFixture<SqliteAppFactory>
{
    private async Task<(HttpStatusCode Status, string Page)> SignInAsync(string email, string password)
    {
        using var client = TestClient.For(app);
        using var response = await client.LoginAsync(email, password);
        var page = await TestClient.ParseAsync(response);
        return (response.StatusCode, Normalise(page.QuerySelector("main")?.TextContent ?? ""));
    }

    private static string Normalise(string text) => Whitespace().Replace(text, " ").Trim();

    [Fact]
    public async Task EveryFailedSignInLooksTheSame()
    {
        using (var admin = TestClient.For(app))
        {
            await admin.SignInAsync("admin@caseload.local");
            var id = await app.QueryAsync(db => Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions
                .SingleAsync(db.Users.Where(u => u.Email == "teamleder.cti@caseload.local").Select(u => u.Id)));
            using var deactivated = await admin.PostWithTokenAsync($"/admin/brugere/{id}/deaktiver", []);
        }
        for (var i = 0; i < 6; i++) await SignInAsync("medarbejder1.fs@caseload.local", "forkert-kode-nummer-" + i); // now locked out

        var unknown = await SignInAsync("findes.ikke@caseload.local", "Caseload-demo-2026");
        var wrongPassword = await SignInAsync("medarbejder2.cti@caseload.local", "forkert-adgangskode");
        var lockedOut = await SignInAsync("medarbejder1.fs@caseload.local", "Caseload-demo-2026");
        var deactivatedAccount = await SignInAsync("teamleder.cti@caseload.local", "Caseload-demo-2026");

        unknown.Status.ShouldBe(HttpStatusCode.OK);
        unknown.Page.ShouldContain("Log ind mislykkedes.");
        foreach (var other in new[] { wrongPassword, lockedOut, deactivatedAccount })
        {
            other.Status.ShouldBe(unknown.Status);
            other.Page.ShouldBe(unknown.Page.Replace("findes.ikke@caseload.local", "", StringComparison.Ordinal), customMessage: "differs") ;
        }
    }

    [Fact]
    public async Task TheResetPageAnswersTheSameForKnownAndUnknownAddresses()
    {
        async Task<string> ResetAsync(string email)
        {
            using var client = TestClient.For(app);
            using var response = await client.PostFormAsync("/konto/nulstil-adgangskode?email=x&token=y", [new("Email", email), new("Token", "ikke-et-gyldigt-token"),
                new("Password", "En-helt-ny-kode-2026"), new("ConfirmPassword", "En-helt-ny-kode-2026")]);
            response.StatusCode.ShouldBe(HttpStatusCode.OK);
            return (await TestClient.ParseAsync(response)).QuerySelector("#fejl-oversigt")!.TextContent.Trim();
        }
        var known = await ResetAsync("medarbejder1.act@caseload.local");
        var unknown = await ResetAsync("findes.ikke@caseload.local");
        known.ShouldContain("Linket er ugyldigt eller udløbet.");
        unknown.ShouldBe(known);
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
