using System.Net;
using Caseload.Infrastructure.Jobs;
using Caseload.Infrastructure.Persistence;
using Caseload.TestSupport;
using Caseload.Web.Features.ActionPlans;
using Caseload.Web.Features.Drafts;
using Caseload.Web.Tests.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Quartz;

namespace Caseload.Web.Tests.Operations;

/// <summary>Background jobs on Quartz (issue #32 item 3, ADR 0045): each run is recorded and the administrator sees each job's
/// last run and outcome on "Baggrundsjob".</summary>
public sealed class JobsPageTests(SqliteAppFactory app) : IClassFixture<SqliteAppFactory>
{
    [Fact]
    public async Task TheAdministratorSeesEachJobsLastRunAndOutcomeAndOthersAreRefused()
    {
        // Both jobs run at start-up on the scheduler and record what they did.
        await TestJobs.WaitForRunsAsync(app, DraftExpiryJob.Key, 1);
        await TestJobs.WaitForRunsAsync(app, SmsReminderJob.Key, 1);
        // A failed run of the SMS job, an hour ago (the admin page must show it as the last failure, and the newer success).
        var now = DateTime.UtcNow;
        await app.QueryAsync(async db =>
        {
            db.JobRuns.Add(new JobRun { Id = Guid.NewGuid(), JobKey = SmsReminderJob.Key, Instance = "web-2", StartedAt = now.AddHours(-1),
                EndedAt = now.AddHours(-1).AddSeconds(2), Outcome = JobOutcome.Failed, Summary = "Fejlede: TimeoutException (se loggen)" });
            return await db.SaveChangesAsync();
        });

        using var admin = TestClient.For(app);
        await admin.SignInAsync("admin@caseload.local");
        var page = await admin.GetPageAsync("/admin/baggrundsjob");
        page.QuerySelector("h1")!.TextContent.ShouldBe("Baggrundsjob");
        var drafts = page.QuerySelector($"#jobs tr[data-job='{DraftExpiryJob.Key}']")!.TextContent;
        drafts.ShouldContain("Sletning af gamle kladder");
        drafts.ShouldContain("hver time");
        drafts.ShouldContain("Gennemført");
        drafts.ShouldContain("kladder over 30 dage slettet");
        var sms = page.QuerySelector($"#jobs tr[data-job='{SmsReminderJob.Key}']")!;
        sms.TextContent.ShouldContain("SMS-påmindelser");
        sms.TextContent.ShouldContain("hvert 15. minut");
        sms.QuerySelector(".badge")!.TextContent.ShouldBe("Gennemført"); // the start-up run is newer than the failure
        var cells = sms.QuerySelectorAll("td");
        cells[cells.Length - 1].TextContent.ShouldNotBe("Ingen"); // the last failure's time
        page.QuerySelector("#recent-runs")!.TextContent.ShouldContain("Fejlede: TimeoutException (se loggen)");
        (await admin.GetPageAsync("/")).QuerySelector("a[href='/admin/baggrundsjob']").ShouldNotBeNull(); // in the admin menu

        using var worker = TestClient.For(app);
        await worker.SignInAsync("medarbejder1.act@caseload.local");
        using var refused = await worker.GetAsync("/admin/baggrundsjob");
        refused.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        refused.Headers.Location!.AbsolutePath.ShouldBe("/konto/ingen-adgang");
    }
}

/// <summary>Two web instances on one PostgreSQL database share Quartz's clustered store: a job fired once runs once, on one
/// of them (issue #32 item 3).</summary>
public sealed class JobsClusterTests
{
    [Fact]
    public async Task TwoInstancesOnOneClusteredStoreRunAJobFiredOnceExactlyOnce()
    {
        await using var first = new PostgresAppFactory();
        first.Settings["Jobs:InstanceId"] = "web-1";
        first.Settings["Sms:RemindersEnabled"] = "false";
        await using var second = new PostgresAppFactory();
        second.ShareDatabaseWith(first);
        second.Settings["Jobs:InstanceId"] = "web-2";
        second.Settings["Sms:RemindersEnabled"] = "false";
        _ = first.Services; // starts: migrates, seeds, provisions Quartz's tables, joins the cluster
        _ = second.Services;

        // Both schedulers are nodes of one cluster in the database.
        // (A node checks in shortly after its start: wait for both.)
        List<string> nodes = [];
        for (var i = 0; i < 60 && nodes.Count < 2; i++, await Task.Delay(500))
            nodes = await first.QueryAsync(db => db.Database.SqlQueryRaw<string>("SELECT instance_name AS \"Value\" FROM qrtz_scheduler_state").ToListAsync());
        nodes.Order().ShouldBe(["web-1", "web-2"]);

        await TestJobs.WaitForRunsAsync(first, DraftExpiryJob.Key, 1); // the start-up run
        await Task.Delay(TimeSpan.FromSeconds(3));
        var before = await TestJobs.RunIdsAsync(first, DraftExpiryJob.Key);

        var scheduler = await second.Services.GetRequiredService<ISchedulerFactory>().GetScheduler();
        await scheduler.TriggerJob(new JobKey(DraftExpiryJob.Key));
        await TestJobs.WaitForRunsAsync(first, DraftExpiryJob.Key, before.Count + 1);
        await Task.Delay(TimeSpan.FromSeconds(5)); // time for a second run, if the other node also took the firing

        var runs = await first.QueryAsync(db => db.JobRuns.Where(r => r.JobKey == DraftExpiryJob.Key).ToListAsync());
        var fired = runs.Where(r => !before.Contains(r.Id)).ToList();
        fired.Count.ShouldBe(1);
        fired[0].Outcome.ShouldBe(JobOutcome.Succeeded);
        fired[0].Instance.ShouldBeOneOf("web-1", "web-2");
    }
}
