namespace Caseload.Domain.Auditing;

public enum AuditAction
{
    Created,
    Updated,
    Deleted,
    Viewed,
    RevealedCpr,
    Printed,
    Searched,
    SignedIn,
    SignInFailed,
    LockedOut,
    Downloaded,
}

/// <summary>
/// One row of the audit log. Append-only: the persistence layer refuses updates and deletes of these rows,
/// and the app offers no way to change them.
/// </summary>
public class AuditEntry
{
    public const int TextMaxLength = 200;

    private AuditEntry() { EntityType = string.Empty; }

    public AuditEntry(DateTime at, string? userId, string? userName, AuditAction action, string entityType,
        string? entityKey, Guid? citizenId, string? changes, string? ipAddress)
    {
        At = at;
        UserId = userId;
        UserName = userName;
        Action = action;
        EntityType = entityType;
        EntityKey = entityKey;
        CitizenId = citizenId;
        Changes = changes;
        IpAddress = ipAddress;
    }

    public long Id { get; private set; }
    public DateTime At { get; private set; }
    public string? UserId { get; private set; }
    public string? UserName { get; private set; }
    public AuditAction Action { get; private set; }
    public string EntityType { get; private set; }
    public string? EntityKey { get; private set; }
    public Guid? CitizenId { get; private set; }
    /// <summary>JSON: changed fields with old and new values (never secrets).</summary>
    public string? Changes { get; private set; }
    public string? IpAddress { get; private set; }
}
