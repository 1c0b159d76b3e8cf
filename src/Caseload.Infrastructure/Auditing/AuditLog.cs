using Caseload.Application.Auditing;
using Caseload.Application.Common;
using Caseload.Application.Common.Time;
using Caseload.Domain.Auditing;

namespace Caseload.Infrastructure.Auditing;

/// <summary>Writes read events apart from the request's own context, so they are saved at once and independently of
/// whatever that context holds (or fails with) later. Concurrent requests share a commit (<see cref="AuditGroupCommit"/>);
/// each returns only when its own row is saved.</summary>
public sealed class AuditLog(AuditGroupCommit commits, ICurrentUser currentUser, IDanishClock clock) : IAuditLog
{
    public Task RecordAsync(AuditAction action, string entityType, string? entityKey, Guid? citizenId = null,
        string? details = null, CancellationToken ct = default)
    {
        // Every failed sign-in is audited here, whichever way it failed: the one place to count them (ADR 0046).
        if (action is AuditAction.SignInFailed or AuditAction.LockedOut) Metrics.CaseloadMetrics.SignInFailed(action.ToString());
        return commits.WriteAsync(new AuditEntry(clock.UtcNow, currentUser.UserId, currentUser.UserName,
            action, entityType, entityKey, citizenId, details, currentUser.IpAddress));
    }

    public Task RecordManyAsync(AuditAction action, string entityType, IReadOnlyList<Guid> citizenIds, string? details = null, CancellationToken ct = default)
    {
        if (citizenIds.Count == 0) return Task.CompletedTask;
        var now = clock.UtcNow;
        return commits.WriteAsync([.. citizenIds.Select(id => new AuditEntry(now, currentUser.UserId, currentUser.UserName,
            action, entityType, id.ToString(), id, details, currentUser.IpAddress))]);
    }
}
