using Caseload.Domain.Auditing;
using Caseload.Domain.Common;
using Caseload.Domain.Courses;
using Caseload.Domain.Teams;

namespace Caseload.Domain.Outreach;

/// <summary>
/// The outreach engine's aggregate, keyed by the shared <see cref="Course"/> (ADR 0007): the events of §2.3
/// steps 4–14 with date and by whom, the contact attempts, the consents, the ordinary caseworker and the
/// closing. Deadlines are not stored: <see cref="OutreachDeadlines"/> computes them from the events, which are
/// never deleted, so met and missed deadlines stay reproducible for the fidelity figures.
/// </summary>
[AuditedAs(AuditNames.OutreachCase, "FS-forløb")]
public class OutreachCase : Entity, IAudited, IBelongsToCitizen
{
    public const int TextMaxLength = 2000;
    public const int NameMaxLength = 150;
    /// <summary>After this many failed attempts in a row the page suggests the next steps of §2.3 step 4.</summary>
    public const int FailedAttemptsBeforeAdvice = 2;

    private readonly List<OutreachEventRecord> _events = [];
    private readonly List<OutreachContactAttempt> _contactAttempts = [];
    private readonly List<OutreachConsent> _consents = [];

    private OutreachCase() { }

    public OutreachCase(Course course, Referral referral)
    {
        if (course.Method != Method.Outreach) throw new DomainException("Kun et forløb i fremskudt sagsbehandling kan have FS-trin.");
        if (referral.CourseId != course.Id || referral.DecidedOn is not { } allocated)
            throw new DomainException("Forløbet starter, når henvendelsen er visiteret.");
        CourseId = course.Id;
        CitizenId = course.CitizenId;
        TeamId = course.TeamId;
        ReferralId = referral.Id;
        AllocatedOn = allocated;
        CoordinatingMeeting = CoordinatingMeetingNeed.NotDecided;
    }

    public Guid CourseId { get; private set; }
    public Guid CitizenId { get; private set; }
    /// <summary>The course's team, copied so the deadline list reads one table.</summary>
    public Guid TeamId { get; private set; }
    public Guid ReferralId { get; private set; }
    /// <summary>Step 3: the day one outreach worker was allocated. The contact deadline counts from here.</summary>
    public DateOnly AllocatedOn { get; private set; }
    public CoordinatingMeetingNeed CoordinatingMeeting { get; private set; }

    // Step 8: an ordinary caseworker, while outreach keeps contact and coordination until the agreed handover.
    [Personal] public string? CaseworkerName { get; private set; }
    public string? CaseworkerUnit { get; private set; }
    public DateOnly? CaseworkerFrom { get; private set; }
    [Personal] public string? HandoverAgreement { get; private set; }
    public DateOnly? HandoverOn { get; private set; }

    // Step 14.
    public DateOnly? ClosedOn { get; private set; }
    public string? ClosedBy { get; private set; }
    public OutreachClosureReason? ClosureReason { get; private set; }
    [Personal] public string? ClosureNote { get; private set; }

    public IReadOnlyCollection<OutreachEventRecord> Events => _events.AsReadOnly();
    public IReadOnlyCollection<OutreachContactAttempt> ContactAttempts => _contactAttempts.AsReadOnly();
    public IReadOnlyCollection<OutreachConsent> Consents => _consents.AsReadOnly();

    public bool IsActive => ClosedOn is null;

    public DateOnly? FirstOn(OutreachEvent e) => _events.Where(x => x.Event == e).Select(x => (DateOnly?)x.Date).Min();

    /// <summary>Failed attempts since the last one that reached the citizen (all of them while there is no contact yet).</summary>
    public int FailedAttemptsInARow => _contactAttempts.OrderByDescending(a => a.Date).ThenByDescending(a => a.CreatedAt)
        .TakeWhile(a => a.Outcome != AttemptOutcome.Reached).Count();

    public bool NeedsContactAdvice => SuggestsNextSteps(FirstOn(OutreachEvent.FirstContact) is not null, FailedAttemptsInARow);

    /// <summary>§2.3 step 4: no contact yet after repeated failed attempts — time for the next ways of reaching the citizen.</summary>
    public static bool SuggestsNextSteps(bool hasFirstContact, int failedAttemptsInARow)
        => !hasFirstContact && failedAttemptsInARow >= FailedAttemptsBeforeAdvice;

    /// <summary>Records that a step happened. Steps come in the method's order; step 7 needs a valid consent covering the party.</summary>
    public OutreachEventRecord Record(OutreachEvent e, DateOnly date, string? note, string? party, DateOnly today, string? by)
    {
        if (!Enum.IsDefined(e)) throw new DomainException("Vælg hvilket trin der er sket.", "Event");
        if (e == OutreachEvent.FollowUpAfterClosure)
        {
            if (ClosedOn is not { } closed) throw new DomainException("Opfølgningsmødet holdes 3–6 måneder efter, at forløbet er afsluttet.", "Event");
            if (date < closed) throw new DomainException($"Opfølgningsmødet kan ikke ligge før afslutningen ({closed:dd-MM-yyyy}).", "Date");
        }
        else EnsureActive();
        CheckDate(date, today);
        if (e is OutreachEvent.FirstContact or OutreachEvent.FirstMeeting or OutreachEvent.AdviceGiven or OutreachEvent.NeedsAssessmentDone
            or OutreachEvent.FollowUpAfterClosure && FirstOn(e) is { } already)
            throw new DomainException($"«{e.Danish()}» er allerede registreret den {already:dd-MM-yyyy}.", "Event");
        var requires = e switch
        {
            OutreachEvent.FirstContact or OutreachEvent.InternalInformation or OutreachEvent.FollowUpAfterClosure => (OutreachEvent?)null,
            OutreachEvent.FirstMeeting => OutreachEvent.FirstContact,
            OutreachEvent.MinutesSent => OutreachEvent.CoordinatingMeetingHeld,
            _ => OutreachEvent.FirstMeeting,
        };
        if (requires is { } before)
        {
            if (FirstOn(before) is not { } on)
                throw new DomainException($"Registrér først «{before.Danish().ToLowerInvariant()}».", "Event");
            if (date < on) throw new DomainException($"Datoen kan ikke ligge før «{before.Danish().ToLowerInvariant()}» ({on:dd-MM-yyyy}).", "Date");
        }
        string? cleanParty = null;
        if (e == OutreachEvent.ExternalInformation)
        {
            cleanParty = Text.Required(party, NameMaxLength, "Party", "Angiv hvem oplysningerne er indhentet fra.", "Parten");
            if (!_consents.Any(c => c.Covers(cleanParty, date)))
                throw new DomainException($"Der er intet gyldigt samtykke, der dækker «{cleanParty}» den {date:dd-MM-yyyy}. Registrér borgerens samtykke først.", "Party");
        }
        var record = new OutreachEventRecord(Id, CitizenId, e, date, note, cleanParty, by);
        _events.Add(record);
        return record;
    }

    /// <summary>Step 4: every attempt with channel and outcome; the first that reaches the citizen is the first contact.</summary>
    public OutreachContactAttempt AddContactAttempt(DateOnly date, AttemptChannel channel, AttemptOutcome outcome, string? note, DateOnly today, string? by)
    {
        EnsureActive();
        if (!Enum.IsDefined(channel)) throw new DomainException("Vælg kontaktform.", "Channel");
        if (!Enum.IsDefined(outcome)) throw new DomainException("Vælg udfaldet af forsøget.", "Outcome");
        CheckDate(date, today);
        var attempt = new OutreachContactAttempt(Id, CitizenId, date, channel, outcome, note, by);
        _contactAttempts.Add(attempt);
        if (outcome == AttemptOutcome.Reached && FirstOn(OutreachEvent.FirstContact) is null)
            _events.Add(new OutreachEventRecord(Id, CitizenId, OutreachEvent.FirstContact, date, $"{channel.Danish()}.", null, by));
        return attempt;
    }

    public void SetCoordinatingMeetingNeed(CoordinatingMeetingNeed need)
    {
        EnsureActive();
        if (!Enum.IsDefined(need)) throw new DomainException("Vælg om et koordinerende møde er relevant.", nameof(CoordinatingMeeting));
        if (need != CoordinatingMeetingNeed.NotDecided && FirstOn(OutreachEvent.FirstMeeting) is null)
            throw new DomainException("Tag stilling til det koordinerende møde efter det første møde.", nameof(CoordinatingMeeting));
        CoordinatingMeeting = need;
    }

    /// <summary>Consent (samtykke): what information, to and from which parties, from when and until when.</summary>
    public OutreachConsent AddConsent(string? information, string? parties, DateOnly givenOn, DateOnly? validUntil, DateOnly today)
    {
        EnsureActive();
        if (givenOn > today) throw new DomainException("Samtykket kan ikke være givet i fremtiden.", "GivenOn");
        if (validUntil < givenOn) throw new DomainException("Samtykket kan ikke udløbe, før det er givet.", "ValidUntil");
        var consent = new OutreachConsent(Id, CitizenId, information, parties, givenOn, validUntil);
        _consents.Add(consent);
        return consent;
    }

    public void WithdrawConsent(Guid consentId, DateOnly on, DateOnly today)
    {
        var consent = _consents.FirstOrDefault(c => c.Id == consentId) ?? throw new DomainException("Samtykket findes ikke længere. Genindlæs siden.");
        CheckDate(on, today);
        consent.Withdraw(on);
    }

    public void AssignCaseworker(string? name, string? unit, DateOnly from, DateOnly today)
    {
        EnsureActive();
        CheckDate(from, today);
        CaseworkerName = Text.Required(name, NameMaxLength, nameof(CaseworkerName), "Angiv den ordinære sagsbehandlers navn.", "Navnet");
        CaseworkerUnit = Text.Required(unit, NameMaxLength, nameof(CaseworkerUnit), "Angiv den ordinære sagsbehandlers enhed.", "Enheden");
        CaseworkerFrom = from;
    }

    public void AgreeHandover(string? agreement, DateOnly on)
    {
        EnsureActive();
        if (CaseworkerFrom is not { } from) throw new DomainException("Registrér den ordinære sagsbehandler først.", nameof(HandoverAgreement));
        if (on < from) throw new DomainException($"Overdragelsen kan ikke ligge før sagsbehandleren kom på ({from:dd-MM-yyyy}).", nameof(HandoverOn));
        HandoverAgreement = Text.Required(agreement, TextMaxLength, nameof(HandoverAgreement), "Beskriv hvad der er aftalt om overdragelsen.", "Aftalen");
        HandoverOn = on;
    }

    /// <summary>Step 14. The follow-up meeting is due 3–6 months later (<see cref="OutreachDeadlines"/>).</summary>
    public void Close(OutreachClosureReason reason, DateOnly on, string? note, DateOnly today, string? by)
    {
        EnsureActive();
        if (!Enum.IsDefined(reason)) throw new DomainException("Vælg hvorfor forløbet afsluttes.", nameof(ClosureReason));
        CheckDate(on, today);
        var latest = _events.Select(x => (DateOnly?)x.Date).Max();
        if (on < latest) throw new DomainException($"Afslutningen kan ikke ligge før seneste registrerede trin ({latest:dd-MM-yyyy}).", "Date");
        ClosureNote = reason == OutreachClosureReason.Other
            ? Text.Required(note, TextMaxLength, nameof(ClosureNote), "Beskriv årsagen, når du vælger «Andet».", "Beskrivelsen")
            : Text.Optional(note, TextMaxLength, nameof(ClosureNote), "Bemærkningen");
        ClosureReason = reason;
        ClosedOn = on;
        ClosedBy = by;
    }

    private void CheckDate(DateOnly date, DateOnly today)
    {
        if (date > today) throw new DomainException("Datoen kan ikke ligge i fremtiden.", "Date");
        if (date < AllocatedOn) throw new DomainException($"Datoen kan ikke ligge før visitationen ({AllocatedOn:dd-MM-yyyy}).", "Date");
    }

    private void EnsureActive()
    {
        if (!IsActive) throw new DomainException("Forløbet i fremskudt sagsbehandling er afsluttet.");
    }
}

/// <summary>A step of §2.3 that happened: when, by whom, with a note (and for step 7 the party asked).</summary>
[AuditedAs(AuditNames.OutreachEventRecord, "FS-trin")]
public class OutreachEventRecord : Entity, IAudited, IBelongsToCitizen
{
    private OutreachEventRecord() { }

    internal OutreachEventRecord(Guid outreachCaseId, Guid citizenId, OutreachEvent e, DateOnly date, string? note, string? party, string? by)
    {
        OutreachCaseId = outreachCaseId;
        CitizenId = citizenId;
        Event = e;
        Date = date;
        Note = Text.Optional(note, OutreachCase.TextMaxLength, nameof(Note), "Bemærkningen");
        Party = party;
        By = by;
    }

    public Guid OutreachCaseId { get; private set; }
    public Guid CitizenId { get; private set; }
    public OutreachEvent Event { get; private set; }
    public DateOnly Date { get; private set; }
    [Personal] public string? Note { get; private set; }
    [Personal] public string? Party { get; private set; }
    public string? By { get; private set; }
}

/// <summary>A try to reach the citizen (step 4).</summary>
[AuditedAs(AuditNames.OutreachContactAttempt, "FS-kontaktforsøg")]
public class OutreachContactAttempt : Entity, IAudited, IBelongsToCitizen
{
    private OutreachContactAttempt() { }

    internal OutreachContactAttempt(Guid outreachCaseId, Guid citizenId, DateOnly date, AttemptChannel channel, AttemptOutcome outcome, string? note, string? by)
    {
        OutreachCaseId = outreachCaseId;
        CitizenId = citizenId;
        Date = date;
        Channel = channel;
        Outcome = outcome;
        Note = Text.Optional(note, OutreachCase.TextMaxLength, nameof(Note), "Bemærkningen");
        By = by;
    }

    public Guid OutreachCaseId { get; private set; }
    public Guid CitizenId { get; private set; }
    public DateOnly Date { get; private set; }
    public AttemptChannel Channel { get; private set; }
    public AttemptOutcome Outcome { get; private set; }
    [Personal] public string? Note { get; private set; }
    public string? By { get; private set; }
}

/// <summary>The citizen's consent to obtain and share information (domain.md §6).</summary>
[AuditedAs(AuditNames.OutreachConsent, "Samtykke")]
public class OutreachConsent : Entity, IAudited, IBelongsToCitizen
{
    public const int PartiesMaxLength = 1000;
    private static readonly char[] PartySeparators = ['\n', ',', ';'];

    private OutreachConsent() { Information = string.Empty; Parties = string.Empty; }

    internal OutreachConsent(Guid outreachCaseId, Guid citizenId, string? information, string? parties, DateOnly givenOn, DateOnly? validUntil)
    {
        OutreachCaseId = outreachCaseId;
        CitizenId = citizenId;
        Information = Text.Required(information, OutreachCase.TextMaxLength, nameof(Information), "Angiv hvilke oplysninger samtykket gælder.", "Oplysningerne");
        Parties = Text.Required(parties, PartiesMaxLength, nameof(Parties), "Angiv hvilke parter samtykket gælder (én pr. linje).", "Parterne");
        GivenOn = givenOn;
        ValidUntil = validUntil;
    }

    public Guid OutreachCaseId { get; private set; }
    public Guid CitizenId { get; private set; }
    [Personal] public string Information { get; private set; }
    /// <summary>The parties information may be obtained from and shared with, one per line (or separated by commas).</summary>
    [Personal] public string Parties { get; private set; }
    public DateOnly GivenOn { get; private set; }
    public DateOnly? ValidUntil { get; private set; }
    public DateOnly? WithdrawnOn { get; private set; }

    public IReadOnlyList<string> PartyList => Parties.Split(PartySeparators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    public bool IsValidOn(DateOnly date) => GivenOn <= date && (ValidUntil is null || date <= ValidUntil) && (WithdrawnOn is null || date < WithdrawnOn);

    public bool Covers(string party, DateOnly date)
        => IsValidOn(date) && PartyList.Any(p => string.Equals(p, party.Trim(), StringComparison.OrdinalIgnoreCase));

    internal void Withdraw(DateOnly on)
    {
        if (WithdrawnOn is not null) throw new DomainException($"Samtykket er allerede trukket tilbage den {WithdrawnOn:dd-MM-yyyy}.");
        if (on < GivenOn) throw new DomainException($"Samtykket kan ikke trækkes tilbage, før det er givet ({GivenOn:dd-MM-yyyy}).", "Date");
        WithdrawnOn = on;
    }
}
