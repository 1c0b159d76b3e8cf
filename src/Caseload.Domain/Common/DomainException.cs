namespace Caseload.Domain.Common;

/// <summary>A rule of the domain was broken. The message is Danish: it is shown to the user, next to
/// <see cref="Field"/> (the name of the property it concerns) when there is one.</summary>
public class DomainException : Exception
{
    public DomainException() { }
    public DomainException(string message) : base(message) { }
    public DomainException(string message, Exception innerException) : base(message, innerException) { }
    public DomainException(string message, string field) : base(message) => Field = field;

    /// <summary>The property the rule concerns (e.g. "Reason"), or null for the whole form.</summary>
    public string? Field { get; }
}
