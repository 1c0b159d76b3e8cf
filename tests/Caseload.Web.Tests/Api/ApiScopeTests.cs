using System.Net;
using Caseload.Application.Api;
using Caseload.Application.Outreach;
using Caseload.Domain.Auditing;
using Caseload.Domain.Teams;
using Caseload.TestSupport;
using Caseload.Web.Tests.Security;
using Microsoft.EntityFrameworkCore;

namespace Caseload.Web.Tests.Api;

/// <summary>The API's scope rules (issue #33, ADR 0049): only the client's teams, only citizens whose consent covers the client,
/// CPR masked unless allowed, every read audited with the client as actor, a revoked client refused at once, writing only when
/// allowed, and no cookie accepted.</summary>
public sealed class ApiScopeTests(SqliteAppFactory app) : IClassFixture<SqliteAppFactory>
{
    [Fact]
    public async Task ATokenIsIssuedOnlyForTheRightSecret()
    {
        var (id, secret) = await app.RegisterAsync(Method.Outreach);
        using (var wrong = await app.RequestTokenAsync(id, secret + "x"))
        {
            wrong.IsSuccessStatusCode.ShouldBeFalse();
            (await wrong.JsonAsync()).GetProperty("error").GetString().ShouldBe("invalid_client");
        }
        using (var unknown = await app.RequestTokenAsync(Guid.NewGuid(), secret)) unknown.IsSuccessStatusCode.ShouldBeFalse();
        using var right = await app.RequestTokenAsync(id, secret);
        right.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await right.JsonAsync()).GetProperty("token_type").GetString().ShouldBe("Bearer");
    }

    [Fact]
    public async Task AnotherTeamsCitizenIsNotFound()
    {
        var (id, secret) = await app.RegisterAsync(Method.Outreach);
        var own = await app.OutreachCitizenWithConsentAsync(0);
        var other = await app.QueryAsync(db => db.Citizens.Where(c => db.Teams.Any(t => t.Id == c.TeamId && t.Method == Method.Act)).Select(c => c.Id).FirstAsync());
        using var http = await app.SignedInAsync(id, secret);

        (await http.GetAsync($"/api/v1/citizens/{own}")).StatusCode.ShouldBe(HttpStatusCode.OK);
        foreach (var part in new[] { "", "/courses", "/deadlines", "/goals", "/measurements" })
        {
            using var response = await http.GetAsync($"/api/v1/citizens/{other}{part}");
            response.StatusCode.ShouldBe(HttpStatusCode.NotFound, part + await response.Content.ReadAsStringAsync());
            response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
            (await response.JsonAsync()).GetProperty("title").GetString().ShouldBe("Findes ikke");
        }
        (await http.GetAsync($"/api/v1/citizens/{Guid.NewGuid()}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var list = await (await http.GetAsync("/api/v1/citizens")).JsonAsync();
        list.GetProperty("citizens").EnumerateArray().Select(c => c.GetProperty("id").GetGuid()).ShouldContain(own);
        list.GetProperty("citizens").EnumerateArray().Select(c => c.GetProperty("id").GetGuid()).ShouldNotContain(other);
    }

    [Fact]
    public async Task ACitizenWithoutAConsentCoveringTheReceiverIsNotFound()
    {
        var (id, secret) = await app.RegisterAsync(Method.Outreach, receiver: "Sensum");
        var coveredForNexusOnly = await app.OutreachCitizenWithConsentAsync(1);
        var none = await app.OutreachCitizenWithoutConsentAsync();
        using var http = await app.SignedInAsync(id, secret);

        (await http.GetAsync($"/api/v1/citizens/{coveredForNexusOnly}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await http.GetAsync($"/api/v1/citizens/{none}/courses")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var list = await (await http.GetAsync("/api/v1/citizens")).JsonAsync();
        list.GetProperty("citizens").EnumerateArray().Select(c => c.GetProperty("id").GetGuid()).ShouldNotContain(coveredForNexusOnly);
    }

    [Fact]
    public async Task TheCprNumberIsMaskedUnlessTheClientMaySeeItAndAFullNumberIsAudited()
    {
        var citizen = await app.OutreachCitizenWithConsentAsync(2);
        var cpr = await app.QueryAsync(db => db.Citizens.Where(c => c.Id == citizen).Select(c => c.Cpr).FirstAsync());
        cpr.ShouldNotBeNull("the demo citizen has a CPR number");
        var masked = await app.RegisterAsync(Method.Outreach, name: "Maskeret");
        var full = await app.RegisterAsync(Method.Outreach, fullCpr: true, name: "Fuldt CPR");

        using (var http = await app.SignedInAsync(masked.Id, masked.Secret))
        {
            var json = await (await http.GetAsync($"/api/v1/citizens/{citizen}")).JsonAsync();
            json.GetProperty("cpr").GetString().ShouldBe(cpr.Masked);
            json.GetProperty("cprMasked").GetBoolean().ShouldBeTrue();
        }
        using (var http = await app.SignedInAsync(full.Id, full.Secret))
        {
            var json = await (await http.GetAsync($"/api/v1/citizens/{citizen}")).JsonAsync();
            json.GetProperty("cpr").GetString().ShouldBe(cpr.Formatted);
            json.GetProperty("cprMasked").GetBoolean().ShouldBeFalse();
        }
        var actor = ApiClientActor.UserIdOf(full.Id.ToString());
        (await app.QueryAsync(db => db.AuditEntries.CountAsync(a => a.UserId == actor && a.Action == AuditAction.RevealedCpr && a.CitizenId == citizen))).ShouldBe(1);
        var maskedActor = ApiClientActor.UserIdOf(masked.Id.ToString());
        (await app.QueryAsync(db => db.AuditEntries.CountAsync(a => a.UserId == maskedActor && a.Action == AuditAction.RevealedCpr))).ShouldBe(0);
    }

    [Fact]
    public async Task EveryReadOfACitizenIsAuditedWithTheClientAsActor()
    {
        var (id, secret) = await app.RegisterAsync(Method.Outreach, name: "Revisionsklient");
        var citizen = await app.OutreachCitizenWithConsentAsync(3);
        using var http = await app.SignedInAsync(id, secret);
        foreach (var part in new[] { "", "/courses", "/deadlines", "/goals", "/measurements" })
            (await http.GetAsync($"/api/v1/citizens/{citizen}{part}")).StatusCode.ShouldBe(HttpStatusCode.OK, part);
        (await http.GetAsync("/api/v1/citizens")).StatusCode.ShouldBe(HttpStatusCode.OK);

        var actor = ApiClientActor.UserIdOf(id.ToString());
        var rows = await app.QueryAsync(db => db.AuditEntries.Where(a => a.UserId == actor && a.CitizenId == citizen).ToListAsync());
        rows.Count(a => a.Action == AuditAction.Viewed).ShouldBe(6);
        rows.ShouldAllBe(a => a.UserName == "API-klient: Revisionsklient" && a.Changes!.StartsWith("API: "));
        rows.Select(a => a.Changes).ShouldBe(["API: stamdata", "API: forløb", "API: frister", "API: planer og mål", "API: målinger", "API: borgerliste"], ignoreOrder: true);
    }

    [Fact]
    public async Task ARevokedClientIsRefusedAtOnceThoughItsTokenHasNotExpired()
    {
        var (id, secret) = await app.RegisterAsync(Method.Outreach, name: "Tilbagekaldes");
        var citizen = await app.OutreachCitizenWithConsentAsync(4);
        using var http = await app.SignedInAsync(id, secret);
        (await http.GetAsync($"/api/v1/citizens/{citizen}")).StatusCode.ShouldBe(HttpStatusCode.OK);

        using var admin = TestClient.For(app);
        await admin.SignInAsync("admin@caseload.local");
        using (var revoked = await admin.PostFormAsync("/admin/api-klienter", [], $"/admin/api-klienter/{id}/tilbagekald"))
            revoked.StatusCode.ShouldBe(HttpStatusCode.Redirect);

        using var refused = await http.GetAsync($"/api/v1/citizens/{citizen}");
        refused.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await refused.JsonAsync()).GetProperty("title").GetString().ShouldBe("Ikke logget ind");
        (await http.GetAsync("/api/v1/feed")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        using var token = await app.RequestTokenAsync(id, secret);
        token.IsSuccessStatusCode.ShouldBeFalse("a revoked client gets no new token");
        (await app.QueryAsync(db => db.AuditEntries.AnyAsync(a => a.EntityType == AuditNames.ApiClient && a.EntityKey == id.ToString() && a.Action == AuditAction.Updated)))
            .ShouldBeTrue("the revocation is audited");
    }

    [Fact]
    public async Task NoCookieOpensTheApi()
    {
        using var staff = TestClient.For(app);
        await staff.SignInAsync("medarbejder1.fs@caseload.local");
        (await staff.GetAsync("/api/v1/citizens")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await staff.GetAsync("/api/v1/feed")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    private static ApiReferralInput Referral(Guid teamId) => new()
    {
        TeamId = teamId, CitizenName = "Henvist Fra Nexus", ReceivedOn = DateOnly.FromDateTime(DateTime.Today.AddDays(-1)), Source = "general-practitioner",
        ReferrerName = "Lægehuset Torvet", ReferrerContact = "33 33 33 33", Concern = "Møder ikke op og svarer ikke på breve.",
    };

    private Task<Guid> TeamAsync(Method method) => app.QueryAsync(db => db.Teams.Where(t => t.Method == method).Select(t => t.Id).FirstAsync());

    [Fact]
    public async Task AClientWithoutWritePermissionCannotRefer()
    {
        var (id, secret) = await app.RegisterAsync(Method.Outreach, mayWrite: false, name: "Kun læse");
        using var http = await app.SignedInAsync(id, secret);
        using var response = await http.PostJsonAsync("/api/v1/referrals", Referral(await TeamAsync(Method.Outreach)));
        response.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await response.JsonAsync()).GetProperty("detail").GetString().ShouldBe(ApiReferrals.NoWriteMessage);
        (await app.QueryAsync(db => db.Citizens.AnyAsync(c => c.Name == "Henvist Fra Nexus" && c.CreatedBy == ApiClientActor.UserIdOf(id.ToString())))).ShouldBeFalse();
    }

    [Fact]
    public async Task AReferralFromAnotherSystemIsValidatedAndAuditedAsTheFormIs()
    {
        var (id, secret) = await app.RegisterAsync(Method.Outreach, mayWrite: true, name: "Skriver");
        using var http = await app.SignedInAsync(id, secret);
        var team = await TeamAsync(Method.Outreach);

        var missing = Referral(team);
        missing.Concern = "";
        missing.Source = "fortune-teller";
        missing.Cpr = "321399-1234";
        using (var invalid = await http.PostJsonAsync("/api/v1/referrals", missing))
        {
            invalid.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
            var errors = (await invalid.JsonAsync()).GetProperty("errors");
            errors.GetProperty("concern")[0].GetString().ShouldBe("Beskriv bekymringen — hvorfor henvender de sig?");
            errors.GetProperty("source")[0].GetString().ShouldBe("Vælg hvem henvendelsen kommer fra.");
            errors.TryGetProperty("cpr", out _).ShouldBeTrue();
        }
        using (var broken = await http.PostAsync(new Uri("/api/v1/referrals", UriKind.Relative), new StringContent("{ not json", System.Text.Encoding.UTF8, "application/json")))
            broken.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        using (var otherTeam = await http.PostJsonAsync("/api/v1/referrals", Referral(await TeamAsync(Method.Act))))
            otherTeam.StatusCode.ShouldBe(HttpStatusCode.NotFound);

        using var created = await http.PostJsonAsync("/api/v1/referrals", Referral(team));
        created.StatusCode.ShouldBe(HttpStatusCode.Created);
        var body = await created.JsonAsync();
        var citizenId = body.GetProperty("citizenId").GetGuid();
        created.Headers.Location!.OriginalString.ShouldBe($"/api/v1/citizens/{citizenId}");
        var actor = ApiClientActor.UserIdOf(id.ToString());
        var referral = await app.QueryAsync(db => db.Referrals.SingleAsync(r => r.CitizenId == citizenId));
        referral.ReceivedBy.ShouldBe("API-klient: Skriver");
        referral.CreatedBy.ShouldBe(actor);
        (await app.QueryAsync(db => db.AuditEntries.Where(a => a.UserId == actor && a.Action == AuditAction.Created).Select(a => a.EntityType).ToListAsync()))
            .ShouldContain(AuditNames.Referral);
        (await app.QueryAsync(db => db.CourseEvents.AnyAsync(e => e.CitizenId == citizenId && e.Type == Domain.CourseEvents.CourseEventTypes.ReferralReceived)))
            .ShouldBeTrue("the same command path writes the same course event");
    }

    [Fact]
    public async Task AnAdministratorRegistersAClientAndSeesItsSecretOnlyOnce()
    {
        var team = await TeamAsync(Method.Outreach);
        using var admin = TestClient.For(app);
        await admin.SignInAsync("admin@caseload.local");
        using var response = await admin.PostFormAsync("/admin/api-klienter/ny",
            [new("Name", "Cura-test"), new("Receiver", "Cura"), new("TeamIds", team.ToString()), new("MayWrite", "true")], "/admin/api-klienter/ny");
        response.StatusCode.ShouldBe(HttpStatusCode.OK, response.Headers.Location?.OriginalString);
        var page = await TestClient.ParseAsync(response);
        var id = Guid.Parse(page.QuerySelector("#klient-id")!.TextContent);
        var secret = page.QuerySelector("#hemmelighed")!.TextContent;
        secret.Length.ShouldBeGreaterThanOrEqualTo(40);
        response.Headers.CacheControl!.NoStore.ShouldBeTrue();

        var stored = await app.QueryAsync(db => db.ApiClients.SingleAsync(c => c.Id == id));
        stored.SecretHash.ShouldNotContain(secret);
        stored.TeamIds.ShouldBe([team]);
        stored.MayWrite.ShouldBeTrue();
        stored.MaySeeFullCpr.ShouldBeFalse();
        (await admin.GetPageAsync("/admin/api-klienter")).Body!.TextContent.ShouldNotContain(secret);
        using var http = await app.SignedInAsync(id, secret);
        (await http.GetAsync("/api/v1/feed")).StatusCode.ShouldBe(HttpStatusCode.OK);

        using var invalid = await admin.PostFormAsync("/admin/api-klienter/ny", [new("Name", ""), new("Receiver", "")], "/admin/api-klienter/ny");
        var errors = (await TestClient.ParseAsync(invalid)).Body!.TextContent;
        errors.ShouldContain("Angiv systemets navn.");
        errors.ShouldContain("Vælg mindst ét team, systemet må læse.");
    }
}
