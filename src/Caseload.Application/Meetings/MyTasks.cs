using Caseload.Application.Common;
using Caseload.Application.Common.Time;
using Caseload.Application.Security;
using Microsoft.EntityFrameworkCore;

namespace Caseload.Application.Meetings;

public sealed record MyTaskRow(Guid TaskId, Guid MeetingId, Guid CitizenId, string CitizenName, string Description, DateOnly DueOn);

/// <summary><see cref="More"/>: there are open tasks beyond those shown.</summary>
public sealed record MyTaskList(IReadOnlyList<MyTaskRow> Rows, bool More, DateOnly Today);

/// <summary>The start page's "Mine opgaver": open tasks from coordinating meetings owned by the signed-in user, soonest
/// first, for citizens still in the user's scope: one query whatever the number of tasks (one row more than shown tells
/// whether there are more).</summary>
public sealed class MyTasks(ICaseloadDbContext db, IAccessScope scope, ICurrentUser me, IDanishClock clock)
{
    public const int Shown = 10;

    public async Task<MyTaskList> OpenAsync(CancellationToken ct = default)
    {
        var citizens = await scope.CitizensAsync(ct);
        var mine = db.MeetingTasks.AsNoTracking().Where(t => t.OwnerId == me.UserId && t.DoneOn == null)
            .Join(citizens, t => t.CitizenId, c => c.Id, (t, c) => new { t.Id, t.MeetingId, CitizenId = c.Id, c.Name, t.Description, t.DueOn });
        var rows = await mine.OrderBy(t => t.DueOn).ThenBy(t => t.Name).Take(Shown + 1)
            .Select(t => new MyTaskRow(t.Id, t.MeetingId, t.CitizenId, t.Name, t.Description, t.DueOn)).ToListAsync(ct);
        return new MyTaskList([.. rows.Take(Shown)], rows.Count > Shown, clock.Today);
    }
}
