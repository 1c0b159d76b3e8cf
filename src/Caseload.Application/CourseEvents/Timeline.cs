using Caseload.Application.Common;
using Caseload.Application.Security;
using Caseload.Domain.CourseEvents;
using Caseload.Domain.Teams;
using Microsoft.EntityFrameworkCore;

namespace Caseload.Application.CourseEvents;

public sealed record TimelineRow(DateOnly On, string Label, string? Detail, Method Method);

/// <summary>One page of a citizen's timeline, the newest first; <see cref="More"/> says whether an older page exists.</summary>
public sealed record TimelinePage(IReadOnlyList<TimelineRow> Rows, int Page, bool More);

/// <summary>The citizen's timeline, read from the course event log only (ADR 0024): one query per page, whatever the
/// engines — it asks for one row more than it shows instead of counting.</summary>
public sealed class Timeline(ICaseloadDbContext db)
{
    public const int PageSize = 25;
    public const int SectionSize = 8;

    public Task<TimelinePage> PageAsync(ScopedCitizen citizen, int page, CancellationToken ct = default)
        => ReadAsync(citizen, Math.Max(1, page), PageSize, ct);

    /// <summary>The newest events, for the citizen page's section.</summary>
    public Task<TimelinePage> LatestAsync(ScopedCitizen citizen, CancellationToken ct = default) => ReadAsync(citizen, 1, SectionSize, ct);

    private async Task<TimelinePage> ReadAsync(ScopedCitizen citizen, int page, int size, CancellationToken ct)
    {
        var rows = await db.CourseEvents.AsNoTracking().Where(e => e.CitizenId == citizen.Id)
            .OrderByDescending(e => e.OccurredAt).ThenByDescending(e => e.Sequence)
            .Skip((page - 1) * size).Take(size + 1)
            .Select(e => new { e.Type, e.OccurredOn, e.Method, e.Code, e.Number, e.PlannedOn, e.ActualOn, e.Flag })
            .ToListAsync(ct);
        return new TimelinePage(rows.Take(size)
                .Select(e => new TimelineRow(e.OccurredOn, CourseEventTypes.Find(e.Type).Label,
                    TimelineText.Detail(e.Type, e.Code, e.Number, e.PlannedOn, e.Flag), e.Method))
                .ToList(),
            page, rows.Count > size);
    }
}
