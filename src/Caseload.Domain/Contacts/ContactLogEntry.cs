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
    public const int MinDuration = 1;
    public const int MaxDuration = 600;
    public const int MaxWorkersPresent = 10;
    public static readonly string DurationMessage = $"Varigheden skal være mellem {MinDuration} og {MaxDuration} minutter.";

    private readonly List<ContactWorker> _workersPresent = [];

    private ContactLogEntry() { AuthorId = string.Empty; }

    /// <param name="workersPresent">Other team members present besides the author (DACTS H2 counts them).</param>
    public ContactLogEntry(Guid citizenId, DateTime occurredAt, ContactChannel channel, bool achieved, string? place,
        string? participants, string? note, string authorId, DateTime now, int? durationMinutes = null,
        bool networkTookPart = false, IEnumerable<string>? workersPresent = null)
    {
        if (durationMinutes is < MinDuration or > MaxDuration) throw new DomainException(DurationMessage, nameof(DurationMinutes));
        var workers = (workersPresent ?? []).Where(w => !string.IsNullOrWhiteSpace(w) && w != authorId).Distinct().ToList();
        if (workers.Count > MaxWorkersPresent) throw new DomainException($"Vælg højst {MaxWorkersPresent} medarbejdere.", nameof(WorkersPresent));
        DurationMinutes = durationMinutes;
        NetworkTookPart = networkTookPart;
        _workersPresent.AddRange(workers.Select(w => new ContactWorker(w)));
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
    /// <summary>Minutes, when given (DACTS S4).</summary>
    public int? DurationMinutes { get; private set; }
    /// <summary>Persons from the citizen's network took part (DACTS S6).</summary>
    public bool NetworkTookPart { get; private set; }
    public IReadOnlyCollection<ContactWorker> WorkersPresent => _workersPresent.AsReadOnly();

    /// <summary>The author and the workers present: who met the citizen.</summary>
    public IEnumerable<string> Workers => _workersPresent.Select(w => w.UserId).Prepend(AuthorId);
}

/// <summary>A team member present at a contact besides its author: a row, not a list in a column, so statistics
/// can count distinct workers in SQL on every provider.</summary>
public class ContactWorker
{
    private ContactWorker() { UserId = string.Empty; }

    internal ContactWorker(string userId) { UserId = userId; }

    public string UserId { get; private set; }
}
