using Caseload.Application.Common;
using Caseload.Application.Common.Time;
using Caseload.Application.Security;
using Caseload.Domain.ActionPlans;
using Caseload.Domain.Auditing;
using Caseload.Domain.Courses;
using Microsoft.EntityFrameworkCore;

namespace Caseload.Application.ActionPlans;

/// <summary>How a planned visit stands against the contact log.</summary>
public enum VisitStatus
{
    /// <summary>Today or later, not held yet.</summary>
    Planned,
    /// <summary>An achieved face-to-face contact by the worker with the citizen that day.</summary>
    Held,
    /// <summary>The day has passed with no such contact in the log.</summary>
    NotRegistered,
}

public sealed record VisitCell(Guid VisitId, string WorkerId, string Worker, string? Discipline, TimeOnly StartsAt, VisitPlace Place, VisitStatus Status);

/// <summary>A citizen in intensified support during the week: the period's contacts per week against the week's achieved
/// contacts (any form) and the visits planned.</summary>
public sealed record WeekIntensified(int PerWeek, int PlannedInWeek, int Achieved);

public sealed record VisitCitizenRow(Guid CitizenId, string Name, string PrimaryWorker, IReadOnlyList<IReadOnlyList<VisitCell>> Days,
    int FaceToFace, int Unplanned, WeekIntensified? Intensified)
{
    public int Planned => Days.Sum(d => d.Count);
    public int Held => Days.Sum(d => d.Count(v => v.Status == VisitStatus.Held));
}

public sealed record VisitWorkerRow(string UserId, string Name, string? Discipline, int Planned, int Held, int Citizens);

public sealed record VisitWeekView(Guid TeamId, string TeamName, VisitWeek Week, VisitWeek ThisWeek, DateOnly Today,
    IReadOnlyList<VisitCitizenRow> Citizens, IReadOnlyList<VisitWorkerRow> Workers, IReadOnlyList<TeamContact> Members)
{
    public int Planned => Citizens.Sum(c => c.Planned);
    public int Held => Citizens.Sum(c => c.Held);
}

/// <summary>One of the user's own visits (the start page's "Min uge").</summary>
public sealed record MyVisit(Guid TeamId, Guid CitizenId, string CitizenName, DateOnly Date, TimeOnly StartsAt, VisitPlace Place, VisitStatus Status);

/// <summary>
/// The ACT team's week of shared visits (issue #30 item 2, ADR 0033): every citizen with an active course in the team,
/// the visits planned for them by worker and day, and how each stands against the contact log. The page costs the same few
/// queries whatever the number of citizens and visits (lists, not "the first of" inside a projection: QueryCountTests).
/// </summary>
public sealed class TeamVisitQueries(IActDbContext db, IDanishClock clock, IAccessScope scope, IUserDirectory users, Auditing.IAuditLog audit,
    TeamMeetingQueries meetings, ICurrentUser me)
{
    public const int MyWeekShown = 8;

    /// <summary>The team's week (this week when <paramref name="week"/> is null), audited as one read of the team's week.</summary>
    public async Task<VisitWeekView?> WeekAsync(MemberTeam team, VisitWeek? week, CancellationToken ct = default)
    {
        var name = await meetings.ActTeamNameAsync(team.Id, ct);
        if (name is null) return null;
        var today = clock.Today;
        var thisWeek = VisitWeek.Of(today);
        var w = week ?? thisWeek;
        var (monday, sunday) = (w.Monday, w.Sunday);
        var teamId = team.Id;

        var citizens = await db.Courses.AsNoTracking().Where(c => c.TeamId == teamId && c.Status == CourseStatus.Active)
            .Join(db.Citizens, c => c.CitizenId, z => z.Id, (c, z) => new { z.Id, z.Name, c.PrimaryWorkerId })
            .ToListAsync(ct);
        var visits = await db.TeamVisits.AsNoTracking()
            .Where(v => v.TeamId == teamId && v.CancelledAt == null && v.Date >= monday && v.Date <= sunday)
            .OrderBy(v => v.Date).ThenBy(v => v.StartsAt)
            .Select(v => new { v.Id, v.CitizenId, v.WorkerId, v.Date, v.StartsAt, v.Place }).ToListAsync(ct);
        var from = DanishTime.StartOfDayUtc(monday);
        var until = DanishTime.StartOfDayUtc(sunday.AddDays(1));
        var inTeam = db.Courses.Where(c => c.TeamId == teamId && c.Status == CourseStatus.Active).Select(c => c.CitizenId);
        var contacts = await db.ContactLog.AsNoTracking()
            .Where(e => e.Achieved && e.OccurredAt >= from && e.OccurredAt < until && inTeam.Contains(e.CitizenId))
            .Select(e => new { e.CitizenId, e.OccurredAt, e.Channel, e.AuthorId, Present = e.WorkersPresent.Select(p => p.UserId).ToList() })
            .ToListAsync(ct);
        var periods = await db.IntensifiedSupports.AsNoTracking()
            .Where(p => p.TeamId == teamId && p.StartOn <= sunday && (p.StoppedOn ?? p.PlannedEndOn) >= monday)
            .Select(p => new { p.CitizenId, p.StartOn, p.PlannedEndOn, p.StoppedOn, p.PlannedContactsPerWeek }).ToListAsync(ct);
        var members = await users.TeamContactsAsync(teamId, ct);
        var byId = members.ToDictionary(m => m.UserId);

        // Who met whom on which Danish day, face to face: (citizen, worker, date).
        var met = contacts.Where(c => VisitMatching.IsFaceToFace(c.Channel))
            .SelectMany(c => c.Present.Prepend(c.AuthorId).Select(worker => (CitizenId: c.CitizenId, Worker: worker, Day: clock.DateOf(c.OccurredAt))))
            .ToHashSet();
        VisitStatus Status(Guid citizen, string worker, DateOnly day)
            => met.Contains((citizen, worker, day)) ? VisitStatus.Held : day < today ? VisitStatus.NotRegistered : VisitStatus.Planned;

        var cells = visits.Select(v => (v.CitizenId, v.Date, Cell: new VisitCell(v.Id, v.WorkerId, byId.GetValueOrDefault(v.WorkerId)?.Name ?? "Tidligere medarbejder",
            byId.GetValueOrDefault(v.WorkerId)?.Discipline, v.StartsAt, v.Place, Status(v.CitizenId, v.WorkerId, v.Date)))).ToList();
        var planned = visits.Select(v => (v.CitizenId, v.WorkerId, v.Date)).ToHashSet();
        var rows = citizens.DistinctBy(c => c.Id).OrderBy(c => c.Name, StringComparer.Create(System.Globalization.CultureInfo.GetCultureInfo("da-DK"), false)).Select(c =>
        {
            var days = w.Days.Select(d => (IReadOnlyList<VisitCell>)[.. cells.Where(x => x.CitizenId == c.Id && x.Date == d).Select(x => x.Cell)]).ToList();
            var faceToFace = met.Where(m => m.CitizenId == c.Id).ToList();
            var unplanned = faceToFace.Count(m => !planned.Contains((c.Id, m.Worker, m.Day)));
            var period = periods.Where(p => p.CitizenId == c.Id).OrderByDescending(p => p.StartOn).FirstOrDefault();
            WeekIntensified? intensified = null;
            if (period is not null)
            {
                var end = period.StoppedOn is { } s && s < period.PlannedEndOn ? s : period.PlannedEndOn;
                var first = period.StartOn > monday ? period.StartOn : monday;
                var last = end < sunday ? end : sunday;
                var firstUtc = DanishTime.StartOfDayUtc(first);
                var lastUtc = DanishTime.StartOfDayUtc(last.AddDays(1));
                intensified = new WeekIntensified(period.PlannedContactsPerWeek, IntensifiedSupport.PlannedContacts(period.PlannedContactsPerWeek, first, last),
                    contacts.Count(x => x.CitizenId == c.Id && x.OccurredAt >= firstUtc && x.OccurredAt < lastUtc));
            }
            return new VisitCitizenRow(c.Id, c.Name, byId.GetValueOrDefault(c.PrimaryWorkerId)?.Name ?? "", days,
                faceToFace.Count, unplanned, intensified);
        }).OrderByDescending(r => r.Intensified is not null).ToList();
        var workers = members.Select(m =>
        {
            var mine = cells.Where(x => x.Cell.WorkerId == m.UserId).ToList();
            return new VisitWorkerRow(m.UserId, m.Name, m.Discipline, mine.Count, mine.Count(x => x.Cell.Status == VisitStatus.Held),
                mine.Select(x => x.CitizenId).Distinct().Count());
        }).ToList();

        await audit.RecordAsync(AuditAction.Viewed, AuditNames.Team, teamId.ToString(), null,
            $"Ugens besøg {w}: {rows.Count} borgere, {visits.Count} planlagte besøg", ct);
        return new VisitWeekView(teamId, name, w, thisWeek, today, rows, workers, members);
    }

    /// <summary>The user's own visits this week (the start page), for citizens still in the user's scope, the nearest first:
    /// the rest of the week from today, then what already passed.</summary>
    public async Task<(VisitWeek Week, IReadOnlyList<MyVisit> Visits, int More)> MyWeekAsync(CancellationToken ct = default)
    {
        var today = clock.Today;
        var week = VisitWeek.Of(today);
        var (monday, sunday) = (week.Monday, week.Sunday);
        var userId = me.UserId ?? "";
        var mine = await scope.CitizensAsync(ct);
        var visits = await db.TeamVisits.AsNoTracking()
            .Where(v => v.WorkerId == userId && v.CancelledAt == null && v.Date >= monday && v.Date <= sunday)
            .Join(mine, v => v.CitizenId, c => c.Id, (v, c) => new { v.TeamId, v.CitizenId, c.Name, v.Date, v.StartsAt, v.Place })
            .OrderBy(v => v.Date).ThenBy(v => v.StartsAt).ToListAsync(ct);
        if (visits.Count == 0) return (week, [], 0);
        var from = DanishTime.StartOfDayUtc(monday);
        var until = DanishTime.StartOfDayUtc(today.AddDays(1));
        var ids = visits.Select(v => v.CitizenId).Distinct().ToList();
        var contacts = await db.ContactLog.AsNoTracking()
            .Where(e => e.Achieved && e.OccurredAt >= from && e.OccurredAt < until && ids.Contains(e.CitizenId)
                && VisitMatching.FaceToFace.Contains(e.Channel) && (e.AuthorId == userId || e.WorkersPresent.Any(p => p.UserId == userId)))
            .Select(e => new { e.CitizenId, e.OccurredAt }).ToListAsync(ct);
        var met = contacts.Select(c => (c.CitizenId, clock.DateOf(c.OccurredAt))).ToHashSet();
        var all = visits.Select(v => new MyVisit(v.TeamId, v.CitizenId, v.Name, v.Date, v.StartsAt, v.Place,
            met.Contains((v.CitizenId, v.Date)) ? VisitStatus.Held : v.Date < today ? VisitStatus.NotRegistered : VisitStatus.Planned)).ToList();
        var ordered = all.Where(v => v.Date >= today).Concat(all.Where(v => v.Date < today)).ToList();
        return (week, [.. ordered.Take(MyWeekShown)], Math.Max(0, ordered.Count - MyWeekShown));
    }
}
