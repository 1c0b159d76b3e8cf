using Caseload.Application.Auditing;
using Caseload.Application.Common;
using Caseload.Application.Security;
using Caseload.Domain.Auditing;
using Caseload.Domain.CourseEvents;
using Microsoft.EntityFrameworkCore;

namespace Caseload.Application.Api;

/// <summary>
/// The course event log as a feed (ADR 0050): events of the client's teams after a position, in position order. The cursor is
/// the feed position (<see cref="FeedStamper"/>), not the event's sequence, so an event that commits late is never stepped over,
/// and none is served twice. Events of a citizen whose consent does not cover the client are left out, but the cursor moves
/// past them all the same; the citizens served are audited, one row each.
/// </summary>
public sealed class ApiFeed(ICaseloadDbContext db, FeedStamper stamper, IAccessScope scope, ApiCaller caller, ApiConsent consent, IAuditLog audit)
{
    public const int MaxLimit = 500;
    public const int DefaultLimit = 100;

    public async Task<ApiFeedPage?> AfterAsync(long after, int limit, CancellationToken ct = default)
    {
        if (await caller.GrantAsync(ct) is not { } grant) return null;
        limit = Math.Clamp(limit, 1, MaxLimit);
        await stamper.StampAsync(ct);
        var teams = grant.TeamIds;
        var rows = await (
                from p in db.FeedPositions
                join e in db.CourseEvents on p.Sequence equals e.Sequence
                where p.Position > after && teams.Contains(e.TeamId)
                orderby p.Position
                select new { p.Position, Event = e })
            .AsNoTracking().Take(limit + 1).ToListAsync(ct);
        var page = rows.Take(limit).ToList();
        var served = new List<ApiEvent>();
        foreach (var row in page)
        {
            var e = row.Event;
            if (await scope.CitizenAsync(e.CitizenId, ct) is not { } citizen || !await consent.CoversAsync(citizen, grant, ct)) continue;
            served.Add(new ApiEvent(row.Position, e.Type, e.CourseId, e.CitizenId, e.TeamId, CourseEventTypes.CodeOf(e.Method), e.OccurredAt, e.OccurredOn,
                e.SubjectId, e.Code, e.Number, e.PlannedOn, e.ActualOn, e.Flag));
        }
        await audit.RecordManyAsync(AuditAction.Viewed, AuditNames.Citizen, [.. served.Select(e => e.CitizenId).Distinct()], "API: hændelsesfeed", ct);
        return new ApiFeedPage(served, page.Count == 0 ? after : page[^1].Position, rows.Count > limit);
    }
}
