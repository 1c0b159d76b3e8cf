using System.Text.Json;
using Caseload.Domain.CourseEvents;
using Caseload.Domain.Teams;
using Caseload.Infrastructure.Persistence;
using Caseload.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Caseload.Web.Tests.Api;

internal static class FeedScenario
{
    public sealed record Served(long Position, Guid SubjectId, Guid CitizenId);

    /// <summary>One feed page after <paramref name="after"/>: the events, the next cursor, and whether to ask again at once.</summary>
    public static async Task<(List<Served> Events, long Next, bool More)> PageAsync(this HttpClient http, long after, int limit = 100)
    {
        using var response = await http.GetAsync($"/api/v1/feed?after={after}&limit={limit}");
        response.IsSuccessStatusCode.ShouldBeTrue(await response.Content.ReadAsStringAsync());
        var json = await response.JsonAsync();
        var events = json.GetProperty("events").EnumerateArray().Select(e => new Served(e.GetProperty("position").GetInt64(),
            e.GetProperty("subjectId").ValueKind == JsonValueKind.Null ? Guid.Empty : e.GetProperty("subjectId").GetGuid(),
            e.GetProperty("citizenId").GetGuid())).ToList();
        return (events, json.GetProperty("next").GetInt64(), json.GetProperty("more").GetBoolean());
    }

    /// <summary>Reads until the feed has nothing more now, from <paramref name="after"/>; returns what was served and the cursor.</summary>
    public static async Task<long> DrainAsync(this HttpClient http, long after, List<Served> into)
    {
        while (true)
        {
            var (events, next, more) = await http.PageAsync(after);
            into.AddRange(events);
            after = next;
            if (!more) return after;
        }
    }

    /// <summary>A course event as the command path writes it (a consent given, its subject a fresh id so the test can find it).</summary>
    public static CourseEvent Event(Guid citizenId, Guid teamId, Guid subject)
    {
        var now = DateTime.UtcNow;
        return new CourseEvent(CourseEventTypes.ConsentGiven, null, citizenId, teamId, Method.Outreach, now, DateOnly.FromDateTime(now), now, "test",
            new CourseEventPayload(SubjectId: subject, ActualOn: DateOnly.FromDateTime(now)));
    }

    public static Task<Guid> TeamOfAsync(this CaseloadAppFactory app, Guid citizenId)
        => Security.AppExtensions.QueryAsync(app, db => db.Citizens.Where(c => c.Id == citizenId).Select(c => c.TeamId).FirstAsync());

    public static AsyncServiceScope Scope(this CaseloadAppFactory app) => app.Services.CreateAsyncScope();

    public static CaseloadDbContext Db(this AsyncServiceScope scope) => scope.ServiceProvider.GetRequiredService<CaseloadDbContext>();
}
