using Caseload.Application.Common;
using Caseload.Application.Common.Time;
using Caseload.Application.Contacts;
using Caseload.Domain.Contacts;
using Caseload.Domain.CourseEvents;
using Caseload.Domain.Results;
using Caseload.Domain.Teams;
using Microsoft.EntityFrameworkCore;

namespace Caseload.Application.Results;

/// <summary>Sums of increments per team, method, month and key, before they are written.</summary>
public sealed class FigureTally
{
    private readonly Dictionary<(Guid Team, Method Method, DateOnly Month, string Key), (long Count, long Sum)> _totals = [];
    // DACTS H2: the workers who met a citizen face to face in a fortnight, as far as this tally has seen.
    private readonly Dictionary<(Guid Citizen, DateOnly Fortnight), HashSet<string>> _fortnights = [];
    // A meeting about several citizens writes one meeting.held per citizen: the meeting counts once.
    private readonly HashSet<Guid> _meetings = [];

    public IEnumerable<KeyValuePair<(Guid Team, Method Method, DateOnly Month, string Key), (long Count, long Sum)>> Totals => _totals;

    public void Add(CourseEvent e)
    {
        foreach (var i in FigureRules.For(e)) Add(e, i);
        if (e.Type == CourseEventTypes.MeetingHeld && e.Code is { Length: > 0 } kind && e.SubjectId is { } meeting && _meetings.Add(meeting)
            && FigureKeys.MeetingsHeld(kind).Length <= MonthlyFigure.KeyMaxLength)
            Add(e, new FigureIncrement(FigureKeys.MeetingsHeld(kind), 1));
    }

    internal bool Knows(Guid citizenId, DateOnly fortnight) => _fortnights.ContainsKey((citizenId, fortnight));

    internal void Know(Guid citizenId, DateOnly fortnight, IEnumerable<string> workers) => _fortnights[(citizenId, fortnight)] = [.. workers];

    /// <summary>Counts the citizen's fortnight once, when a contact brings its distinct workers from one to two.</summary>
    public void AddWorkers(CourseEvent e, IEnumerable<string> workers)
    {
        var key = (e.CitizenId, FigureRules.FortnightOf(e.OccurredOn));
        if (!_fortnights.TryGetValue(key, out var seen)) _fortnights[key] = seen = [];
        var before = seen.Count;
        seen.UnionWith(workers);
        if (before < 2 && seen.Count >= 2) Add(e, new FigureIncrement(FigureKeys.TeamApproach, 1));
    }

    private void Add(CourseEvent e, FigureIncrement i)
    {
        var key = (e.TeamId, e.Method, FigureRules.MonthOf(e.OccurredOn), i.Key);
        var (count, sum) = _totals.GetValueOrDefault(key);
        _totals[key] = (count + i.Count, sum + i.Sum);
    }

    public static bool IsFaceToFaceContact(CourseEvent e)
        => e.Type == CourseEventTypes.ContactAchieved && ContactPlaces.IsFaceToFace(e.Code) && e.SubjectId is not null;
}

/// <summary>
/// Keeps <see cref="MonthlyFigure"/> current from the events a command adds, before SaveChanges and inside the command's
/// transaction (ADR 0031): a figure is never behind the data it counts, and a failed command changes none. Each figure
/// is one atomic UPDATE (Count = Count + n), so two commands at once both count; a missing row is added.
/// </summary>
public sealed class MonthlyFigureRecorder(ICaseloadDbContext db)
{
    public async Task RecordChangesAsync(CancellationToken ct)
    {
        var events = db.ChangeTracker.Entries<CourseEvent>().Where(e => e.State == EntityState.Added).Select(e => e.Entity).ToList();
        if (events.Count == 0) return;
        var tally = new FigureTally();
        foreach (var e in events) tally.Add(e);
        foreach (var e in events.Where(FigureTally.IsFaceToFaceContact))
        {
            var contact = db.ChangeTracker.Entries<ContactLogEntry>().Select(x => x.Entity).FirstOrDefault(c => c.Id == e.SubjectId);
            if (contact is null) continue;
            var fortnight = FigureRules.FortnightOf(e.OccurredOn);
            if (!tally.Knows(e.CitizenId, fortnight)) tally.Know(e.CitizenId, fortnight, await StoredWorkersAsync(e.CitizenId, fortnight, contact.Id, ct));
            tally.AddWorkers(e, contact.Workers);
        }
        foreach (var (k, v) in tally.Totals) await AddAsync(k.Team, k.Method, k.Month, k.Key, v.Count, v.Sum, ct);
    }

    /// <summary>Who already met the citizen face to face in the fortnight: one citizen's two weeks, by the (CitizenId, OccurredAt) index.</summary>
    private async Task<IEnumerable<string>> StoredWorkersAsync(Guid citizenId, DateOnly fortnight, Guid except, CancellationToken ct)
    {
        var from = DanishTime.StartOfDayUtc(fortnight);
        var to = DanishTime.StartOfDayUtc(FigureRules.FortnightEnd(fortnight));
        var channels = ContactPlaces.FaceToFaceChannels.ToList();
        var rows = await db.ContactLog.AsNoTracking()
            .Where(c => c.CitizenId == citizenId && c.Achieved && c.OccurredAt >= from && c.OccurredAt < to && c.Id != except && channels.Contains(c.Channel))
            .Select(c => new { c.AuthorId, Present = c.WorkersPresent.Select(w => w.UserId).ToList() })
            .ToListAsync(ct);
        return rows.SelectMany(r => r.Present.Append(r.AuthorId));
    }

    private async Task AddAsync(Guid team, Method method, DateOnly month, string key, long count, long sum, CancellationToken ct)
    {
        var updated = await db.MonthlyFigures
            .Where(f => f.Method == method && f.TeamId == team && f.Month == month && f.Key == key)
            .ExecuteUpdateAsync(s => s.SetProperty(f => f.Count, f => f.Count + count).SetProperty(f => f.Sum, f => f.Sum + sum), ct);
        // The first figure of its month: a concurrent first insert fails on the key and the command asks to save again.
        if (updated == 0) db.MonthlyFigures.Add(new MonthlyFigure(team, method, month, key, count, sum));
    }
}
