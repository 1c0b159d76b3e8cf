using Caseload.Application.Auditing;
using Caseload.Application.Common;
using Caseload.Application.Common.Time;
using Caseload.Domain.Auditing;
using Caseload.Infrastructure.Persistence;
using Microsoft.Extensions.DependencyInjection;

namespace Caseload.Infrastructure.Auditing;

/// <summary>Writes read events through a DbContext of its own, so they are saved at once and independently
/// of whatever the request's own context holds (or fails with) later.</summary>
public sealed class AuditLog(IServiceScopeFactory scopes, ICurrentUser currentUser, IDanishClock clock) : IAuditLog
{
    public async Task RecordAsync(AuditAction action, string entityType, string? entityKey, Guid? citizenId = null,
        string? details = null, CancellationToken ct = default)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CaseloadDbContext>();
        db.AuditEntries.Add(new AuditEntry(clock.UtcNow, currentUser.UserId, currentUser.UserName,
            action, entityType, entityKey, citizenId, details, currentUser.IpAddress));
        // Not cancellable: an audit event must not be lost because the client went away.
        await db.SaveChangesAsync(CancellationToken.None);
    }

    public async Task RecordManyAsync(AuditAction action, string entityType, IReadOnlyList<Guid> citizenIds, string? details = null, CancellationToken ct = default)
    {
        if (citizenIds.Count == 0) return;
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CaseloadDbContext>();
        var now = clock.UtcNow;
        db.AuditEntries.AddRange(citizenIds.Select(id => new AuditEntry(now, currentUser.UserId, currentUser.UserName,
            action, entityType, id.ToString(), id, details, currentUser.IpAddress)));
        await db.SaveChangesAsync(CancellationToken.None);
    }
}
