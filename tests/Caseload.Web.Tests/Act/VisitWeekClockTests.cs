using Caseload.Application.ActionPlans;
using Caseload.Application.Common.Time;
using Caseload.TestSupport;
using Caseload.Web.Tests.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Caseload.Web.Tests.Act;

/// <summary>Planned against achieved in Danish dates (ADR 0033), with the app's clock on the night summer time ends: a contact at
/// 00:05 on Monday 26-10-2026 is still Sunday in UTC, yet it holds Monday's visit, not Sunday's; and the week view's "this week"
/// follows the Danish date at 23:59, 00:05, 09:00 and 14:59 and over the year end's week 53.</summary>
public sealed class VisitWeekClockTests : IAsyncLifetime
{
    private readonly SqliteAppFactory _app = new() { Clock = new FakeTimeProvider(Utc("2026-10-25", 23, 59)) };

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _app.DisposeAsync();

    private static DateTimeOffset Utc(string day, int hour, int minute)
    {
        DanishTime.TryToUtc(DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture).ToDateTime(new TimeOnly(hour, minute)), out var utc).ShouldBeTrue();
        return new DateTimeOffset(utc, TimeSpan.Zero);
    }

    private static KeyValuePair<string, string> F(string name, string value) => new(name, value);

    private async Task<TestClient> SignedInAsync(string email)
    {
        var client = TestClient.For(_app);
        await client.SignInAsync(email);
        return client;
    }

    [Fact]
    public async Task AContactAfterMidnightHoldsTheNewDaysVisitAndTheWeekFollowsTheDanishDate()
    {
        var team = await _app.QueryAsync(db => db.Teams.Where(t => t.Name == "ACT-team Solbjerg").Select(t => t.Id).SingleAsync());
        var url = $"/act/teams/{team}/besoeg";
        var lise = await _app.CitizenIdAsync("Lise Mortensen");
        var ole = await _app.QueryAsync(db => db.Users.Where(u => u.Email == "medarbejder2.act@caseload.local").Select(u => u.Id).SingleAsync());
        var clock = _app.Services.GetRequiredService<IDanishClock>();

        // Sunday 25-10 at 23:59: this week is week 43; Ole's visit with Lise is planned for tonight and one for Monday.
        using var client = await SignedInAsync("medarbejder2.act@caseload.local");
        (await client.GetPageAsync(url)).QuerySelector("h1 + p")!.TextContent.ShouldContain("Uge 43, 2026");
        foreach (var (date, time) in new[] { ("2026-10-25", "23:58"), ("2026-10-26", "00:00") })
            await client.PostFormForRedirectAsync(url, [F("Visit.CitizenId", lise.ToString()), F("Visit.WorkerId", ole), F("Visit.Date", date), F("Visit.StartsAt", time), F("Visit.Place", "Home")], "/besoeg");

        // 00:06 Danish time on Monday (23:06 UTC on Sunday): Ole logs the home visit he made at 00:05.
        _app.Clock!.SetUtcNow(Utc("2026-10-26", 0, 6));
        clock.Today.ShouldBe(new DateOnly(2026, 10, 26));
        using (var logged = await client.PostFormAsync($"/borgere/{lise}", [F("Contact.OccurredAt", "2026-10-26T00:05"), F("Contact.Channel", "HomeVisit"),
                   F("Contact.Achieved", "true")], $"/borgere/{lise}/kontakter"))
            logged.StatusCode.ShouldBe(System.Net.HttpStatusCode.Redirect);

        string Status(AngleSharp.Html.Dom.IHtmlDocument page, string time)
            => page.GetElementById($"borger-{lise}")!.QuerySelectorAll(".besoeg").Single(b => b.TextContent.Contains(time, StringComparison.Ordinal)).GetAttribute("data-status")!;
        var monday = await client.GetPageAsync(url);
        monday.QuerySelector("h1 + p")!.TextContent.ShouldContain("Uge 44, 2026");
        Status(monday, "00.00").ShouldBe(nameof(VisitStatus.Held));
        Status(await client.GetPageAsync($"{url}?uge=2026-W43"), "23.58").ShouldBe(nameof(VisitStatus.NotRegistered));

        // The same week at 09:00 and 14:59; then the year end: week 53 from Monday 28-12 to Sunday 03-01, week 1 after.
        foreach (var (day, hour, minute, week) in new[] { ("2026-10-26", 9, 0, "Uge 44, 2026"), ("2026-10-26", 14, 59, "Uge 44, 2026"),
                     ("2026-12-28", 0, 5, "Uge 53, 2026"), ("2027-01-01", 0, 5, "Uge 53, 2026"), ("2027-01-03", 23, 59, "Uge 53, 2026"), ("2027-01-04", 0, 5, "Uge 1, 2027") })
        {
            _app.Clock!.SetUtcNow(Utc(day, hour, minute));
            using var fresh = await SignedInAsync("medarbejder2.act@caseload.local");
            (await fresh.GetPageAsync(url)).QuerySelector("h1 + p")!.TextContent.ShouldContain(week, customMessage: $"{day} {hour:00}:{minute:00}");
            VisitWeek.Of(clock.Today).Danish.ShouldBe(week);
        }
    }
}
