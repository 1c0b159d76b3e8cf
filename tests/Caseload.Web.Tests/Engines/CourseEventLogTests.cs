using System.Net;
using System.Text.RegularExpressions;
using Caseload.Domain.CourseEvents;
using Caseload.Domain.Courses;
using Caseload.Domain.Cti;
using Caseload.TestSupport;
using Caseload.Web.Tests.Security;
using Microsoft.EntityFrameworkCore;

namespace Caseload.Web.Tests.Engines;

/// <summary>The course event log (ADR 0024): backfilled from the demo data exactly as the source rows say, written by the
/// command path in the command's transaction, free of text and personal values, read by the citizen's timeline.</summary>
public abstract partial class CourseEventLogTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : CaseloadAppFactory, new()
{
    private Task<int> EventsAsync(string type) => app.QueryAsync(db => db.CourseEvents.CountAsync(e => e.Type == type));

    [Fact]
    public Task TheBackfillHasOneEventPerSourceRow() => app.QueryAsync(BackfillComparison.AssertOneEventPerSourceRowAsync);

    [Fact]
    public async Task AMeasurementEventCarriesTheInstrumentScoreAndDates()
    {
        var measurement = await app.QueryAsync(db => db.CtiMeasurements.OrderBy(m => m.Date).FirstAsync());
        var e = await app.QueryAsync(db => db.CourseEvents.SingleAsync(x => x.SubjectId == measurement.Id));
        e.Type.ShouldBe(CourseEventTypes.MeasurementTaken);
        e.Number.ShouldBe(measurement.Who5Score);
        e.Code.ShouldBe($"who5:{CourseEventTypes.CodeOf(measurement.Point)}");
        e.ActualOn.ShouldBe(measurement.Date);
        e.OccurredOn.ShouldBe(measurement.Date); // noon Danish time falls on the same Danish date, summer or winter
        e.Method.ShouldBe(Domain.Teams.Method.Cti);
        var course = await app.QueryAsync(db => db.CtiCourses.Where(c => c.Id == measurement.CtiCourseId).Select(c => c.CourseId).SingleAsync());
        e.CourseId.ShouldBe(course);
    }

    [Fact]
    public async Task AContactRecordedThroughTheAppWritesItsEventInTheSameCommand()
    {
        var citizen = await app.CitizenIdAsync("Ahmed Hassan");
        var before = await app.QueryAsync(db => db.CourseEvents.MaxAsync(e => e.Sequence));
        using var client = TestClient.For(app);
        await client.SignInAsync("teamleder.cti@caseload.local");
        using (var added = await client.PostFormAsync($"/borgere/{citizen}", [new("Contact.OccurredAt", "2026-01-05T10:00"), new("Contact.Channel", "HomeVisit"),
                   new("Contact.Achieved", "true"), new("Contact.Note", "Hemmelig note om borgeren")], $"/borgere/{citizen}/kontakter"))
            added.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var entry = await app.QueryAsync(db => db.ContactLog.Where(c => c.CitizenId == citizen).OrderByDescending(c => c.CreatedAt).FirstAsync());
        var events = await app.QueryAsync(db => db.CourseEvents.Where(e => e.Sequence > before).ToListAsync());
        var e = events.ShouldHaveSingleItem();
        e.Type.ShouldBe(CourseEventTypes.ContactAchieved);
        e.SubjectId.ShouldBe(entry.Id);
        e.Code.ShouldBe("home");
        e.CitizenId.ShouldBe(citizen);
        e.OccurredAt.ShouldBe(entry.OccurredAt);
        e.RecordedBy.ShouldBe(entry.AuthorId);
        var (course, team) = await app.QueryAsync(async db => await db.Courses.Where(c => c.CitizenId == citizen && c.Status == CourseStatus.Active)
            .Select(c => new ValueTuple<Guid, Guid>(c.Id, c.TeamId)).SingleAsync());
        e.CourseId.ShouldBe(course);
        e.TeamId.ShouldBe(team);

        // A refused command (a contact in the future) writes neither the entry nor an event.
        using (var refused = await client.PostFormAsync($"/borgere/{citizen}", [new("Contact.OccurredAt", "2099-01-01T10:00"), new("Contact.Channel", "Phone"),
                   new("Contact.Achieved", "true")], $"/borgere/{citizen}/kontakter"))
            refused.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await app.QueryAsync(db => db.CourseEvents.CountAsync(x => x.Sequence > before))).ShouldBe(1);
    }

    [Fact]
    public async Task NoEventHoldsFreeTextOrAPersonalValue()
    {
        var codes = await app.QueryAsync(db => db.CourseEvents.Where(e => e.Code != null).Select(e => e.Code!).Distinct().ToListAsync());
        codes.ShouldNotBeEmpty();
        codes.ShouldAllBe(c => CodePattern().IsMatch(c));
        (await app.QueryAsync(db => db.CourseEvents.Select(e => e.Type).Distinct().ToListAsync())).ShouldAllBe(t => CourseEventTypes.IsKnown(t));
    }

    [Fact]
    public async Task TheCitizenPageShowsTheTimelineAndItsPagesGoBackInTime()
    {
        var citizen = await app.CitizenIdAsync("Rasmus Kjær");
        using var client = TestClient.For(app);
        await client.SignInAsync("teamleder.fs@caseload.local");
        for (var i = 0; i < Application.CourseEvents.Timeline.PageSize + 1; i++) // more than a page, whatever the demo data holds
            using (var added = await client.PostFormAsync($"/borgere/{citizen}", [new("Contact.OccurredAt", $"2026-0{(i % 9) + 1}-1{i % 10}T09:{i:00}"),
                       new("Contact.Channel", "Phone"), new("Contact.Achieved", "false")], $"/borgere/{citizen}/kontakter"))
                added.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var page = await client.GetPageAsync($"/borgere/{citizen}");
        page.QuerySelectorAll(".tidslinje li").Length.ShouldBe(Application.CourseEvents.Timeline.SectionSize);
        page.QuerySelector("a[href$='/tidslinje']").ShouldNotBeNull();
        var first = await client.GetPageAsync($"/borgere/{citizen}/tidslinje");
        first.QuerySelectorAll(".tidslinje li").Length.ShouldBe(Application.CourseEvents.Timeline.PageSize);
        var second = await client.GetPageAsync($"/borgere/{citizen}/tidslinje?side=2");
        second.QuerySelectorAll(".tidslinje li").Length.ShouldBeGreaterThan(0);
        first.QuerySelector(".tidslinje")!.TextContent.ShouldNotBe(second.QuerySelector(".tidslinje")!.TextContent);
        (await client.GetAsync($"/borgere/{Guid.NewGuid()}/tidslinje")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public void EveryEventTypeIsDocumented()
    {
        var doc = File.ReadAllText(Path.Combine(RepositoryPaths.Root(), "docs", "course-events.md"));
        foreach (var t in CourseEventTypes.All)
            doc.ShouldContain($"| `{t.Name}` | {t.Label} | {t.Meaning} | {t.Payload} |");
    }


    [GeneratedRegex("^[a-z0-9]+([:-][a-z0-9]+)*$")]
    private static partial Regex CodePattern();
}

public sealed class CourseEventLogTestsOnSqlite(SqliteAppFactory app) : CourseEventLogTests<SqliteAppFactory>(app);
public sealed class CourseEventLogTestsOnPostgres(PostgresAppFactory app) : CourseEventLogTests<PostgresAppFactory>(app);
