using System.Net;
using Caseload.Application.ActionPlans;
using Caseload.Application.CitizenPortal;
using Caseload.Domain.ActionPlans;
using Caseload.Domain.Auditing;
using Caseload.TestSupport;
using Caseload.Web.Tests.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Caseload.Web.Tests.CitizenPortal.CitizenPortalScenario;

namespace Caseload.Web.Tests.CitizenPortal;

/// <summary>What the citizen can do on /mig (issue #34 item 3, ADR 0048): comment on a goal, confirm the plan's version, fill in
/// WHO-5, ask for a call — each audited with the citizen as actor, shown to the worker as the citizen's; a tampered id is 404 and
/// changes nothing; a newer version is visibly not confirmed.</summary>
public abstract class CitizenActionsTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : CaseloadAppFactory, new()
{
    private const string Plan = ActOwnDocuments.Key;

    /// <summary>The <paramref name="index"/>-th of medarbejder1.act's ACT citizens (0–4), with a saved action plan (made here when
    /// the demo data has none), signed in on /mig.</summary>
    private async Task<(Guid Citizen, TestClient Worker, TestClient Me)> SignedInWithPlanAsync(int index)
    {
        var (citizen, _) = await CitizenAsync(app, index);
        await app.QueryAsync(async db =>
        {
            if (await db.Set<ActionPlan>().AnyAsync(p => p.CitizenId == citizen && p.RevisionCount > 0)) return 0;
            var plan = await db.Set<ActionPlan>().FirstOrDefaultAsync(p => p.CitizenId == citizen);
            if (plan is null)
            {
                plan = new ActionPlan(citizen, await db.Citizens.Where(c => c.Id == citizen).Select(c => c.TeamId).SingleAsync());
                db.Add(plan);
            }
            plan.Save([new PlanGoal(Guid.NewGuid(), LifeArea.MentalHealth, "Jeg vil sove bedre", "Sove hele natten", "Vi taler om søvn", null, null,
                PlanGoalStatus.InProgress, false)], null, new DateTime(2026, 12, 1, 9, 0, 0, DateTimeKind.Utc), null);
            return await db.SaveChangesAsync();
        });
        var (worker, me) = await SignedInAsync(citizen, 100 + index);
        return (citizen, worker, me);
    }

    private async Task<(TestClient Worker, TestClient Me)> SignedInAsync(Guid citizen, int phone)
    {
        var worker = TestClient.For(app);
        await worker.SignInAsync(Worker);
        await EnableAsync(worker, citizen, PhoneFor(phone));
        var me = TestClient.For(app);
        await SignInAsync(app, me, PhoneFor(phone));
        return (worker, me);
    }

    private static async Task<(Guid Row, int Version)> FirstRowAsync(TestClient me)
    {
        var page = await me.GetPageAsync("/mig");
        var row = page.QuerySelector($"#mig-{Plan} input[name=row]")!.GetAttribute("value")!;
        var version = page.QuerySelector($"#mig-{Plan} input[name=version]")!.GetAttribute("value")!;
        return (Guid.Parse(row), int.Parse(version, System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task TheCitizenCommentsOnAGoalAndTheWorkerSeesItAsTheCitizensAudited()
    {
        var (citizen, worker, me) = await SignedInWithPlanAsync(0);
        var (row, version) = await FirstRowAsync(me);
        using (var posted = await me.PostFormAsync("/mig", [new("document", Plan), new("row", row.ToString()), new("text", "Jeg vil gerne starte med at gå ture.")], "/mig/kommentar"))
            posted.StatusCode.ShouldBe(HttpStatusCode.Redirect);

        var saved = await app.QueryAsync(db => db.CitizenComments.AsNoTracking().SingleAsync(c => c.CitizenId == citizen && c.Text.StartsWith("Jeg vil gerne")));
        (saved.RowId, saved.DocumentVersion, saved.DocumentKey).ShouldBe((row, version, Plan));
        (await me.GetPageAsync("/mig")).QuerySelector($"#mig-{Plan}")!.TextContent.ShouldContain("Du skrev: Jeg vil gerne starte med at gå ture.");
        var fromCitizen = (await worker.GetPageAsync($"/borgere/{citizen}")).QuerySelector("#fra-borgeren")!.TextContent;
        fromCitizen.ShouldContain("Jeg vil gerne starte med at gå ture.");
        fromCitizen.ShouldContain("Borgerens kommentar");
        var actor = ActorOf(citizen);
        (await app.QueryAsync(db => db.AuditEntries.AnyAsync(e => e.EntityType == AuditNames.CitizenComment && e.Action == AuditAction.Created
            && e.UserId == actor && e.CitizenId == citizen))).ShouldBeTrue();
    }

    [Fact]
    public async Task AnotherCitizensRowOrAnUnknownDocumentIs404AndChangesNothing()
    {
        var (citizen, _, me) = await SignedInWithPlanAsync(1);
        var (_, version) = await FirstRowAsync(me);
        var othersGoal = await app.QueryAsync(async db => Domain.Common.JsonRows.Read<PlanGoal>(await db.Set<ActionPlan>()
            .Where(p => p.CitizenId != citizen && p.RevisionCount > 0).Select(p => p.GoalsJson).FirstAsync()).First().Id);

        using (var tampered = await me.PostFormAsync("/mig", [new("document", Plan), new("row", othersGoal.ToString()), new("text", "Hej")], "/mig/kommentar"))
            tampered.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        using (var garbage = await me.PostFormAsync("/mig", [new("document", Plan), new("row", "ikke-et-id"), new("text", "Hej")], "/mig/kommentar"))
            garbage.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        using (var unknown = await me.PostFormAsync("/mig", [new("document", "cti-plan"), new("version", version.ToString(System.Globalization.CultureInfo.InvariantCulture))], "/mig/bekraeft"))
            unknown.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        // An id in the address is no way in either: the view has no addresses with ids.
        (await me.GetAsync($"/mig/kommentar/{othersGoal}")).StatusCode.ShouldNotBe(HttpStatusCode.OK);
        (await app.QueryAsync(db => db.CitizenComments.CountAsync(c => c.Text == "Hej"))).ShouldBe(0);
        (await app.QueryAsync(db => db.CitizenConfirmations.CountAsync(c => c.CitizenId == citizen && c.DocumentKey == "cti-plan"))).ShouldBe(0);
    }

    [Fact]
    public async Task AnEmptyCommentOrAPostWithoutTheAntiforgeryTokenChangesNothing()
    {
        var (citizen, _, me) = await SignedInWithPlanAsync(2);
        var (row, _) = await FirstRowAsync(me);
        var calls = await app.QueryAsync(db => db.CallRequests.CountAsync(c => c.CitizenId == citizen));
        using (var empty = await me.PostFormAsync("/mig", [new("document", Plan), new("row", row.ToString()), new("text", "  ")], "/mig/kommentar"))
        {
            empty.StatusCode.ShouldBe(HttpStatusCode.OK); // the form again, open, with the message (ADR 0048 addendum)
            (await TestClient.ParseAsync(empty)).QuerySelector("#mig-fejl")!.TextContent.ShouldContain("Skriv din kommentar");
        }
        using var noToken = new FormUrlEncodedContent([new("document", Plan), new("row", row.ToString()), new("text", "Uden token")]);
        (await me.Http.PostAsync(new Uri("/mig/kommentar", UriKind.Relative), noToken)).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        using var call = new FormUrlEncodedContent([]);
        (await me.Http.PostAsync(new Uri("/mig/ring-til-mig", UriKind.Relative), call)).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await app.QueryAsync(db => db.CitizenComments.CountAsync(c => c.CitizenId == citizen && (c.Text == "Uden token" || c.Text == "")))).ShouldBe(0);
        (await app.QueryAsync(db => db.CallRequests.CountAsync(c => c.CitizenId == citizen))).ShouldBe(calls);
    }

    [Fact]
    public async Task ConfirmingRecordsTheVersionAndANewerVersionIsVisiblyNotConfirmed()
    {
        var (citizen, worker, me) = await SignedInWithPlanAsync(3);
        var (_, version) = await FirstRowAsync(me);
        var v = version.ToString(System.Globalization.CultureInfo.InvariantCulture);
        using (var confirmed = await me.PostFormAsync("/mig", [new("document", Plan), new("version", v)], "/mig/bekraeft"))
            confirmed.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await app.QueryAsync(db => db.CitizenConfirmations.SingleAsync(c => c.CitizenId == citizen))).DocumentVersion.ShouldBe(version);
        (await me.GetPageAsync("/mig")).QuerySelector($"#mig-{Plan}-enig")!.TextContent.ShouldContain("Du har sagt, at du er enig");
        var seen = (await worker.GetPageAsync($"/borgere/{citizen}")).QuerySelector(".borger-bekraeftelse")!.TextContent;
        seen.ShouldContain($"enig i version {version}");
        seen.ShouldNotContain("ikke bekræftet");

        // The worker saves a new version: the citizen's view asks again, the worker sees the new one is not confirmed.
        await app.QueryAsync(db => db.Set<ActionPlan>().Where(p => p.CitizenId == citizen)
            .ExecuteUpdateAsync(s => s.SetProperty(p => p.RevisionCount, p => p.RevisionCount + 1)));
        (await me.GetPageAsync("/mig")).QuerySelector($"#mig-{Plan}-enig")!.TextContent.ShouldContain("Der er en ny udgave");
        (await worker.GetPageAsync($"/borgere/{citizen}")).QuerySelector(".borger-bekraeftelse")!.TextContent
            .ShouldContain($"Version {version + 1} er ikke bekræftet");
        // Confirming the old version from a stale page is refused in Danish, not recorded.
        using (var stale = await me.PostFormAsync("/mig", [new("document", Plan), new("version", v)], "/mig/bekraeft"))
            stale.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await me.GetPageAsync("/mig")).QuerySelector("#mig-fejl")!.TextContent.ShouldBe(CitizenActions.NewerVersionMessage);
        (await app.QueryAsync(db => db.CitizenConfirmations.CountAsync(c => c.CitizenId == citizen))).ShouldBe(1);
        (await app.QueryAsync(db => db.AuditEntries.AnyAsync(e => e.EntityType == AuditNames.CitizenConfirmation && e.UserId == ActorOf(citizen)))).ShouldBeTrue();
    }

    [Fact]
    public async Task TwoConfirmationsAtOnceGiveOneRowAndNoErrorPage()
    {
        var (citizen, _, me) = await SignedInWithPlanAsync(4);
        var (_, version) = await FirstRowAsync(me);
        var v = version.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var token = (await me.GetPageAsync("/mig")).QuerySelector($"#mig-{Plan}-enig input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        var both = await Task.WhenAll(Enumerable.Range(0, 2).Select(async _ =>
        {
            using var content = new FormUrlEncodedContent([new("document", Plan), new("version", v), new("__RequestVerificationToken", token)]);
            return await me.Http.PostAsync(new Uri("/mig/bekraeft", UriKind.Relative), content);
        }));
        foreach (var response in both) using (response) response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await app.QueryAsync(db => db.CitizenConfirmations.CountAsync(c => c.CitizenId == citizen && c.DocumentVersion == version))).ShouldBe(1);
    }

    [Fact]
    public async Task TheCitizenFillsInWho5AndTheWorkerSeesItMarkedSelfReported()
    {
        var (citizen, _) = await CitizenAsync(app, 6);
        var (worker, me) = await SignedInAsync(citizen, 6);
        using (var missing = await me.PostFormAsync("/mig/trivsel", [new("answers[0]", "3"), new("answers[1]", "3")], "/mig/trivsel"))
        {
            missing.StatusCode.ShouldBe(HttpStatusCode.OK);
            (await TestClient.ParseAsync(missing)).QuerySelector("#mig-fejl")!.TextContent.ShouldContain("Svar på alle fem");
        }
        (await app.QueryAsync(db => db.SelfReportedWho5.CountAsync(w => w.CitizenId == citizen))).ShouldBe(0);

        using (var sent = await me.PostFormAsync("/mig/trivsel", [.. Enumerable.Range(0, 5).Select(i => new KeyValuePair<string, string>($"answers[{i}]", i == 0 ? "5" : "2"))], "/mig/trivsel"))
            sent.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await app.QueryAsync(db => db.SelfReportedWho5.SingleAsync(w => w.CitizenId == citizen))).Score.ShouldBe(52); // (5+2+2+2+2)×4
        (await me.GetPageAsync("/mig")).QuerySelector("#mig-trivsel")!.TextContent.ShouldContain("52 ud af 100");
        var seen = (await worker.GetPageAsync($"/borgere/{citizen}")).QuerySelector(".borger-who5")!.TextContent;
        seen.ShouldContain("52");
        seen.ShouldContain("selvrapporteret");
        (await app.QueryAsync(db => db.AuditEntries.AnyAsync(e => e.EntityType == AuditNames.SelfReportedWho5 && e.UserId == ActorOf(citizen)))).ShouldBeTrue();
    }

    [Fact]
    public async Task RingTilMigShowsOnThePrimaryWorkersStartPageUntilMarkedCalled()
    {
        var (citizen, name) = await CitizenAsync(app, 7);
        var (worker, me) = await SignedInAsync(citizen, 7);
        var token = (await me.GetPageAsync("/mig")).QuerySelector("#mig-medarbejder input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        for (var i = 0; i < 2; i++) // asking twice (a second tab): still one open request
        {
            using var content = new FormUrlEncodedContent([new("__RequestVerificationToken", token)]);
            using var asked = await me.Http.PostAsync(new Uri("/mig/ring-til-mig", UriKind.Relative), content);
            asked.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        }
        (await app.QueryAsync(db => db.CallRequests.CountAsync(r => r.CitizenId == citizen && r.HandledAt == null))).ShouldBe(1);
        (await me.GetPageAsync("/mig")).QuerySelector("#mig-ring-status").ShouldNotBeNull();
        (await worker.GetPageAsync("/")).QuerySelector("#ring-til-mig-kort")!.TextContent.ShouldContain(name);

        using (var called = await worker.PostFormAsync($"/borgere/{citizen}", [], $"/borgere/{citizen}/borgeradgang/ringet"))
            called.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await worker.GetPageAsync("/")).QuerySelector("#ring-til-mig-kort").ShouldBeNull();
        (await app.QueryAsync(db => db.AuditEntries.AnyAsync(e => e.EntityType == AuditNames.CallRequest && e.Action == AuditAction.Created
            && e.UserId == ActorOf(citizen)))).ShouldBeTrue();
    }

    [Fact]
    public async Task AskingForTooManyCodesForOneNumberIsRefusedInDanishAndSendsNothing()
    {
        var (citizen, _) = await CitizenAsync(app, 5);
        var phone = PhoneFor(9);
        using (var worker = TestClient.For(app))
        {
            await worker.SignInAsync(Worker);
            await EnableAsync(worker, citizen, phone);
        }
        using var me = TestClient.For(app);
        for (var i = 0; i < SmsPinIdentification.CodesPerPhone; i++) await CodeAsync(app, me, phone);
        var before = Directory.GetFiles(app.SmsDirectory).Length;
        using var refused = await me.PostFormAsync("/mig/log-ind", [new("phone", phone)]);
        (await TestClient.ParseAsync(refused)).QuerySelector("#mig-fejl")!.TextContent.ShouldBe(SmsPinIdentification.TooManyCodesMessage);
        Directory.GetFiles(app.SmsDirectory).Length.ShouldBe(before);
        // Neither the number nor the address is kept in clear.
        (await app.QueryAsync(db => db.CodeRequests.AnyAsync(r => r.KeyHash.Contains("+45")))).ShouldBeFalse();
    }

    [Fact]
    public async Task AskingForTooManyCodesFromOneAddressIsRefusedWhateverTheNumber()
    {
        await using var scope = app.Services.CreateAsyncScope();
        var accessor = scope.ServiceProvider.GetRequiredService<Microsoft.AspNetCore.Http.IHttpContextAccessor>();
        var context = new Microsoft.AspNetCore.Http.DefaultHttpContext();
        context.Connection.RemoteIpAddress = IPAddress.Parse("203.0.113.7");
        accessor.HttpContext = context;
        var sms = scope.ServiceProvider.GetRequiredService<SmsPinIdentification>();
        for (var i = 0; i < SmsPinIdentification.CodesPerAddress; i++)
            (await sms.RequestCodeAsync($"+4533{i:D6}")).ShouldBeNull($"request {i + 1}");
        (await sms.RequestCodeAsync("+4533999999")).ShouldBe(SmsPinIdentification.TooManyCodesMessage);
        accessor.HttpContext = null;
    }
}

public sealed class SqliteCitizenActionsTests(SqliteAppFactory app) : CitizenActionsTests<SqliteAppFactory>(app);

public sealed class PostgresCitizenActionsTests(PostgresAppFactory app) : CitizenActionsTests<PostgresAppFactory>(app);
