using System.Net;
using Caseload.Application.CitizenPortal;
using Caseload.Domain.Auditing;
using Caseload.Domain.CitizenPortal;
using Caseload.Infrastructure.CitizenPortal;
using Caseload.TestSupport;
using Caseload.Web.Tests.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;
using static Caseload.Web.Tests.CitizenPortal.CitizenPortalScenario;

namespace Caseload.Web.Tests.CitizenPortal;

/// <summary>The citizen's own view (issue #34): the worker enables and revokes access, the citizen signs in with an SMS code and a
/// PIN, sees exactly their own record, never a staff page; brute force locks; revoking ends the session (ADR 0042).</summary>
public abstract class CitizenPortalTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : CaseloadAppFactory, new()
{
    private async Task<TestClient> WorkerAsync()
    {
        var worker = TestClient.For(app);
        await worker.SignInAsync(Worker);
        return worker;
    }

    [Fact]
    public async Task TheWorkerEnablesAccessAndThePinIsStoredOnlyAsAHash()
    {
        var (citizen, _) = await CitizenAsync(app, 0);
        using var worker = await WorkerAsync();
        await EnableAsync(worker, citizen, "22 00 00 00", "123456");

        var access = await app.QueryAsync(db => db.CitizenAccesses.AsNoTracking().SingleAsync(a => a.CitizenId == citizen));
        access.Phone.ShouldBe("+4522000000");
        access.PinHash.ShouldNotContain("123456");
        new IdentitySecretHasher().Verify(access.PinHash, "123456").ShouldBeTrue();
        var page = await worker.GetPageAsync($"/borgere/{citizen}");
        page.QuerySelector("#borgeradgang-status")!.TextContent.ShouldContain("+4522000000");
        page.QuerySelector("#sidst-logget-ind")!.TextContent.ShouldContain("aldrig");
        var workerId = await app.QueryAsync(db => db.Users.Where(u => u.Email == Worker).Select(u => u.Id).SingleAsync());
        (await app.QueryAsync(db => db.AuditEntries.AnyAsync(e => e.EntityType == AuditNames.CitizenAccess && e.CitizenId == citizen
            && e.Action == AuditAction.Created && e.UserId == workerId))).ShouldBeTrue();
    }

    [Theory]
    [InlineData("123", "123")]
    [InlineData("12a4", "12a4")]
    [InlineData("1234567", "1234567")]
    [InlineData("1234", "4321")]
    public async Task APinThatIsNotFourToSixEqualDigitsIsRefused(string pin, string again)
    {
        var (citizen, _) = await CitizenAsync(app, 1);
        using var worker = await WorkerAsync();
        using var response = await worker.PostFormAsync($"/borgere/{citizen}", [new("Access.Phone", "22001111"), new("Access.Pin", pin), new("Access.PinAgain", again)],
            $"/borgere/{citizen}/borgeradgang");
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var page = await worker.GetPageAsync($"/borgere/{citizen}");
        page.QuerySelector("#borgeradgang-fejl")!.TextContent.ShouldContain("pinkode", Case.Insensitive);
        (await app.QueryAsync(db => db.CitizenAccesses.AnyAsync(a => a.Phone == "+4522001111"))).ShouldBeFalse();
    }

    [Fact]
    public async Task TheCitizenSignsInWithTheSmsCodeAndPinAndSeesTheirOwnPlanAudited()
    {
        var (citizen, name) = await CitizenAsync(app, 2);
        var phone = PhoneFor(2);
        using var worker = await WorkerAsync();
        await EnableAsync(worker, citizen, phone);
        using var me = TestClient.For(app);
        await SignInAsync(app, me, phone);

        var home = await me.GetPageAsync("/mig");
        home.QuerySelector("h1")!.TextContent.ShouldContain(name);
        home.QuerySelector("#mig-medarbejder")!.TextContent.ShouldNotContain("ingen fast medarbejder");
        var actor = ActorOf(citizen);
        (await app.QueryAsync(db => db.AuditEntries.CountAsync(e => e.UserId == actor && e.CitizenId == citizen
            && (e.Action == AuditAction.SignedIn || e.Action == AuditAction.Viewed)))).ShouldBe(2);
        // The worker sees when the citizen last signed in.
        (await worker.GetPageAsync($"/borgere/{citizen}")).QuerySelector("#sidst-logget-ind")!.TextContent.ShouldNotContain("aldrig");
    }

    [Fact]
    public async Task ACitizenIsRefusedEveryStaffPageAndStaffAreRefusedTheCitizensView()
    {
        var (citizen, _) = await CitizenAsync(app, 3);
        var (other, _) = await CitizenAsync(app, 4);
        var phone = PhoneFor(3);
        using var worker = await WorkerAsync();
        await EnableAsync(worker, citizen, phone);
        using var me = TestClient.For(app);
        await SignInAsync(app, me, phone);

        foreach (var url in new[] { "/", "/borgere", $"/borgere/{citizen}", $"/borgere/{other}", "/mine-borgere", "/admin/logning" })
        {
            using var response = await me.GetAsync(url);
            response.StatusCode.ShouldBe(HttpStatusCode.Redirect, url);
            response.Headers.Location!.AbsolutePath.ShouldBe("/konto/log-ind", url);
        }
        // Another citizen's id in the address leads nowhere: the view has no addresses with ids.
        (await me.GetAsync($"/mig/{other}")).StatusCode.ShouldNotBe(HttpStatusCode.OK);
        (await me.GetPageAsync($"/mig?id={other}")).QuerySelector("h1")!.TextContent
            .ShouldBe((await me.GetPageAsync("/mig")).QuerySelector("h1")!.TextContent);

        using var staffOnMig = await worker.GetAsync("/mig");
        staffOnMig.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        staffOnMig.Headers.Location!.AbsolutePath.ShouldBe("/mig/log-ind");
    }

    [Fact]
    public async Task FiveWrongPinsLockTheAccessEvenForTheRightPinAndAreAudited()
    {
        var (citizen, _) = await CitizenAsync(app, 5);
        var phone = PhoneFor(5);
        using (var worker = await WorkerAsync()) await EnableAsync(worker, citizen, phone);
        using var me = TestClient.For(app);
        var code = await CodeAsync(app, me, phone);
        for (var i = 1; i <= CitizenAccess.MaxFailures; i++)
        {
            using var wrong = await VerifyAsync(me, phone, code, "0000");
            wrong.StatusCode.ShouldBe(HttpStatusCode.OK);
            var message = (await TestClient.ParseAsync(wrong)).QuerySelector("#mig-fejl")!.TextContent;
            message.ShouldBe(i < CitizenAccess.MaxFailures ? SmsPinIdentification.WrongMessage : SmsPinIdentification.LockedMessage);
        }
        var newCode = await Task.FromResult(code);
        using (var right = await VerifyAsync(me, phone, newCode, Pin))
            (await TestClient.ParseAsync(right)).QuerySelector("#mig-fejl")!.TextContent.ShouldBe(SmsPinIdentification.LockedMessage);
        (await me.GetAsync("/mig")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var actor = ActorOf(citizen);
        (await app.QueryAsync(db => db.AuditEntries.CountAsync(e => e.UserId == actor && e.Action == AuditAction.SignInFailed))).ShouldBe(CitizenAccess.MaxFailures - 1);
        (await app.QueryAsync(db => db.AuditEntries.CountAsync(e => e.UserId == actor && e.Action == AuditAction.LockedOut))).ShouldBe(1);
        // A locked access gets no new code either.
        var before = Directory.GetFiles(app.SmsDirectory).Length;
        using (await me.PostFormAsync("/mig/log-ind", [new("phone", phone)])) { }
        Directory.GetFiles(app.SmsDirectory).Length.ShouldBe(before);
    }

    [Fact]
    public async Task RevokingAccessEndsTheCitizensSessionAtOnce()
    {
        var (citizen, _) = await CitizenAsync(app, 6);
        var phone = PhoneFor(6);
        using var worker = await WorkerAsync();
        await EnableAsync(worker, citizen, phone);
        using var me = TestClient.For(app);
        await SignInAsync(app, me, phone);
        (await me.GetAsync("/mig")).StatusCode.ShouldBe(HttpStatusCode.OK);

        using (var revoke = await worker.PostFormAsync($"/borgere/{citizen}", [], $"/borgere/{citizen}/borgeradgang/luk"))
            revoke.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        using var after = await me.GetAsync("/mig");
        after.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        after.Headers.Location!.AbsolutePath.ShouldBe("/mig/log-ind");
        // And no new code is sent to a revoked access.
        var before = Directory.GetFiles(app.SmsDirectory).Length;
        using (await me.PostFormAsync("/mig/log-ind", [new("phone", phone)])) { }
        Directory.GetFiles(app.SmsDirectory).Length.ShouldBe(before);
    }

    [Fact]
    public async Task ASecretAddressIsNeverShownOnTheCitizensView()
    {
        var (citizen, _) = await CitizenAsync(app, 7);
        var phone = PhoneFor(7);
        await app.QueryAsync(async db =>
        {
            var c = await db.Citizens.SingleAsync(x => x.Id == citizen);
            c.UpdateContact("Skjultvej 17, 8000 Aarhus C", true, c.Phone, c.SecondaryPhone, c.Email);
            return await db.SaveChangesAsync();
        });
        using (var worker = await WorkerAsync()) await EnableAsync(worker, citizen, phone);
        using var me = TestClient.For(app);
        await SignInAsync(app, me, phone);
        using var home = await me.GetAsync("/mig");
        (await home.Content.ReadAsStringAsync()).ShouldNotContain("Skjultvej");
    }
}

public sealed class SqliteCitizenPortalTests(SqliteAppFactory app) : CitizenPortalTests<SqliteAppFactory>(app);

public sealed class PostgresCitizenPortalTests(PostgresAppFactory app) : CitizenPortalTests<PostgresAppFactory>(app);

/// <summary>The citizen's session ends after 15 minutes without a request (a fixed clock moves).</summary>
public sealed class CitizenPortalIdleTimeoutTests
{
    [Fact]
    public async Task TheCitizensSessionEndsAfterFifteenIdleMinutesButNotBefore()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 3, 11, 8, 0, 0, TimeSpan.Zero));
        await using var app = new SqliteAppFactory { Clock = clock };
        var (citizen, _) = await CitizenAsync(app, 0);
        using (var worker = TestClient.For(app))
        {
            await worker.SignInAsync(Worker);
            await EnableAsync(worker, citizen, PhoneFor(0));
        }
        using var me = TestClient.For(app);
        await SignInAsync(app, me, PhoneFor(0));
        clock.Advance(TimeSpan.FromMinutes(14));
        (await me.GetAsync("/mig")).StatusCode.ShouldBe(HttpStatusCode.OK); // still in; the session slides on
        clock.Advance(TimeSpan.FromMinutes(14));
        (await me.GetAsync("/mig")).StatusCode.ShouldBe(HttpStatusCode.OK);
        clock.Advance(TimeSpan.FromMinutes(16));
        using var after = await me.GetAsync("/mig");
        after.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        after.Headers.Location!.AbsolutePath.ShouldBe("/mig/log-ind");
    }
}
