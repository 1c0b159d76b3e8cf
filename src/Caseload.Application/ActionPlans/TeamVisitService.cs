using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Caseload.Application.Common;
using Caseload.Application.Common.Time;
using Caseload.Application.Security;
using Caseload.Domain.ActionPlans;
using Caseload.Domain.Auditing;
using Caseload.Domain.Courses;
using FluentValidation;
using Microsoft.EntityFrameworkCore;

namespace Caseload.Application.ActionPlans;

/// <summary>The team's week (ADR 0033): any member of the ACT team — the team leader or a worker — plans a visit for a worker
/// of the team with a citizen of the team, or cancels one. Through the command path, so each becomes a course event.</summary>
public sealed class TeamVisitService(IActDbContext db, IDanishClock clock, CommandRunner commands, IUserDirectory users, TeamMeetingQueries meetings,
    IValidator<TeamVisitInput> validator)
{
    public const string GoneMessage = "Besøget findes ikke længere. Genindlæs siden.";

    public async Task<Result<Guid>> PlanAsync(MemberTeam team, TeamVisitInput input, CancellationToken ct = default)
    {
        var workers = (await users.TeamContactsAsync(team.Id, ct)).Select(w => w.UserId).ToHashSet();
        return await commands.RunAsync<TeamVisitInput, Guid>(validator, input, async token =>
        {
            if (await meetings.ActTeamNameAsync(team.Id, token) is null) return Result.NotFound(TeamMeetingService.NotActMessage);
            var citizenId = input.CitizenId!.Value;
            if (!await db.Courses.AnyAsync(c => c.TeamId == team.Id && c.CitizenId == citizenId && c.Status == CourseStatus.Active, token))
                return Result.Fail(TeamMeetingService.NotInTeamMessage, nameof(TeamVisitInput.CitizenId));
            var visit = new TeamVisit(team.Id, citizenId, input.WorkerId!, input.Date!.Value, input.StartsAt!.Value, input.Place!.Value, workers, clock.Today);
            db.TeamVisits.Add(visit);
            return Result.Success(visit.Id);
        }, ct);
    }

    public Task<Result> CancelAsync(MemberTeam team, Guid visitId, CancellationToken ct = default)
        => commands.RunAsync(async token =>
        {
            var visit = await db.TeamVisits.FirstOrDefaultAsync(v => v.Id == visitId && v.TeamId == team.Id, token);
            if (visit is null) return Result.NotFound(GoneMessage);
            visit.Cancel(clock.UtcNow);
            return Result.Ok;
        }, ct);
}

/// <summary>
/// A worker's own visits as a calendar feed for the phone (ADR 0033): a secret address per user. The token is random (256
/// bits) and only its SHA-256 hash is stored, so the address is shown once when it is made; a new one or revoking makes the
/// old one answer 404. The feed names no citizen — initials and the place type only — and each fetch is audited.
/// </summary>
public sealed class CalendarFeedService(IActDbContext db, IDanishClock clock, CommandRunner commands, ICurrentUser me, IUserDirectory users,
    Auditing.IAuditLog audit)
{
    /// <summary>How far back and ahead the feed reaches.</summary>
    public const int DaysBack = 28;
    public const int DaysAhead = 120;

    public async Task<bool> HasFeedAsync(CancellationToken ct = default)
    {
        var userId = me.UserId ?? "";
        return await db.CalendarFeeds.AnyAsync(f => f.UserId == userId && f.TokenHash != null, ct);
    }

    /// <summary>A new secret address (the token); any earlier one stops working.</summary>
    public Task<Result<string>> RenewAsync(CancellationToken ct = default)
        => commands.RunAsync<string>(async token =>
        {
            if (me.UserId is not { } userId) return Result.Forbidden("Log ind for at lave en kalenderadresse.");
            var secret = Base64Url(RandomNumberGenerator.GetBytes(32));
            var feed = await db.CalendarFeeds.FirstOrDefaultAsync(f => f.UserId == userId, token);
            if (feed is null) db.CalendarFeeds.Add(new CalendarFeed(userId, Hash(secret)));
            else feed.Renew(Hash(secret));
            return Result.Success(secret);
        }, ct);

    public Task<Result> RevokeAsync(CancellationToken ct = default)
        => commands.RunAsync(async token =>
        {
            var userId = me.UserId ?? "";
            var feed = await db.CalendarFeeds.FirstOrDefaultAsync(f => f.UserId == userId && f.TokenHash != null, token);
            if (feed is null) return Result.Fail("Du har ingen kalenderadresse.");
            feed.Revoke();
            return Result.Ok;
        }, ct);

    /// <summary>The calendar (RFC 5545 text) for a token, or null when the token is unknown or revoked, or its owner is no longer
    /// an active member of a team.</summary>
    public async Task<string?> FeedAsync(string? secret, CancellationToken ct = default)
    {
        if (string.IsNullOrWhiteSpace(secret) || secret.Length > 100) return null;
        var hash = Hash(secret);
        var userId = await db.CalendarFeeds.AsNoTracking().Where(f => f.TokenHash == hash).Select(f => f.UserId).FirstOrDefaultAsync(ct);
        if (userId is null) return null;
        var teams = await db.TeamMembers.AsNoTracking().Where(m => m.UserId == userId).Select(m => m.TeamId).ToListAsync(ct);
        if (teams.Count == 0 || !await users.IsActiveMemberAsync(teams[0], userId, ct)) return null;
        var today = clock.Today;
        var (from, to) = (today.AddDays(-DaysBack), today.AddDays(DaysAhead));
        // Visits with citizens still in one of the worker's teams (an active course there).
        var visits = await db.TeamVisits.AsNoTracking()
            .Where(v => v.WorkerId == userId && v.CancelledAt == null && v.Date >= from && v.Date <= to && teams.Contains(v.TeamId)
                && db.Courses.Any(c => c.CitizenId == v.CitizenId && c.TeamId == v.TeamId && c.Status == CourseStatus.Active))
            .Join(db.Citizens, v => v.CitizenId, c => c.Id, (v, c) => new { v.Id, c.Name, v.Date, v.StartsAt, v.Place, v.Version })
            .OrderBy(v => v.Date).ThenBy(v => v.StartsAt).ToListAsync(ct);
        await audit.RecordAsync(AuditAction.Downloaded, AuditNames.CalendarFeed, userId, null, $"Kalender med egne besøg hentet: {visits.Count} besøg", ct);
        return VisitCalendar.Write(visits.Select(v => new VisitCalendar.Entry(v.Id, TeamVisit.Initials(v.Name), v.Place, v.Date, v.StartsAt)), clock.UtcNow);
    }

    public static string Hash(string secret) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(secret))).ToLowerInvariant();

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}

/// <summary>The feed's calendar text (RFC 5545), written by hand: every value is a code, initials or a time, so nothing needs
/// escaping beyond what <see cref="Write"/> does. Times in UTC, so a phone shows the Danish hour on both sides of a
/// daylight-saving change without a VTIMEZONE.</summary>
public static class VisitCalendar
{
    public const int VisitMinutes = 60;

    public sealed record Entry(Guid Id, string Initials, VisitPlace Place, DateOnly Date, TimeOnly StartsAt);

    public static string Write(IEnumerable<Entry> entries, DateTime nowUtc)
    {
        var text = new StringBuilder();
        void Line(string line) => text.Append(line).Append("\r\n");
        Line("BEGIN:VCALENDAR");
        Line("VERSION:2.0");
        Line("PRODID:-//Caseload//ACT besøg//DA");
        Line("CALSCALE:GREGORIAN");
        Line("METHOD:PUBLISH");
        Line("X-WR-CALNAME:Mine besøg (Caseload)");
        var stamp = Utc(nowUtc);
        foreach (var e in entries)
        {
            // A time skipped by summer time cannot be planned (the form refuses it); if one is stored, it is read an hour on.
            if (!DanishTime.TryToUtc(e.Date.ToDateTime(e.StartsAt), out var start)) DanishTime.TryToUtc(e.Date.ToDateTime(e.StartsAt).AddHours(1), out start);
            Line("BEGIN:VEVENT");
            Line($"UID:{e.Id:N}@caseload");
            Line($"DTSTAMP:{stamp}");
            Line($"DTSTART:{Utc(start)}");
            Line($"DTEND:{Utc(start.AddMinutes(VisitMinutes))}");
            Line($"SUMMARY:{Escape($"Besøg {e.Initials} ({e.Place.Danish()})")}");
            Line($"LOCATION:{Escape(e.Place.Danish())}");
            Line("END:VEVENT");
        }
        Line("END:VCALENDAR");
        return text.ToString();
    }

    private static string Utc(DateTime utc) => utc.ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture);

    private static string Escape(string value)
        => new string([.. value.Where(c => !char.IsControl(c))]).Replace("\\", "\\\\", StringComparison.Ordinal)
            .Replace(";", "\\;", StringComparison.Ordinal).Replace(",", "\\,", StringComparison.Ordinal);
}
