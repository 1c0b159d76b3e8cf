namespace Caseload.Domain.Common;

/// <summary>A rule of the domain was broken. The message is Danish: it is shown to the user.</summary>
public class DomainException : Exception
{
    public DomainException() { }
    public DomainException(string message) : base(message) { }
    public DomainException(string message, Exception innerException) : base(message, innerException) { }
}
