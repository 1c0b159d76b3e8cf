using System.Reflection;
using Caseload.Application.DataProtection;
using Caseload.Domain.Auditing;
using Caseload.Domain.Courses;
using Caseload.Infrastructure.Persistence;
using Caseload.TestSupport;
using Caseload.Web.Features.DataProtection;
using Caseload.Web.Tests.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Caseload.Web.Tests.DataProtection;

/// <summary>
/// Retention (issue #33 item 3, ADR 0052) run at a faked date: the demo municipality is seeded on the leap day 29 February 2024
/// at 00:30 Danish time (still 28 February in UTC), every course but one is closed that day, and the job runs five years on —
/// at 23:59 on 28 February 2029 (inside the period) and at 00:05 on 1 March 2029 (past it; still 28 February in UTC). A citizen
/// past the period is anonymised in every table, one with a later contact and one with an open course are untouched, audit rows
/// past their own period go and newer ones stay, and a second run changes nothing.
/// </summary>
public abstract class RetentionTests<TApp> where TApp : CaseloadAppFactory, new()
{
    /// <summary>Rows the retention keeps on purpose: the courses' spine and the course events (the audit log has its own period).</summary>
    private static readonly HashSet<string> KeptTables = ["Courses", "CourseEvents"];

    [Fact]
    public async Task ACitizenPastThePeriodIsAnonymisedInEveryTableAndNoOneElseIsTouched()
    {
        var clock = new FakeTimeProvider();
        clock.MoveTo("2024-02-29 00:30");
        await using var app = CaseloadAppFactory.WithoutBackgroundJobs(new TApp { Clock = clock });

        // Z keeps an open course; Y has a contact after the leap day; everyone else with a course is closed on the leap day.
        var open = await app.QueryAsync(db => db.Courses.Where(c => c.Status == CourseStatus.Active).OrderBy(c => c.CitizenId).Select(c => c.CitizenId).FirstAsync());
        var later = await app.QueryAsync(db => db.ContactLog.Where(e => e.CitizenId != open && db.Courses.Any(k => k.CitizenId == e.CitizenId)).OrderBy(e => e.CitizenId).Select(e => new { e.Id, e.CitizenId }).FirstAsync());
        await app.QueryAsync(db => db.Courses.Where(c => c.CitizenId != open).ExecuteUpdateAsync(s => s
            .SetProperty(c => c.Status, CourseStatus.Closed).SetProperty(c => c.EndDate, new DateOnly(2024, 2, 29))
            .SetProperty(c => c.CloseReason, "Flyttet til sin søster i Aarhus")));
        var contactAt = new DateTime(2024, 3, 2, 9, 0, 0, DateTimeKind.Utc);
        await app.QueryAsync(db => db.ContactLog.Where(e => e.Id == later.Id).ExecuteUpdateAsync(s => s.SetProperty(e => e.OccurredAt, contactAt)));
        var kept = new[] { open, later.CitizenId };
        var due = await app.QueryAsync(db => db.Citizens.Where(c => db.Courses.Any(k => k.CitizenId == c.Id) && !kept.Contains(c.Id)).Select(c => c.Id).ToListAsync());
        due.Count.ShouldBeGreaterThan(5);

        // Audit rows on either side of their ten-year boundary on 1 March 2029: 23:59 and 00:01 Danish time, 28 Feb / 1 Mar 2019.
        await app.QueryAsync(db =>
        {
            db.AuditEntries.Add(new AuditEntry(new DateTime(2019, 2, 28, 22, 59, 0, DateTimeKind.Utc), null, null, AuditAction.Viewed, AuditNames.Citizen, "old", open, null, null));
            db.AuditEntries.Add(new AuditEntry(new DateTime(2019, 2, 28, 23, 1, 0, DateTimeKind.Utc), null, null, AuditAction.Viewed, AuditNames.Citizen, "new", open, null, null));
            return db.SaveChangesAsync();
        });

        var tables = await app.QueryAsync(db => Task.FromResult(CitizenTablesOf(db)));
        tables.Count.ShouldBeGreaterThan(25);
        var before = await CountsAsync(app, tables, due);
        var keptBefore = await CountsAsync(app, tables, kept);
        var eventsBefore = await app.QueryAsync(db => db.CourseEvents.CountAsync());
        var coursesBefore = await app.QueryAsync(db => db.Courses.CountAsync());
        var keptNames = await app.QueryAsync(db => db.Citizens.Where(c => kept.Contains(c.Id)).OrderBy(c => c.Id).Select(c => c.Name + c.Phone + c.Address).ToListAsync());

        // 23:59 on 28 February 2029: the last activity (29 February 2024) is still inside the five years.
        clock.MoveTo("2029-02-28 23:59");
        var first = await RunAsync(app);
        first.Anonymised.ShouldBe(0);
        (await app.QueryAsync(db => db.Citizens.CountAsync(c => c.AnonymisedAt != null))).ShouldBe(0);
        (await app.QueryAsync(db => db.AuditEntries.CountAsync(a => a.EntityKey == "old" || a.EntityKey == "new"))).ShouldBe(2);

        // 00:05 on 1 March 2029 (23:05 on 28 February in UTC): past the period.
        clock.MoveTo("2029-03-01 00:05");
        var second = await RunAsync(app);
        second.Anonymised.ShouldBe(due.Count);
        second.Failed.ShouldBe(0);
        second.KeptByActivity.ShouldBe(1); // the citizen with the later contact is a candidate by its courses, kept by the contact

        var after = await CountsAsync(app, tables, due);
        foreach (var table in tables.Keys.Where(t => !KeptTables.Contains(t)))
            after[table].ShouldBe(0, $"{table}: rows about an anonymised citizen are left");
        // The demo data reaches most tables: the assertion above is not empty.
        tables.Keys.Count(t => !KeptTables.Contains(t) && before[t] > 0).ShouldBeGreaterThan(15, string.Join(", ", before.Where(b => b.Value == 0).Select(b => b.Key)));
        (await CountsAsync(app, tables, kept)).ShouldBe(keptBefore); // untouched in every table

        var stubs = await app.QueryAsync(db => db.Citizens.AsNoTracking().Where(c => due.Contains(c.Id)).ToListAsync());
        stubs.ShouldAllBe(c => c.AnonymisedAt != null && c.Name == Domain.Citizens.Citizen.AnonymisedName && c.Cpr == null && c.Address == null
            && c.Phone == null && c.SecondaryPhone == null && c.Email == null && c.Notes == null && c.InterpreterLanguage == null);
        (await app.QueryAsync(db => db.Citizens.Where(c => kept.Contains(c.Id)).OrderBy(c => c.Id).Select(c => c.Name + c.Phone + c.Address).ToListAsync()))
            .ShouldBe(keptNames);
        (await app.QueryAsync(db => db.Courses.CountAsync())).ShouldBe(coursesBefore); // the spine stays for the figures…
        (await app.QueryAsync(db => db.Courses.CountAsync(c => due.Contains(c.CitizenId) && c.CloseReason != null))).ShouldBe(0); // …without free text
        (await app.QueryAsync(db => db.CourseEvents.CountAsync())).ShouldBe(eventsBefore);
        (await app.QueryAsync(db => db.AuditEntries.CountAsync(a => a.EntityKey == "old"))).ShouldBe(0);
        (await app.QueryAsync(db => db.AuditEntries.CountAsync(a => a.EntityKey == "new"))).ShouldBe(1);
        second.AuditRowsDeleted.ShouldBeGreaterThanOrEqualTo(1);

        // Idempotent: nothing left to do, nothing changes.
        var third = await RunAsync(app);
        third.Anonymised.ShouldBe(0);
        third.Failed.ShouldBe(0);
        third.AuditRowsDeleted.ShouldBe(0);
        (await CountsAsync(app, tables, kept)).ShouldBe(keptBefore);
        (await app.QueryAsync(db => db.Courses.CountAsync())).ShouldBe(coursesBefore);

        // The job's summary on "Baggrundsjob" holds counts only.
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var summary = await scope.ServiceProvider.GetRequiredService<RetentionJob>().RunAsync(CancellationToken.None);
            summary.ShouldStartWith("0 borgere anonymiseret");
        }

        // An anonymised citizen is out of every scope: its page answers 404 even to the administrator of its team.
        using var leader = await app.SignedInAsync("teamleder.act@caseload.local");
        var actTeam = await app.QueryAsync(db => db.Teams.Where(t => t.Method == Domain.Teams.Method.Act).Select(t => t.Id).FirstAsync());
        var gone = await app.QueryAsync(db => db.Citizens.Where(c => due.Contains(c.Id) && c.TeamId == actTeam).Select(c => c.Id).FirstAsync());
        (await leader.GetAsync($"/borgere/{gone}")).StatusCode.ShouldBe(System.Net.HttpStatusCode.NotFound);
    }

    [Theory]
    [InlineData("2029-02-28", "2024-02-28")] // the period counts back to 28 February from a 28 February…
    [InlineData("2029-03-01", "2024-03-01")] // …so a last activity on the leap day is past it from 1 March 2029
    [InlineData("2028-02-29", "2023-02-28")] // a leap day today: DateOnly.AddYears clamps
    public void ThePeriodCountsBackWholeDanishYears(string today, string keepFrom)
        => RetentionService.KeepFrom(DateOnly.Parse(today, System.Globalization.CultureInfo.InvariantCulture), 5)
            .ShouldBe(DateOnly.Parse(keepFrom, System.Globalization.CultureInfo.InvariantCulture));

    private static async Task<RetentionRun> RunAsync(TApp app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<RetentionService>().RunAsync(CancellationToken.None);
    }

    /// <summary>Every table with a CitizenId column (from the model, so a new engine's table is checked without an edit here).</summary>
    private static Dictionary<string, Type> CitizenTablesOf(CaseloadDbContext db)
        => db.Model.GetEntityTypes().Where(t => !t.IsOwned() && t.FindProperty("CitizenId")?.ClrType == typeof(Guid) && t.GetTableName() is not null)
            .ToDictionary(t => t.GetTableName()!, t => t.ClrType);

    private static async Task<Dictionary<string, int>> CountsAsync(TApp app, Dictionary<string, Type> tables, IReadOnlyCollection<Guid> citizens)
    {
        var counts = new Dictionary<string, int>();
        foreach (var (table, type) in tables)
            counts[table] = await app.QueryAsync(db => (Task<int>)CountMethod.MakeGenericMethod(type).Invoke(null, [db, citizens])!);
        return counts;
    }

    private static readonly MethodInfo CountMethod = typeof(RetentionTests<TApp>).GetMethod(nameof(CountOf), BindingFlags.NonPublic | BindingFlags.Static)!;

    private static Task<int> CountOf<T>(CaseloadDbContext db, IReadOnlyCollection<Guid> citizens) where T : class
        => db.Set<T>().CountAsync(e => citizens.Contains(EF.Property<Guid>(e, "CitizenId")));
}

public sealed class RetentionTestsOnSqlite : RetentionTests<SqliteAppFactory>;

public sealed class RetentionTestsOnPostgres : RetentionTests<PostgresAppFactory>;
