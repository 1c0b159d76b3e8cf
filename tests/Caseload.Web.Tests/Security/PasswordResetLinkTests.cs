using System.Net;
using Caseload.TestSupport;

namespace Caseload.Web.Tests.Security;

/// <summary>Password-reset links never come from the request (issue #8, item 1): a forged Host header changes
/// nothing in the mail; the link is built from App:PublicBaseUrl.</summary>
public sealed class PasswordResetLinkTests(SqliteAppFactory app) : IClassFixture<SqliteAppFactory>
{
    [Fact]
    public async Task AForgedHostHeaderChangesNothingInTheMail()
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

        var mail = Directory.GetFiles(app.MailDirectory, "*.eml").Select(File.ReadAllText).Single(m => m.Contains("medarbejder2.act", StringComparison.Ordinal));
        var decoded = System.Text.RegularExpressions.Regex.Replace(mail, "=\r?\n", "").Replace("=3D", "=", StringComparison.Ordinal);
        decoded.ShouldNotContain("evil.example");
        decoded.ShouldContain(CaseloadAppFactory.PublicBaseUrl + "/konto/nulstil-adgangskode?");
    }
}
