using Caseload.Domain.Auditing;
using Caseload.Domain.Common;

namespace Caseload.Domain.Outreach;

/// <summary>
/// A referral (henvendelse) to the outreach team (§2.3 steps 1–3): who referred and why, the screening form,
/// and the outreach workers' decision — accepted with one outreach worker (which starts the outreach course),
/// or declined with a reason, back to the referrer.
/// </summary>
[AuditedAs(AuditNames.Referral, "Henvendelse (FS)")]
public class Referral : Entity, IAudited, IBelongsToCitizen
{
    public const int NameMaxLength = 150;
    public const int ContactMaxLength = 300;
    public const int TextMaxLength = 2000;
    public const int CodesMaxLength = 200;

    private Referral() { ReferrerName = string.Empty; Concern = string.Empty; ReceivedBy = string.Empty; CriteriaCodes = string.Empty; }

    public Referral(Guid citizenId, Guid teamId, DateOnly receivedOn, ReferralSource source, string? referrerName, string? referrerContact,
        string? concern, string? receivedBy, DateOnly today)
    {
        if (!Enum.IsDefined(source)) throw new DomainException("Vælg hvem henvendelsen kommer fra.", nameof(Source));
        if (receivedOn > today) throw new DomainException("Datoen for henvendelsen kan ikke ligge i fremtiden.", nameof(ReceivedOn));
        CitizenId = citizenId;
        TeamId = teamId;
        ReceivedOn = receivedOn;
        Source = source;
        ReferrerName = Text.Required(referrerName, NameMaxLength, nameof(ReferrerName), "Angiv hvem der henviser (navn eller enhed).", "Henviserens navn");
        ReferrerContact = Text.Optional(referrerContact, ContactMaxLength, nameof(ReferrerContact), "Henviserens kontaktoplysninger");
        Concern = Text.Required(concern, TextMaxLength, nameof(Concern), "Beskriv bekymringen — hvorfor henvender de sig?", "Bekymringen");
        ReceivedBy = Text.Required(receivedBy, NameMaxLength, nameof(ReceivedBy), "Angiv hvem der modtog henvendelsen.", "Modtaget af");
        CriteriaCodes = string.Empty;
        Status = ReferralStatus.Received;
    }

    public Guid CitizenId { get; private set; }
    public Guid TeamId { get; private set; }
    public DateOnly ReceivedOn { get; private set; }
    public ReferralSource Source { get; private set; }
    [Personal] public string ReferrerName { get; private set; }
    [Personal] public string? ReferrerContact { get; private set; }
    [Personal] public string Concern { get; private set; }
    public string ReceivedBy { get; private set; }
    public ReferralStatus Status { get; private set; }

    // The screening form (step 2).
    /// <summary>The ticked criteria as codes of <see cref="ScreeningForm"/>, separated by ';'.</summary>
    [Personal] public string CriteriaCodes { get; private set; }
    public DateOnly? ScreenedOn { get; private set; }
    public string? ScreenedBy { get; private set; }
    /// <summary>The age used for the age band: from the CPR number when known, else as typed on the form.</summary>
    public int? AgeAtScreening { get; private set; }
    public string? PassedTo { get; private set; }

    // The decision (step 3).
    public DateOnly? DecidedOn { get; private set; }
    public string? DecidedBy { get; private set; }
    [Personal] public string? DeclineReason { get; private set; }
    /// <summary>The outreach course started by accepting the referral.</summary>
    public Guid? CourseId { get; private set; }

    public IReadOnlyList<string> Criteria => CriteriaCodes.Split(';', StringSplitOptions.RemoveEmptyEntries);

    public bool IsOpen => Status is ReferralStatus.Received or ReferralStatus.Screened;

    public ScreeningRecommendation Recommendation(AgeBand bandA, AgeBand bandB) => ScreeningRule.Evaluate(Criteria, AgeAtScreening, bandA, bandB);

    /// <summary>Fills (or corrects) the screening form; allowed until the decision.</summary>
    public void Screen(IEnumerable<string> criteria, int? age, string? passedTo, DateOnly screenedOn, DateOnly today, string? by)
    {
        EnsureOpen();
        var codes = criteria.Select(c => c.Trim()).Where(c => c.Length > 0).Distinct().ToList();
        var unknown = codes.FirstOrDefault(c => ScreeningForm.Find(c) is null);
        if (unknown is not null) throw new DomainException($"Kriteriet «{unknown}» findes ikke på screeningsskemaet.", "Criteria");
        if (age is < 0 or > 130) throw new DomainException("Alderen skal være mellem 0 og 130 år.", "Age");
        if (screenedOn > today) throw new DomainException("Screeningsdatoen kan ikke ligge i fremtiden.", nameof(ScreenedOn));
        if (screenedOn < ReceivedOn) throw new DomainException($"Screeningen kan ikke ligge før henvendelsen ({ReceivedOn:dd-MM-yyyy}).", nameof(ScreenedOn));
        CriteriaCodes = string.Join(';', ScreeningForm.Criteria.Select(c => c.Code).Where(codes.Contains));
        AgeAtScreening = age;
        PassedTo = Text.Optional(passedTo, NameMaxLength, nameof(PassedTo), "Videregivet til");
        ScreenedOn = screenedOn;
        ScreenedBy = by;
        Status = ReferralStatus.Screened;
    }

    /// <summary>The citizen belongs to the target group: the caller starts the outreach course and hands its id here.</summary>
    public void Accept(Guid courseId, DateOnly decidedOn, DateOnly today, string? by)
    {
        EnsureDecidable(decidedOn, today);
        CourseId = courseId;
        DecidedOn = decidedOn;
        DecidedBy = by;
        Status = ReferralStatus.Accepted;
    }

    /// <summary>Not in the target group: back to the referrer, with the reason.</summary>
    public void Decline(string? reason, DateOnly decidedOn, DateOnly today, string? by)
    {
        EnsureDecidable(decidedOn, today);
        DeclineReason = Text.Required(reason, TextMaxLength, nameof(DeclineReason), "Angiv begrundelsen, som henviseren får.", "Begrundelsen");
        DecidedOn = decidedOn;
        DecidedBy = by;
        Status = ReferralStatus.Declined;
    }

    private void EnsureDecidable(DateOnly decidedOn, DateOnly today)
    {
        EnsureOpen();
        if (Status != ReferralStatus.Screened) throw new DomainException("Udfyld screeningsskemaet, før I træffer afgørelse.");
        if (decidedOn > today) throw new DomainException("Datoen for afgørelsen kan ikke ligge i fremtiden.", nameof(DecidedOn));
        if (decidedOn < ScreenedOn) throw new DomainException($"Afgørelsen kan ikke ligge før screeningen ({ScreenedOn:dd-MM-yyyy}).", nameof(DecidedOn));
    }

    private void EnsureOpen()
    {
        if (!IsOpen) throw new DomainException("Der er allerede truffet afgørelse om henvendelsen.");
    }
}
