using Caseload.Domain.Courses;
using Caseload.Domain.Teams;
using Caseload.Infrastructure.Persistence;

namespace Caseload.Infrastructure.Seeding;

/// <summary>
/// A method engine's demo data (ADR 0023), in the engine's own folder: when its courses start, and the engine's rows for
/// them. The seeder finds every implementation in this assembly, so a new engine brings its demo without editing it.
/// </summary>
internal interface IDemoEngine
{
    Method Method { get; }

    /// <summary>The demo team's key (as the demo users name it) and name.</summary>
    string TeamKey { get; }
    string TeamName { get; }

    /// <summary>The start of the engine's <paramref name="nth"/> demo course (the <paramref name="index"/>th citizen of all).</summary>
    DateOnly StartOn(int nth, int index, DateOnly today);

    /// <summary>Adds the engine's rows for its demo courses (each with its primary worker); the seeder saves them.</summary>
    void AddRows(CaseloadDbContext db, Team team, IReadOnlyList<(Course Course, string WorkerId)> courses, DateOnly today, DateTime now, string leaderId);

    static IReadOnlyList<IDemoEngine> All { get; } = [.. typeof(IDemoEngine).Assembly.GetTypes()
        .Where(t => t is { IsClass: true, IsAbstract: false } && typeof(IDemoEngine).IsAssignableFrom(t))
        .Select(t => (IDemoEngine)Activator.CreateInstance(t)!).OrderBy(e => e.Method)];
}
