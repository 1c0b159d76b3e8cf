using System.Net;
using Caseload.Domain.Auditing;
using Caseload.TestSupport;
using Microsoft.EntityFrameworkCore;

namespace Caseload.Web.Tests.Security;

public abstract class IdentityTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : CaseloadAppFactory, new()
{
    [Fact]
    public async Task LoginWithTheRightPasswordSignsInAndIsAudited()
    {
        using var client = TestClient.For(app);
        using var response = await client.LoginAsync("medarbejder1.cti@caseload.local");
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.OriginalString.ShouldBe("/");
        var home = await client.GetPageAsync("/");
        home.QuerySelector("h1")!.TextContent.ShouldBe("Velkommen, Jonas Berg");
        (await app.QueryAsync(db => db.AuditEntries.CountAsync(a => a.Action == AuditAction.SignedIn && a.UserName == "medarbejder1.cti@caseload.local")))
            .ShouldBeGreaterThan(0);
    }

    [Fact]
    public async Task LoginWithAWrongPasswordFailsInDanishAndDoesNotEchoThePassword()
    {
        using var client = TestClient.For(app);
        using var response = await client.LoginAsync("medarbejder2.cti@caseload.local", "forkert-kodeord-123");
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var html = await response.Content.ReadAsStringAsync();
        html.ShouldContain("Log ind mislykkedes. Tjek e-mail og adgangskode.");
        html.ShouldNotContain("forkert-kodeord-123");
        html.ShouldContain("value=\"medarbejder2.cti@caseload.local\""); // the e-mail is kept
    }

    [Fact]
    public async Task FiveFailedAttemptsLockTheAccountEvenForTheRightPassword()
    {
        using var client = TestClient.For(app);
        for (var i = 0; i < 5; i++) (await client.LoginAsync("medarbejder3.act@caseload.local", "forkert-kodeord-" + i)).Dispose();
        using var response = await client.LoginAsync("medarbejder3.act@caseload.local"); // right password
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await response.Content.ReadAsStringAsync()).ShouldContain("Log ind mislykkedes."); // the same words as a wrong password (no enumeration); the account is locked:
        var lockoutEnd = await app.QueryAsync(db => db.Users.Where(u => u.Email == "medarbejder3.act@caseload.local").Select(u => u.LockoutEnd).SingleAsync());
        lockoutEnd.ShouldNotBeNull();
        lockoutEnd.Value.ShouldBeGreaterThan(DateTimeOffset.UtcNow.AddMinutes(14));
    }

    [Fact]
    public async Task AuthenticatorAppCanBeTurnedOnAndIsThenRequiredAtLogin()
    {
        const string email = "medarbejder2.fs@caseload.local";
        using (var client = TestClient.For(app))
        {
            await client.SignInAsync(email);
            var page = await client.GetPageAsync("/min-konto");
            page.QuerySelector(".qr svg").ShouldNotBeNull(); // the QR code to scan
            page.QuerySelector(".qr svg")!.OuterHtml.ShouldNotContain("style="); // the CSP forbids inline styles
            var key = page.QuerySelector("#authenticator-key")!.TextContent;

            using (var wrong = await client.PostFormAsync("/min-konto", [new("Code", "000000")], "/to-faktor/aktiver"))
                (await wrong.Content.ReadAsStringAsync()).ShouldContain("Koden passer ikke");

            using var enabled = await client.PostFormAsync("/min-konto", [new("Code", Totp.Code(key, DateTimeOffset.UtcNow))], "/to-faktor/aktiver");
            enabled.StatusCode.ShouldBe(HttpStatusCode.Redirect);
            (await client.GetPageAsync("/min-konto")).Body!.TextContent.ShouldContain("Slået til.");

            using var fresh = TestClient.For(app);
            using var step1 = await fresh.LoginAsync(email);
            step1.Headers.Location!.OriginalString.ShouldStartWith("/konto/log-ind-2fa");
            (await fresh.GetAsync("/")).Headers.Location!.AbsolutePath.ShouldBe("/konto/log-ind"); // not signed in yet

            using (var bad = await fresh.PostFormAsync("/konto/log-ind-2fa", [new("Code", "123456")]))
                (await bad.Content.ReadAsStringAsync()).ShouldContain("Koden er forkert");

            using var step2 = await fresh.PostFormAsync("/konto/log-ind-2fa", [new("Code", Totp.Code(key, DateTimeOffset.UtcNow.AddSeconds(30)))]);
            step2.StatusCode.ShouldBe(HttpStatusCode.Redirect);
            step2.Headers.Location!.OriginalString.ShouldBe("/");
            (await fresh.GetPageAsync("/")).QuerySelector("h1")!.TextContent.ShouldContain("Hanne Vestergaard");
        }
    }

    [Fact]
    public async Task ForgotPasswordSendsAResetLinkToThePickupFolderThatWorks()
    {
        const string email = "medarbejder1.fs@caseload.local";
        using var client = TestClient.For(app);
        using var sent = await client.PostFormAsync("/konto/glemt-adgangskode", [new("Email", email)]);
        sent.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var mail = await app.WaitForMailAsync(m => m.Contains(email, StringComparison.Ordinal)); // sent in the background
        var decoded = DecodeQuotedPrintable(mail);
        var link = System.Text.RegularExpressions.Regex.Match(decoded, "href=\"(?<u>[^\"]+)\"").Groups["u"].Value;
        var url = new Uri(System.Net.WebUtility.HtmlDecode(link));
        url.AbsolutePath.ShouldBe("/konto/nulstil-adgangskode");

        using var reset = await client.PostFormAsync(url.PathAndQuery, [
            new("Email", email), new("Password", "Ny-adgangskode-2026"), new("ConfirmPassword", "Ny-adgangskode-2026"),
            new("Token", System.Web.HttpUtility.ParseQueryString(url.Query)["token"]!)]);
        reset.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        using var fresh = TestClient.For(app);
        await fresh.SignInAsync(email, "Ny-adgangskode-2026");
    }

    [Fact]
    public async Task ForgotPasswordDoesNotRevealWhetherAnAddressExists()
    {
        using var client = TestClient.For(app);
        using var response = await client.PostFormAsync("/konto/glemt-adgangskode", [new("Email", "findes.ikke@caseload.local")]);
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.OriginalString.ShouldBe("/konto/log-ind");
    }

    [Fact]
    public async Task ConfigurationCanMakeTwoFactorMandatoryForARole()
    {
        await using var strict = new TApp();
        strict.Settings["Security:RequireTwoFactorForRoles:0"] = "Administrator";
        using var admin = TestClient.For(strict);
        await admin.SignInAsync("admin@caseload.local");
        using var blocked = await admin.GetAsync("/admin/brugere");
        blocked.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        blocked.Headers.Location!.OriginalString.ShouldBe("/min-konto?required=True");
        (await admin.GetPageAsync("/min-konto?required=True")).Body!.TextContent.ShouldContain("Din rolle kræver to-faktor-godkendelse");

        using var worker = TestClient.For(strict); // other roles are not affected
        await worker.SignInAsync("medarbejder1.act@caseload.local");
        (await worker.GetAsync("/borgere")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task AdministratorCreatesAUserWhoCanLogInUntilDeactivated()
    {
        using var admin = TestClient.For(app);
        await admin.SignInAsync("admin@caseload.local");
        var form = await admin.GetPageAsync("/admin/brugere/ny");
        var ctiIndex = form.QuerySelectorAll("input[name$='.TeamName']").Select((e, i) => (e.GetAttribute("value"), i)).Single(x => x.Item1 == "CTI-team Solbjerg").i;

        using (var invalid = await admin.PostFormAsync("/admin/brugere/ny", [new("FullName", "Ny Kollega"), new("Email", "ikke-en-mail")], "/admin/brugere/ny"))
        {
            var html = await invalid.Content.ReadAsStringAsync();
            html.ShouldContain("E-mailadressen er ikke gyldig.");
            html.ShouldContain("Vælg mindst én rolle.");
            html.ShouldContain("value=\"Ny Kollega\""); // what was typed is kept
        }
        using (var shortPassword = await admin.PostFormAsync("/admin/brugere/ny", [new("FullName", "Ny Kollega"), new("Email", "ny@caseload.local"),
                   new("Password", "kort"), new("Roles", "Medarbejder")], "/admin/brugere/ny"))
            (await shortPassword.Content.ReadAsStringAsync()).ShouldContain("Adgangskoden skal være mindst 12 tegn.");

        // Every team row, as the browser posts it: member of the CTI team at 0,5 FTE, not of the others.
        var teamFields = form.QuerySelectorAll("input[name$='.TeamId']").SelectMany((e, i) => new KeyValuePair<string, string>[]
        {
            new($"Teams[{i}].TeamId", e.GetAttribute("value")!),
            new($"Teams[{i}].Role", i == ctiIndex ? "Member" : ""),
            new($"Teams[{i}].Fte", i == ctiIndex ? "0,5" : "1,0"),
        });
        using var created = await admin.PostFormAsync("/admin/brugere/ny", [
            new("FullName", "Ny Kollega"), new("Email", "ny@caseload.local"), new("Password", "Ny-kollega-2026"), new("Roles", "Medarbejder"),
            .. teamFields], "/admin/brugere/ny");
        created.StatusCode.ShouldBe(HttpStatusCode.Redirect);

        using (var colleague = TestClient.For(app))
        {
            await colleague.SignInAsync("ny@caseload.local", "Ny-kollega-2026");
            var citizens = await colleague.GetPageAsync("/borgere");
            citizens.Body!.TextContent.ShouldContain("Ahmed Hassan"); // a CTI citizen: the membership took effect
        }
        var fte = await app.QueryAsync(db => db.TeamMembers.Join(db.Users.Where(u => u.Email == "ny@caseload.local"), m => m.UserId, u => u.Id, (m, u) => m.Fte).SingleAsync());
        fte.ShouldBe(0.5m);

        var id = await app.QueryAsync(db => db.Users.Where(u => u.Email == "ny@caseload.local").Select(u => u.Id).SingleAsync());
        using (var deactivated = await admin.PostFormAsync($"/admin/brugere/{id}", [], $"/admin/brugere/{id}/deaktiver"))
            deactivated.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        using var blocked = TestClient.For(app);
        using var attempt = await blocked.LoginAsync("ny@caseload.local", "Ny-kollega-2026");
        (await attempt.Content.ReadAsStringAsync()).ShouldContain("Log ind mislykkedes.");
        (await app.QueryAsync(db => db.Users.CountAsync(u => u.Email == "ny@caseload.local"))).ShouldBe(1); // kept, not deleted
    }

    [Fact]
    public async Task ThereIsNoSelfRegistration()
    {
        using var client = TestClient.For(app);
        foreach (var url in new[] { "/konto/registrer", "/Identity/Account/Register", "/Account/Register" })
        {
            using var response = await client.GetAsync(url);
            response.StatusCode.ShouldNotBe(HttpStatusCode.OK, url);
        }
    }

    private static string DecodeQuotedPrintable(string s)
        => System.Text.RegularExpressions.Regex.Replace(s.Replace("=\r\n", "", StringComparison.Ordinal).Replace("=\n", "", StringComparison.Ordinal),
            "=([0-9A-F]{2})", m => ((char)Convert.ToInt32(m.Groups[1].Value, 16)).ToString());
}

public sealed class IdentityTestsOnSqlite(SqliteAppFactory app) : IdentityTests<SqliteAppFactory>(app);
public sealed class IdentityTestsOnPostgres(PostgresAppFactory app) : IdentityTests<PostgresAppFactory>(app);
