namespace Caseload.Application.Auditing;

/// <summary>Stable audit-log names used by explicit events (the same names as the entities' [AuditedAs]).</summary>
public static class AuditNames
{
    public const string Citizen = "Citizen";
    public const string AuditLog = "AuditLog";
    public const string User = "User";
}
