using System.Net;
using Caseload.Application.CitizenPortal;
using Caseload.Domain.Courses;
using Caseload.Domain.Teams;
using Caseload.TestSupport;
using Caseload.Web.Tests.Security;
using Microsoft.EntityFrameworkCore;

namespace Caseload.Web.Tests.CitizenPortal;

/// <summary>The demo ACT team's citizens with medarbejder1.act as primary worker; each test takes its own citizen and phone.</summary>
internal static class CitizenPortalScenario
{
    public const string Worker = "medarbejder1.act@caseload.local";
    public const string Pin = "4711";

    /// <summary>The <paramref name="index"/>-th ACT citizen of medarbejder1.act (by name), with their name.</summary>
    public static async Task<(Guid Id, string Name)> CitizenAsync(CaseloadAppFactory app, int index)
    {
        var worker = await app.QueryAsync(db => db.Users.Where(u => u.Email == Worker).Select(u => u.Id).SingleAsync());
        var citizens = await app.QueryAsync(db => db.Courses
            .Where(c => c.Status == CourseStatus.Active && c.Method == Method.Act && c.PrimaryWorkerId == worker)
            .Join(db.Citizens, c => c.CitizenId, z => z.Id, (c, z) => new { z.Id, z.Name })
            .Distinct().OrderBy(z => z.Name).ToListAsync());
        citizens.Count.ShouldBeGreaterThan(index);
        return (citizens[index].Id, citizens[index].Name);
    }

    public static string PhoneFor(int index) => $"+452200{index:D4}";

    public static async Task EnableAsync(TestClient worker, Guid citizen, string phone, string pin = Pin)
    {
        using var response = await worker.PostFormAsync($"/borgere/{citizen}", [new("Access.Phone", phone), new("Access.Pin", pin), new("Access.PinAgain", pin)],
            $"/borgere/{citizen}/borgeradgang");
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
    }

    /// <summary>Asks for a code and reads it from the SMS outbox (ADR 0038).</summary>
    public static async Task<string> CodeAsync(CaseloadAppFactory app, TestClient citizen, string phone)
    {
        var before = Directory.Exists(app.SmsDirectory) ? Directory.GetFiles(app.SmsDirectory, "*.txt").ToHashSet() : [];
        using (var sent = await citizen.PostFormAsync("/mig/log-ind", [new("phone", phone)])) sent.StatusCode.ShouldBe(HttpStatusCode.OK);
        var file = Directory.GetFiles(app.SmsDirectory, "*.txt").Where(f => !before.Contains(f))
            .Single(f => File.ReadAllText(f).Contains($"Til: {phone}", StringComparison.Ordinal));
        var text = await File.ReadAllTextAsync(file);
        return System.Text.RegularExpressions.Regex.Match(text, @"koden? til Caseload er (\d{6})", System.Text.RegularExpressions.RegexOptions.IgnoreCase).Groups[1].Value;
    }

    /// <summary>Posts the code form as the page offers it (the phone travels in a hidden field).</summary>
    public static async Task<HttpResponseMessage> VerifyAsync(TestClient citizen, string phone, string code, string pin)
    {
        var page = await citizen.GetPageAsync("/mig/log-ind"); // any /mig form carries the antiforgery token
        var token = page.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        using var content = new FormUrlEncodedContent([new("Phone", phone), new("Code", code), new("Pin", pin), new("__RequestVerificationToken", token)]);
        return await citizen.Http.PostAsync(new Uri("/mig/kode", UriKind.Relative), content);
    }

    public static async Task SignInAsync(CaseloadAppFactory app, TestClient citizen, string phone, string pin = Pin)
    {
        var code = await CodeAsync(app, citizen, phone);
        using var response = await VerifyAsync(citizen, phone, code, pin);
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect, (await TestClient.ParseAsync(response)).QuerySelector("#mig-fejl")?.TextContent);
        response.Headers.Location!.OriginalString.ShouldBe("/mig");
    }

    public static string ActorOf(Guid citizen) => new CitizenIdentity(citizen, null).ActorId!;
}
