using Caseload.Application.Common;
using Caseload.Application.Common.Time;
using Caseload.Application.Courses;
using Caseload.Application.Engines;
using Caseload.Domain.Common;
using Caseload.Domain.DeadlineMail;
using Microsoft.EntityFrameworkCore;

namespace Caseload.Application.DeadlineMail;

/// <summary>What one run of the deadline mail did.</summary>
public sealed record DeadlineDigestRun(DateOnly? Day, int Sent, int Failed, int NothingDue);

/// <summary>The settings a run needs (the job reads them from the "DeadlineMail" section).</summary>
public sealed record DeadlineDigestSettings(TimeOnly SendFrom, TimeOnly SendUntil, int WorkingDaysAhead, string DeadlineListUrl);

/// <summary>
/// A morning mail to each primary worker with open deadlines (issue #32 item 3): how many fall due in the next working
/// days and how many are overdue, with a link to "Frister". The deadlines are every engine's (<see cref="Deadlines"/>), for
/// the citizens whose active course the worker is primary worker on. Each (worker, day) is claimed through the command
/// path before the mail goes; the unique key makes a second claim — another run, another instance — fail, so a worker
/// gets at most one mail a day. No citizen is named in the mail (nothing about a citizen leaves the team by mail).
/// </summary>
public sealed class DeadlineDigestService(ICaseloadDbContext db, IUserDirectory users, Deadlines deadlines, IDanishClock clock,
    WorkingDayCalendar calendar, CommandRunner commands, IEmailSender mail)
{
    public async Task<DeadlineDigestRun> SendDueAsync(DeadlineDigestSettings settings, CancellationToken ct = default)
    {
        var now = clock.UtcNow;
        if (DeadlineDigestRules.DueDay(DanishTime.ToLocal(now), settings.SendFrom, settings.SendUntil, calendar) is not { } today)
            return new DeadlineDigestRun(null, 0, 0, 0);
        var horizon = DeadlineDigestRules.Horizon(today, settings.WorkingDaysAhead, calendar);

        // Active members with a mail address who have not had today's mail: one query for the directory, one for the claims.
        var done = (await db.DeadlineDigests.AsNoTracking().Where(d => d.Date == today).Select(d => d.UserId).ToListAsync(ct)).ToHashSet();
        var workers = (await users.AllTeamMembersAsync(ct)).Where(u => !string.IsNullOrWhiteSpace(u.Email) && !done.Contains(u.UserId))
            .ToDictionary(u => u.UserId);
        if (workers.Count == 0) return new DeadlineDigestRun(today, 0, 0, 0);

        var ids = workers.Keys.ToList();
        var courses = await db.Courses.AsNoTracking().Active().Where(c => ids.Contains(c.PrimaryWorkerId))
            .Select(c => new { c.CitizenId, c.PrimaryWorkerId }).ToListAsync(ct);
        var open = await deadlines.ForCitizensAsync([.. courses.Select(c => c.CitizenId).Distinct()], ct);
        var dueByCitizen = open.Where(d => d.Due <= horizon).ToLookup(d => d.CitizenId);

        int sent = 0, failed = 0, nothing = 0;
        foreach (var worker in courses.GroupBy(c => c.PrimaryWorkerId))
        {
            var mine = worker.Select(c => c.CitizenId).Distinct().SelectMany(c => dueByCitizen[c]).ToList();
            if (mine.Count == 0) { nothing++; continue; }
            var overdue = mine.Count(d => d.Due < today);
            var claim = new DeadlineDigest(worker.Key, today, mine.Count, overdue, now);
            var claimed = await commands.RunAsync(_ => { db.DeadlineDigests.Add(claim); return Task.FromResult(Result.Ok); }, ct);
            if (!claimed.Succeeded) continue; // another run has it

            string? failure = null;
            try
            {
                await mail.SendAsync(workers[worker.Key].Email!, DeadlineDigestRules.Subject(mine.Count),
                    DeadlineDigestRules.Body(mine.Count, overdue, settings.WorkingDaysAhead, settings.DeadlineListUrl), ct);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                failure = "Mailen kunne ikke sendes: " + e.GetType().Name; // no mail text or address in the log
            }
            var at = clock.UtcNow;
            await commands.RunAsync(async token =>
            {
                var row = await db.DeadlineDigests.SingleAsync(d => d.Id == claim.Id, token);
                if (failure is null) row.MarkSent(at); else row.MarkFailed(at, failure);
                return Result.Ok;
            }, ct);
            if (failure is null) sent++; else failed++;
        }
        return new DeadlineDigestRun(today, sent, failed, nothing);
    }
}
