namespace Caseload.Domain.Common;

/// <summary>
/// Personal data about a citizen (name, CPR, address, phone, whereabouts, free text). The audit log records
/// that such a field changed, never its value: the record keeps the value, under the access scope.
/// </summary>
[AttributeUsage(AttributeTargets.Property, Inherited = true)]
public sealed class PersonalAttribute : Attribute;
