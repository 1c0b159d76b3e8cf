using Caseload.Domain.Auditing;

namespace Caseload.Application.Auditing;

/// <summary>
/// Explicit audit events that are not data changes: reads ("viewed citizen record"), CPR reveals, prints,
/// sign-ins. Each is saved at once, on its own, so it is kept even if the page fails afterwards.
/// (Data changes are audited automatically when saved.)
/// </summary>
public interface IAuditLog
{
    Task RecordAsync(AuditAction action, string entityType, string? entityKey, Guid? citizenId = null,
        string? details = null, CancellationToken ct = default);

    /// <summary>The same read of several citizens' records (a list behind a figure), one row each, saved in one write.</summary>
    Task RecordManyAsync(AuditAction action, string entityType, IReadOnlyList<Guid> citizenIds, string? details = null, CancellationToken ct = default);
}
