namespace Caseload.Infrastructure.DataProtection;

/// <summary>One ASP.NET Data Protection key (XML), shared through the database by all web instances.</summary>
public class DataProtectionKey
{
    public int Id { get; set; }
    public string? FriendlyName { get; set; }
    public string Xml { get; set; } = string.Empty;
}
