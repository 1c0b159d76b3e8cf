using Caseload.Application.Common;
using Caseload.Application.Common.Time;
using Caseload.Application.Engines;
using Caseload.Domain.Courses;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Caseload.Application.DataProtection;

/// <summary>The "Retention" section (ADR 0052).</summary>
public sealed class RetentionOptions
{
    public const string Section = "Retention";

    /// <summary>A citizen whose courses are all closed is anonymised this many years after the last activity.</summary>
    public int YearsAfterLastActivity { get; set; } = 5;
    /// <summary>Audit rows are deleted this many years after they were written.</summary>
    public int AuditYears { get; set; } = 10;
    /// <summary>Off: this instance erases nothing (the job reports that it is off).</summary>
    public bool Enabled { get; set; } = true;
    public int IntervalHours { get; set; } = 24;
}

/// <summary>What one run did, as counts only (never a name).</summary>
public sealed record RetentionRun(int Candidates, int Anonymised, int KeptByActivity, int Failed, int RowsErased, int AuditRowsDeleted);

/// <summary>
/// Retention (issue #33 item 3, ADR 0052): a citizen whose courses are all closed and who has had no activity for
/// <see cref="RetentionOptions.YearsAfterLastActivity"/> years is anonymised — every engine erases its rows
/// (<see cref="ICitizenDataContributor"/>), in one transaction per citizen through the command path, so a failure leaves
/// nothing half-erased. The course events and the monthly figures stay (they hold no personal values), and so does a stub
/// of the citizen and the courses, so the statistics still add up. Audit rows go after their own period.
/// A day counts in Danish time: the last activity's Danish date is inside the period while it is on or after
/// today minus the years (<see cref="DateOnly.AddYears"/>, so 29 February counts from 28 February).
/// </summary>
public sealed class RetentionService(ICaseloadDbContext db, IEnumerable<ICitizenDataContributor> contributors, CommandRunner commands,
    IDanishClock clock, IOptions<RetentionOptions> options, ILogger<RetentionService> logger)
{
    private readonly IReadOnlyList<ICitizenDataContributor> _contributors = [.. contributors.OrderBy(c => c.Order)];

    /// <summary>The first Danish date still inside the period: a last activity before it is past the period.</summary>
    public static DateOnly KeepFrom(DateOnly today, int years) => today.AddYears(-Math.Max(1, years));

    public async Task<RetentionRun> RunAsync(CancellationToken ct)
    {
        var o = options.Value;
        var keepFrom = KeepFrom(clock.Today, o.YearsAfterLastActivity);
        var candidates = await Candidates(keepFrom).Select(c => c.Id).ToListAsync(ct);
        int anonymised = 0, kept = 0, failed = 0, rows = 0;
        foreach (var id in candidates)
        {
            try
            {
                var result = await commands.RunAsync<int>(async token =>
                {
                    var citizen = new ErasableCitizen(id);
                    // Asked again inside the transaction: a contact logged or a course opened since the list was read keeps the citizen.
                    if (!await Candidates(keepFrom).AnyAsync(c => c.Id == id, token) || !await PastThePeriodAsync(citizen, keepFrom, token))
                        return Result.Success(-1);
                    var erased = 0;
                    foreach (var contributor in _contributors) erased += await contributor.EraseAsync(citizen, token);
                    return Result.Success(erased);
                }, ct);
                if (!result.Succeeded) failed++;
                else if (result.Value < 0) kept++;
                else { anonymised++; rows += result.Value; }
            }
#pragma warning disable CA1031 // one citizen's failure must not stop the others; it is counted and logged without personal data
            catch (Exception e) when (e is not OperationCanceledException)
#pragma warning restore CA1031
            {
                failed++;
                logger.LogError("Retention: a citizen could not be anonymised ({Exception}); nothing of it was changed", e.GetType().Name);
            }
        }
        var auditBefore = DanishTime.StartOfDayUtc(KeepFrom(clock.Today, o.AuditYears));
        var auditDeleted = await db.AuditEntries.Where(a => a.At < auditBefore).ExecuteDeleteAsync(ct);
        var run = new RetentionRun(candidates.Count, anonymised, kept, failed, rows, auditDeleted);
        logger.LogInformation("Retention: {Candidates} candidates, {Anonymised} anonymised, {Kept} kept by later activity, {Failed} failed, "
            + "{Rows} rows erased, {AuditRows} audit rows deleted", run.Candidates, run.Anonymised, run.KeptByActivity, run.Failed,
            run.RowsErased, run.AuditRowsDeleted);
        return run;
    }

    /// <summary>Citizens not yet anonymised with at least one course, none of them open, the last one ended before the period.</summary>
    private IQueryable<Domain.Citizens.Citizen> Candidates(DateOnly keepFrom)
        => db.Citizens.AsNoTracking().Where(c => c.AnonymisedAt == null
            && db.Courses.Any(k => k.CitizenId == c.Id)
            && !db.Courses.Any(k => k.CitizenId == c.Id && (k.Status == CourseStatus.Active || k.EndDate == null || k.EndDate >= keepFrom)));

    /// <summary>No engine has written or changed anything about the citizen on or after <paramref name="keepFrom"/> (Danish date).</summary>
    private async Task<bool> PastThePeriodAsync(ErasableCitizen citizen, DateOnly keepFrom, CancellationToken ct)
    {
        foreach (var contributor in _contributors)
            if (await contributor.LastActivityAsync(citizen, ct) is { } at && DanishTime.DateOf(at) >= keepFrom)
                return false;
        return true;
    }
}
