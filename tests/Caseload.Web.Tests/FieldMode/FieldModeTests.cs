using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using AngleSharp.Html.Dom;
using Caseload.Domain.Auditing;
using Caseload.Domain.FieldMode;
using Caseload.TestSupport;
using Caseload.Web.Tests.Security;
using Microsoft.EntityFrameworkCore;

namespace Caseload.Web.Tests.FieldMode;

/// <summary>Field mode's server side (issue #31, ADR 0047): taking a citizen along, and an offline change merged on its return.</summary>
public abstract class FieldModeTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : CaseloadAppFactory, new()
{
    [Fact]
    public async Task TakingAnOwnCitizenAlongIsAnAuditedReadAndHandsOutTheSessionsKey()
    {
        using var client = TestClient.For(app);
        await client.SignInAsync("medarbejder1.act@caseload.local");
        var kim = await app.CitizenIdAsync("Kim Dahl");
        var page = await client.GetPageAsync($"/borgere/{kim}");
        page.QuerySelector("form#tag-med").ShouldNotBeNull();

        using var first = await client.PostWithTokenAsync($"/borgere/{kim}/felt/tag-med", []);
        first.StatusCode.ShouldBe(HttpStatusCode.OK);
        var json = JsonDocument.Parse(await first.Content.ReadAsStringAsync()).RootElement;
        var key = json.GetProperty("key").GetString()!;
        Microsoft.AspNetCore.WebUtilities.WebEncoders.Base64UrlDecode(key).Length.ShouldBe(32);
        var expires = DateTimeOffset.FromUnixTimeMilliseconds(json.GetProperty("expiresAt").GetInt64());
        (expires - DateTimeOffset.UtcNow).TotalHours.ShouldBeInRange(11.9, 12.1);

        using var again = await client.PostWithTokenAsync($"/borgere/{kim}/felt/tag-med", []);
        JsonDocument.Parse(await again.Content.ReadAsStringAsync()).RootElement.GetProperty("key").GetString().ShouldBe(key); // one key per session
        (await app.QueryAsync(db => db.AuditEntries.CountAsync(a => a.CitizenId == kim && a.Action == AuditAction.Viewed
            && a.Changes!.Contains("Udleveret til enhed")))).ShouldBe(2);

        using var other = TestClient.For(app);
        await other.SignInAsync("medarbejder1.act@caseload.local");
        using var otherSession = await other.PostWithTokenAsync($"/borgere/{kim}/felt/tag-med", []);
        JsonDocument.Parse(await otherSession.Content.ReadAsStringAsync()).RootElement.GetProperty("key").GetString().ShouldNotBe(key);
    }

    [Fact]
    public async Task OnlyTheWorkersOwnCitizensAndAtMostTenAtATime()
    {
        using var client = TestClient.For(app);
        await client.SignInAsync("medarbejder2.cti@caseload.local");
        var ahmed = await app.CitizenIdAsync("Ahmed Hassan"); // Jonas Berg's citizen, in the same team
        using var notOwn = await client.PostWithTokenAsync($"/borgere/{ahmed}/felt/tag-med", []);
        notOwn.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await notOwn.Content.ReadAsStringAsync()).ShouldContain("kun tage dine egne borgere med");

        using var worker = TestClient.For(app);
        await worker.SignInAsync("medarbejder1.cti@caseload.local");
        var userId = await app.QueryAsync(db => db.Users.Where(u => u.Email == "medarbejder1.cti@caseload.local").Select(u => u.Id).SingleAsync());
        await app.QueryAsync(async db =>
        {
            db.FieldCheckouts.AddRange(Enumerable.Range(0, FieldCheckout.MaxPerWorker).Select(_ => new FieldCheckout(userId, Guid.NewGuid(), DateTime.UtcNow)));
            return await db.SaveChangesAsync();
        });
        using var eleventh = await worker.PostWithTokenAsync($"/borgere/{ahmed}/felt/tag-med", []);
        eleventh.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await eleventh.Content.ReadAsStringAsync()).ShouldContain("allerede 10 borgere med");

        // Signing out puts them all back (the device wipes its copies).
        using (await worker.PostWithTokenAsync("/konto/log-ud", [])) { }
        (await app.QueryAsync(db => db.FieldCheckouts.CountAsync(c => c.UserId == userId))).ShouldBe(0);
    }

    [Fact]
    public async Task AnOfflineChangeToAnotherFieldMergesAndToTheSameFieldWaitsForTheWorkersChoice()
    {
        using var client = TestClient.For(app);
        await client.SignInAsync("medarbejder1.act@caseload.local");
        var lise = await app.CitizenIdAsync("Lise Mortensen");
        var form = $"/borgere/{lise}/indsatsplan";
        var token = await TokenAsync(client, form);
        Dictionary<string, string[]> F(string view, string words) => new() { ["Input.CitizensView"] = [view], ["Input.Goals[0].CitizensWords"] = [words] };

        var clean = await MergeAsync(client, lise, token, new { form, @base = F("a", "x"), mine = F("a", "x – offline"), theirs = F("b", "x"), labels = new { } });
        clean.GetProperty("merged").GetProperty("Input.CitizensView")[0].GetString().ShouldBe("b");

        var clash = await MergeAsync(client, lise, token, new
        {
            form, @base = F("a", "x"), mine = F("Skrevet hos borgeren", "x"), theirs = F("Skrevet på kontoret", "x"),
            labels = new Dictionary<string, string> { ["Input.CitizensView"] = "Borgerens syn på planen" },
        });
        var choose = clash.GetProperty("choose").GetString()!;
        var page = await client.GetPageAsync(choose);
        page.QuerySelector("h1")!.TextContent.ShouldContain("Indsatsplan");
        var text = page.QuerySelector("#valg-form")!.TextContent;
        text.ShouldContain("Borgerens syn på planen");
        text.ShouldContain("Skrevet hos borgeren");
        text.ShouldContain("Skrevet på kontoret");

        // Not chosen: both stay, and the page says what is missing.
        using var none = await client.PostFormAsync(choose, [], choose);
        (await TestClient.ParseAsync(none)).QuerySelector("#fejl-oversigt")!.TextContent.ShouldContain("Vælg hvilken udgave");
        (await app.QueryAsync(db => db.FieldConflicts.CountAsync(c => c.CitizenId == lise))).ShouldBe(1);

        using var chosen = await client.PostFormAsync(choose, [new("valg[Input.CitizensView]", "mine")], choose);
        chosen.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        chosen.Headers.Location!.OriginalString.ShouldBe(form);
        using var draft = await client.GetAsync($"/kladder?key={Uri.EscapeDataString(form)}");
        JsonDocument.Parse(await draft.Content.ReadAsStringAsync()).RootElement.GetProperty("data").GetString()!.ShouldContain("Skrevet hos borgeren");
        (await app.QueryAsync(db => db.FieldConflicts.CountAsync(c => c.CitizenId == lise))).ShouldBe(0);

        // Another worker cannot open the choice.
        using var colleague = TestClient.For(app);
        await colleague.SignInAsync("medarbejder2.act@caseload.local");
        var second = (await MergeAsync(client, lise, token, new { form, @base = F("a", "x"), mine = F("c", "x"), theirs = F("d", "x"), labels = new { } }))
            .GetProperty("choose").GetString()!;
        (await colleague.GetAsync(second)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task OnlyFormsAnEngineRegisteredAreMergedAndOnlyForTheCitizenInTheAddress()
    {
        using var client = TestClient.For(app);
        await client.SignInAsync("medarbejder1.act@caseload.local");
        var lise = await app.CitizenIdAsync("Lise Mortensen");
        var kim = await app.CitizenIdAsync("Kim Dahl");
        var token = await TokenAsync(client, $"/borgere/{lise}/indsatsplan");
        var empty = new Dictionary<string, string[]>();
        foreach (var form in new[] { $"/borgere/{lise}/forloeb", $"/borgere/{kim}/indsatsplan" })
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, $"/borgere/{lise}/felt/flet")
            { Content = JsonContent.Create(new { form, @base = empty, mine = empty, theirs = empty }) };
            request.Headers.Add("RequestVerificationToken", token);
            using var response = await client.Http.SendAsync(request);
            response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
            (await response.Content.ReadAsStringAsync()).ShouldContain("kan ikke gemmes offline");
        }
    }

    private static async Task<string> TokenAsync(TestClient client, string page)
        => ((await client.GetPageAsync(page)).QuerySelector("input[name=__RequestVerificationToken]") as IHtmlInputElement)!.Value;

    private static async Task<JsonElement> MergeAsync(TestClient client, Guid citizen, string token, object body)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/borgere/{citizen}/felt/flet") { Content = JsonContent.Create(body) };
        request.Headers.Add("RequestVerificationToken", token);
        using var response = await client.Http.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(HttpStatusCode.OK, text);
        return JsonDocument.Parse(text).RootElement.Clone();
    }
}

public sealed class FieldModeTestsOnSqlite(SqliteAppFactory app) : FieldModeTests<SqliteAppFactory>(app);
public sealed class FieldModeTestsOnPostgres(PostgresAppFactory app) : FieldModeTests<PostgresAppFactory>(app);
