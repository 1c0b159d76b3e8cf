using System.Net;
using Caseload.TestSupport;
using Caseload.Web.Features.Account;
using Caseload.Web.Hosting;

namespace Caseload.Web.Tests.Security;

/// <summary>Password-reset links never come from the request (issue #8, item 1; issue #28 item 11): a forged Host header
/// changes nothing in the mail; the link is built from App:PublicBaseUrl, and in Development without it from the app's
/// own address.</summary>
public sealed class PasswordResetLinkTests(SqliteAppFactory app) : IClassFixture<SqliteAppFactory>
{
    private static async Task<string> MailAfterAForgedHostAsync(CaseloadAppFactory app)
    {
        using var client = TestClient.For(app);
        var page = await client.GetPageAsync("/konto/glemt-adgangskode");
        var token = page.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/konto/glemt-adgangskode", UriKind.Relative))
        {
            Content = new FormUrlEncodedContent([new("Email", "medarbejder2.act@caseload.local"), new("__RequestVerificationToken", token)]),
        };
        request.Headers.Host = "evil.example";
        request.Headers.Add("X-Forwarded-Host", "evil.example");
        using var response = await client.Http.SendAsync(request);
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);

        var mail = await app.WaitForMailAsync(m => m.Contains("medarbejder2.act", StringComparison.Ordinal)); // sent in the background
        return System.Text.RegularExpressions.Regex.Replace(mail, "=\r?\n", "").Replace("=3D", "=", StringComparison.Ordinal);
    }

    [Fact]
    public async Task AForgedHostHeaderChangesNothingInTheMail()
    {
        var mail = await MailAfterAForgedHostAsync(app);
        mail.ShouldNotContain("evil.example");
        mail.ShouldContain(CaseloadAppFactory.PublicBaseUrl + "/konto/nulstil-adgangskode?");
    }

    [Fact]
    public async Task InDevelopmentWithoutAPublicAddressTheLinkIsTheAppsOwnAddress()
    {
        await using var development = new SqliteAppFactory { Environment = "Development" };
        development.Settings["App:PublicBaseUrl"] = "";
        var mail = await MailAfterAForgedHostAsync(development);
        mail.ShouldNotContain("evil.example");
        mail.ShouldContain(PublicAddress.DevelopmentFallbackUrl + "/konto/nulstil-adgangskode?"); // the test server listens on no address
    }
}
