using System.Text.Json;
using Caseload.Domain.Auditing;
using Caseload.Domain.Common;

namespace Caseload.Domain.Partners;

/// <summary>The kinds of partner organisation the methods work with (domain.md §2).</summary>
public enum PartnerKind
{
    Psychiatry,
    Hospital,
    DropInCentre,
    HousingAssociation,
    JobCentre,
    ProbationService,
    Volunteer,
    Other,
}

/// <summary>A contact person at a partner. <see cref="Id"/> stays the same while the list is edited.</summary>
public sealed record PartnerContact(Guid Id, string Name, string? Role, string? Phone, string? Email);

/// <summary>A partner organisation (psychiatry, hospital, drop-in centre, housing association, job centre, probation service,
/// volunteer organisation …) with its contacts. Organisations, not citizens: kept by managers and team leaders.</summary>
[AuditedAs(AuditNames.Partner, "Samarbejdspartner")]
public class Partner : Entity, IAudited
{
    public const int NameMaxLength = 150;
    public const int TextMaxLength = 1000;
    public const int ShortMaxLength = 150;
    public const int MaxContacts = 20;

    private Partner() { Name = string.Empty; ContactsJson = "[]"; }

    public Partner(string? name, PartnerKind kind, string? address, string? note)
    {
        Name = string.Empty;
        ContactsJson = "[]";
        Change(name, kind, address, note);
    }

    public string Name { get; private set; }
    public PartnerKind Kind { get; private set; }
    public string? Address { get; private set; }
    public string? Note { get; private set; }
    public string ContactsJson { get; private set; }

    public IReadOnlyList<PartnerContact> Contacts => JsonRows.Read<PartnerContact>(ContactsJson);

    public void Change(string? name, PartnerKind kind, string? address, string? note)
    {
        if (!Enum.IsDefined(kind)) throw new DomainException("Vælg hvilken slags partner det er.", nameof(Kind));
        Name = Text.Required(name, NameMaxLength, nameof(Name), "Skriv partnerens navn.", "Navnet");
        Kind = kind;
        Address = Text.Optional(address, ShortMaxLength, nameof(Address), "Adressen");
        Note = Text.Optional(note, TextMaxLength, nameof(Note), "Bemærkningen");
    }

    /// <summary>Saves the contact list. Blank rows are dropped; a filled row needs the person's name.</summary>
    public void SaveContacts(IEnumerable<PartnerContact> contacts)
    {
        var kept = new List<PartnerContact>();
        foreach (var c in contacts)
        {
            var name = Text.Clean(c.Name);
            if (name is null && Text.Clean(c.Role) is null && Text.Clean(c.Phone) is null && Text.Clean(c.Email) is null) continue;
            if (name is null) throw new DomainException("Skriv navnet på hver kontaktperson (eller tøm rækken).", "Contacts");
            var who = $"«{Text.Shorten(name)}»";
            kept.Add(new PartnerContact(c.Id == Guid.Empty ? Guid.NewGuid() : c.Id,
                Text.Required(name, ShortMaxLength, "Contacts", "", $"Navnet {who}"),
                Text.Optional(c.Role, ShortMaxLength, "Contacts", $"Rollen for {who}"),
                Text.Optional(c.Phone, 40, "Contacts", $"Telefonnummeret for {who}"),
                Text.Optional(c.Email, ShortMaxLength, "Contacts", $"Mailadressen for {who}")));
        }
        if (kept.Count > MaxContacts) throw new DomainException($"En partner kan højst have {MaxContacts} kontaktpersoner.", "Contacts");
        ContactsJson = JsonSerializer.Serialize(kept);
    }
}

public static class PartnerNames
{
    public static string Danish(this PartnerKind k) => k switch
    {
        PartnerKind.Psychiatry => "Psykiatri",
        PartnerKind.Hospital => "Hospital",
        PartnerKind.DropInCentre => "Værested",
        PartnerKind.HousingAssociation => "Boligforening",
        PartnerKind.JobCentre => "Jobcenter",
        PartnerKind.ProbationService => "Kriminalforsorgen",
        PartnerKind.Volunteer => "Frivillig organisation",
        _ => "Anden",
    };
}
