using Caseload.Domain.Partners;

namespace Caseload.Application.Partners;

public sealed class ContactInput
{
    public Guid Id { get; set; }
    public string? Name { get; set; }
    public string? Role { get; set; }
    public string? Phone { get; set; }
    public string? Email { get; set; }
}

public sealed class PartnerInput
{
    public string? Name { get; set; }
    public PartnerKind? Kind { get; set; }
    public string? Address { get; set; }
    public string? Note { get; set; }
    public List<ContactInput> Contacts { get; set; } = [];
    public Guid Version { get; set; }
}

public sealed class AgreementInput
{
    public string? Title { get; set; }
    public string? Parties { get; set; }
    public string? Purpose { get; set; }
    public string? Roles { get; set; }
    public string? Agreed { get; set; }
    public DateOnly? ValidFrom { get; set; }
    public DateOnly? ValidTo { get; set; }
    public DateOnly? ReviewOn { get; set; }
    public Guid Version { get; set; }
}

/// <summary>An uploaded file as the web layer read it (name as given, content in full, at most a little over the limit).</summary>
public sealed record FileUpload(string? FileName, byte[] Content);
