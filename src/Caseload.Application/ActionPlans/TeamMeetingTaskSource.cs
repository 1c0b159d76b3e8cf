using Caseload.Application.Engines;
using Caseload.Application.Common;
using Caseload.Application.Security;
using Microsoft.EntityFrameworkCore;

namespace Caseload.Application.ActionPlans;

/// <summary>The user's open tasks from ACT team meetings on the start page's "Mine opgaver" (ADR 0023), for citizens still in
/// the user's scope: one query, the nearest first.</summary>
public sealed class TeamMeetingTaskSource(IActDbContext db, IAccessScope scope, ICurrentUser me) : IMyTaskSource
{
    public const int Shown = 10;

    public async Task<IReadOnlyList<MyTask>> OpenTasksAsync(CancellationToken ct)
    {
        var citizens = await scope.CitizensAsync(ct);
        var rows = await db.TeamMeetingTasks.AsNoTracking().Where(t => t.OwnerId == me.UserId && t.DoneOn == null)
            .Join(citizens, t => t.CitizenId, c => c.Id, (t, c) => new { t.Id, t.MeetingId, t.TeamId, CitizenId = c.Id, c.Name, t.Description, t.DueOn, t.OwnerKind, t.OwnerName })
            .OrderBy(t => t.DueOn).ThenBy(t => t.Name).Take(Shown).ToListAsync(ct);
        return [.. rows.Select(t => new MyTask($"{t.Description} ({Marked(t.OwnerKind, t.OwnerName)})", t.CitizenId, t.Name, $"/act/teams/{t.TeamId}/teammoeder/{t.MeetingId}", t.DueOn,
            $"/borgere/{t.CitizenId}/teammoede-opgaver/{t.Id}/udfoert"))];
    }

    /// <summary>A task the citizen or a partner has shows on the primary worker's list marked with who has it.</summary>
    private static string Marked(Domain.ActionPlans.TaskOwnerKind kind, string? partner) => kind switch
    {
        Domain.ActionPlans.TaskOwnerKind.Citizen => "teammøde – borgerens opgave, du følger op",
        Domain.ActionPlans.TaskOwnerKind.Partner => $"teammøde – opgave for {partner}, du følger op",
        _ => "teammøde",
    };
}
