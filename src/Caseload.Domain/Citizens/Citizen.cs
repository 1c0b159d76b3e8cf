using Caseload.Domain.Auditing;
using Caseload.Domain.Common;

namespace Caseload.Domain.Citizens;

/// <summary>A citizen (borger). Registered under one team, which scopes who may see the record.</summary>
[AuditedAs(AuditNames.Citizen, "Borger")]
public class Citizen : Entity, IAudited, IBelongsToCitizen
{
    public const int NameMaxLength = 150;
    public const int AddressMaxLength = 250;
    public const int PhoneMaxLength = 40;
    public const int EmailMaxLength = 200;
    public const int LanguageMaxLength = 60;
    public const int MunicipalityMaxLength = 80;
    public const int NotesMaxLength = 4000;

    private Citizen() { Name = string.Empty; }

    /// <summary>The CPR number may be unknown at first (a referral about someone not yet identified).</summary>
    public Citizen(string name, CprNumber? cpr, Guid teamId)
    {
        Name = string.Empty;
        Cpr = cpr;
        TeamId = teamId;
        Rename(name);
    }

    Guid IBelongsToCitizen.CitizenId => Id;

    [Personal]

    public string Name { get; private set; }
    [Personal]
    public CprNumber? Cpr { get; private set; }
    public DateOnly? DateOfBirth => Cpr?.DateOfBirth;
    public Guid TeamId { get; private set; }
    [Personal]
    public string? Address { get; private set; }
    public bool SecretAddress { get; private set; }
    [Personal]
    public string? Phone { get; private set; }
    [Personal]
    public string? SecondaryPhone { get; private set; }
    [Personal]
    public string? Email { get; private set; }
    public bool InterpreterNeeded { get; private set; }
    [Personal]
    public string? InterpreterLanguage { get; private set; }
    [Personal]
    public Whereabouts Whereabouts { get; private set; }
    public string? ActingMunicipality { get; private set; }
    [Personal]
    public string? Notes { get; private set; }
    /// <summary>UTC time of the latest achieved contact in the contact log, or null. Derived, kept by
    /// <c>LastContactSummary</c> when a contact is logged, so lists need not aggregate the whole log (issue #10).
    /// Written without bumping <see cref="Entity.Version"/>: logging a contact must not clash with an open edit form.</summary>
    public DateTime? LastAchievedContactAt { get; private set; }
    /// <summary>UTC time the retention job anonymised the record (ADR 0052): a stub kept so the course events and figures
    /// still add up; no personal value is left, and the access scope no longer hands the citizen out.</summary>
    public DateTime? AnonymisedAt { get; private set; }

    public const string AnonymisedName = "Anonymiseret borger";

    /// <summary>Removes every personal value (retention, ADR 0052). The team stays, so the team's figures still count it.</summary>
    public void Anonymise(DateTime atUtc)
    {
        Name = AnonymisedName;
        Cpr = null;
        Address = null;
        SecretAddress = false;
        Phone = null;
        SecondaryPhone = null;
        Email = null;
        InterpreterNeeded = false;
        InterpreterLanguage = null;
        Whereabouts = Whereabouts.Unknown;
        ActingMunicipality = null;
        Notes = null;
        LastAchievedContactAt = null;
        AnonymisedAt = atUtc;
    }

    public void Rename(string name)
    {
        Name = Text.Required(name, NameMaxLength, nameof(Name), "Angiv borgerens navn.", "Navnet");
    }

    public void ChangeCpr(CprNumber cpr) => Cpr = cpr;

    public void MoveToTeam(Guid teamId) => TeamId = teamId;

    public void UpdateContact(string? address, bool secretAddress, string? phone, string? secondaryPhone, string? email)
    {
        Address = Text.Optional(address, AddressMaxLength, nameof(Address), "Adressen");
        SecretAddress = secretAddress;
        Phone = Text.Optional(phone, PhoneMaxLength, nameof(Phone), "Telefonnummeret");
        SecondaryPhone = Text.Optional(secondaryPhone, PhoneMaxLength, nameof(SecondaryPhone), "Telefonnummeret");
        Email = Text.Optional(email, EmailMaxLength, nameof(Email), "E-mailadressen");
    }

    /// <summary>The citizen has moved: another municipality now acts for them (set when a course ends with a move).</summary>
    public void MovedTo(string municipality)
        => ActingMunicipality = Text.Required(municipality, MunicipalityMaxLength, nameof(ActingMunicipality), "Angiv den nye handlekommune.", "Handlekommune");

    public void UpdateCircumstances(Whereabouts whereabouts, string? actingMunicipality, bool interpreterNeeded,
        string? interpreterLanguage, string? notes)
    {
        if (interpreterNeeded && string.IsNullOrWhiteSpace(interpreterLanguage))
            throw new DomainException("Angiv sproget, når der er brug for tolk.", nameof(InterpreterLanguage));
        if (!Enum.IsDefined(whereabouts)) throw new DomainException("Vælg et opholdssted.", nameof(Whereabouts));
        Whereabouts = whereabouts;
        ActingMunicipality = Text.Optional(actingMunicipality, MunicipalityMaxLength, nameof(ActingMunicipality), "Handlekommune");
        InterpreterNeeded = interpreterNeeded;
        InterpreterLanguage = interpreterNeeded ? Text.Optional(interpreterLanguage, LanguageMaxLength, nameof(InterpreterLanguage), "Sproget") : null;
        Notes = Text.Optional(notes, NotesMaxLength, nameof(Notes), "Noter");
    }
}
