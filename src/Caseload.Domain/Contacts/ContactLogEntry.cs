using Caseload.Domain.Auditing;
using Caseload.Domain.Common;

namespace Caseload.Domain.Contacts;

public enum ContactChannel
{
    HomeVisit,
    DropInCentre,
    Phone,
    Sms,
    Letter,
    Email,
    ViaNetwork,
    OfficeMeeting,
    Other,
}

public static class ContactChannelNames
{
    public static string Danish(this ContactChannel c) => c switch
    {
        ContactChannel.HomeVisit => "Hjemmebesøg",
        ContactChannel.DropInCentre => "Værested",
        ContactChannel.Phone => "Telefon",
        ContactChannel.Sms => "Sms",
        ContactChannel.Letter => "Brev",
        ContactChannel.Email => "E-mail",
        ContactChannel.ViaNetwork => "Via netværk",
        ContactChannel.OfficeMeeting => "Møde på kontoret",
        ContactChannel.Other => "Andet",
        _ => c.ToString(),
    };
}

/// <summary>One contact or contact attempt with a citizen (journal entry). Not edited afterwards: a
/// correction is a new entry, as in a paper journal.</summary>
[AuditedAs(AuditNames.ContactLogEntry, "Kontakt")]
public class ContactLogEntry : Entity, IAudited, IBelongsToCitizen
{
    public const int PlaceMaxLength = 150;
    public const int ParticipantsMaxLength = 300;
    public const int NoteMaxLength = 4000;

    private ContactLogEntry() { AuthorId = string.Empty; }

    public ContactLogEntry(Guid citizenId, DateTime occurredAt, ContactChannel channel, bool achieved, string? place,
        string? participants, string? note, string authorId, DateTime now)
    {
        if (occurredAt > now.AddMinutes(5)) throw new DomainException("Tidspunktet for kontakten kan ikke ligge i fremtiden.", nameof(OccurredAt));
        if (!Enum.IsDefined(channel)) throw new DomainException("Vælg kontaktform.", nameof(Channel));
        CitizenId = citizenId;
        OccurredAt = occurredAt;
        Channel = channel;
        Achieved = achieved;
        Place = Text.Optional(place, PlaceMaxLength, nameof(Place), "Sted");
        Participants = Text.Optional(participants, ParticipantsMaxLength, nameof(Participants), "Deltagere");
        Note = Text.Optional(note, NoteMaxLength, nameof(Note), "Notatet");
        AuthorId = authorId;
    }

    public Guid CitizenId { get; private set; }
    /// <summary>UTC.</summary>
    public DateTime OccurredAt { get; private set; }
    public ContactChannel Channel { get; private set; }
    /// <summary>Was contact actually achieved (or only attempted)?</summary>
    public bool Achieved { get; private set; }
    [Personal]
    public string? Place { get; private set; }
    [Personal]
    public string? Participants { get; private set; }
    [Personal]
    public string? Note { get; private set; }
    public string AuthorId { get; private set; }
}
