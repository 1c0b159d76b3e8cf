namespace Caseload.Domain.Common;

/// <summary>
/// The stable name under which an entity's changes are kept in the audit log (never the CLR type name: a
/// rename must not break the history), and its Danish display name. A test fails when an audited entity has none.
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class AuditedAsAttribute(string stableName, string danishName) : Attribute
{
    public string StableName { get; } = stableName;
    public string DanishName { get; } = danishName;
}
