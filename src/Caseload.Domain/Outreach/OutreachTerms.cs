namespace Caseload.Domain.Outreach;

/// <summary>Who referred the citizen (typical sources from domain.md §2.3 step 1 and the issue).</summary>
public enum ReferralSource
{
    Citizen,
    Relative,
    Neighbour,
    HousingAssociation,
    GeneralPractitioner,
    HospitalPsychiatry,
    Police,
    BailiffCourt,
    JobCentre,
    BenefitsOffice,
    OtherDepartment,
    OtherMunicipality,
    Other,
}

public enum ReferralStatus
{
    /// <summary>Received, not screened yet.</summary>
    Received,
    /// <summary>Screened, awaiting the outreach workers' decision.</summary>
    Screened,
    Accepted,
    Declined,
}

/// <summary>The recorded events of an outreach case, each tied to a step of §2.3 (1–14) and, after closure, the follow-up meeting.</summary>
public enum OutreachEvent
{
    FirstContact,
    InternalInformation,
    FirstMeeting,
    ExternalInformation,
    AdviceGiven,
    NeedsAssessmentDone,
    FollowUpMeeting,
    CoordinatingMeetingCalled,
    CoordinatingMeetingHeld,
    MinutesSent,
    AgreementsFollowedUp,
    FollowUpAfterClosure,
}

/// <summary>Whether a coordinating meeting is relevant (step 11), and with whom: it sets its deadline.</summary>
public enum CoordinatingMeetingNeed
{
    NotDecided,
    NotRelevant,
    Internal,
    WithExternalPartners,
}

public enum AttemptChannel
{
    Email,
    Phone,
    TextMessage,
    Letter,
    Visit,
    Network,
}

public enum AttemptOutcome
{
    Reached,
    NoAnswer,
    DoorNotOpened,
    MessageLeft,
    Declined,
}

public enum OutreachClosureReason
{
    FutureCourseArranged,
    NoFurtherNeed,
    Declined,
    Moved,
    Other,
}

public enum DeadlineKind
{
    Contact,
    FirstMeeting,
    Advice,
    NeedsAssessment,
    CoordinatingMeeting,
    Minutes,
    FollowUpAfterClosure,
    /// <summary>Not an outreach step: a cooperation agreement's next follow-up, listed beside them.</summary>
    AgreementFollowUp,
}

public static class OutreachTermNames
{
    public static string Danish(this ReferralSource source) => source switch
    {
        ReferralSource.Citizen => "Borgeren selv",
        ReferralSource.Relative => "Pårørende",
        ReferralSource.Neighbour => "Nabo",
        ReferralSource.HousingAssociation => "Boligselskab",
        ReferralSource.GeneralPractitioner => "Egen læge",
        ReferralSource.HospitalPsychiatry => "Hospital/psykiatri",
        ReferralSource.Police => "Politi",
        ReferralSource.BailiffCourt => "Fogedret",
        ReferralSource.JobCentre => "Jobcenter",
        ReferralSource.BenefitsOffice => "Ydelseskontor",
        ReferralSource.OtherDepartment => "Anden forvaltning/afdeling",
        ReferralSource.OtherMunicipality => "Anden kommune",
        _ => "Andet",
    };

    public static string Danish(this ReferralStatus status) => status switch
    {
        ReferralStatus.Received => "Modtaget — mangler screening",
        ReferralStatus.Screened => "Screenet — afventer afgørelse",
        ReferralStatus.Accepted => "Visiteret til fremskudt sagsbehandling",
        _ => "Afvist — sendt retur til henviser",
    };

    /// <summary>The step of §2.3 an event belongs to.</summary>
    public static int Step(this OutreachEvent e) => e switch
    {
        OutreachEvent.FirstContact => 4,
        OutreachEvent.InternalInformation => 5,
        OutreachEvent.FirstMeeting => 6,
        OutreachEvent.ExternalInformation => 7,
        OutreachEvent.AdviceGiven or OutreachEvent.NeedsAssessmentDone => 8,
        OutreachEvent.FollowUpMeeting => 9,
        OutreachEvent.CoordinatingMeetingCalled => 10,
        OutreachEvent.CoordinatingMeetingHeld => 11,
        OutreachEvent.MinutesSent => 12,
        OutreachEvent.AgreementsFollowedUp => 13,
        _ => 14,
    };

    public static string Danish(this OutreachEvent e) => e switch
    {
        OutreachEvent.FirstContact => "Første kontakt til borgeren",
        OutreachEvent.InternalInformation => "Interne sagsoplysninger indhentet",
        OutreachEvent.FirstMeeting => "Første møde holdt",
        OutreachEvent.ExternalInformation => "Eksterne sagsoplysninger indhentet (med samtykke)",
        OutreachEvent.AdviceGiven => "Råd og vejledning givet",
        OutreachEvent.NeedsAssessmentDone => "Behovsvurdering afsluttet",
        OutreachEvent.FollowUpMeeting => "Opfølgende møde",
        OutreachEvent.CoordinatingMeetingCalled => "Koordinerende møde indkaldt",
        OutreachEvent.CoordinatingMeetingHeld => "Koordinerende møde holdt",
        OutreachEvent.MinutesSent => "Referat sendt til deltagerne",
        OutreachEvent.AgreementsFollowedUp => "Opfølgning på aftaler",
        _ => "Opfølgningsmøde efter afslutning",
    };

    public static string Danish(this CoordinatingMeetingNeed need) => need switch
    {
        CoordinatingMeetingNeed.NotDecided => "Ikke afklaret",
        CoordinatingMeetingNeed.NotRelevant => "Ikke relevant",
        CoordinatingMeetingNeed.Internal => "Relevant — interne deltagere (frist 5 arbejdsdage)",
        _ => "Relevant — med eksterne samarbejdspartnere (frist 14 arbejdsdage)",
    };

    public static string Danish(this AttemptChannel channel) => channel switch
    {
        AttemptChannel.Email => "E-mail",
        AttemptChannel.Phone => "Telefon",
        AttemptChannel.TextMessage => "Sms",
        AttemptChannel.Letter => "Brev (neutral kuvert, håndskrevet adresse)",
        AttemptChannel.Visit => "Besøg",
        _ => "Gennem borgerens netværk",
    };

    public static string Danish(this AttemptOutcome outcome) => outcome switch
    {
        AttemptOutcome.Reached => "Kontakt opnået",
        AttemptOutcome.NoAnswer => "Intet svar",
        AttemptOutcome.DoorNotOpened => "Døren blev ikke åbnet",
        AttemptOutcome.MessageLeft => "Besked efterladt",
        _ => "Borgeren afviste kontakt",
    };

    public static string Danish(this OutreachClosureReason reason) => reason switch
    {
        OutreachClosureReason.FutureCourseArranged => "Fremtidigt forløb er tilrettelagt og koordineret",
        OutreachClosureReason.NoFurtherNeed => "Intet behov længere",
        OutreachClosureReason.Declined => "Borgeren har takket nej",
        OutreachClosureReason.Moved => "Borgeren er fraflyttet kommunen",
        _ => "Andet",
    };

    public static string Danish(this DeadlineKind kind) => kind switch
    {
        DeadlineKind.Contact => "Kontakt til borgeren (2 arbejdsdage efter visitation)",
        DeadlineKind.FirstMeeting => "Første møde (5 arbejdsdage efter første kontakt)",
        DeadlineKind.Advice => "Råd og vejledning (2 arbejdsdage efter første møde)",
        DeadlineKind.NeedsAssessment => "Behovsvurdering afsluttet (1 måned efter første møde)",
        DeadlineKind.CoordinatingMeeting => "Koordinerende møde",
        DeadlineKind.Minutes => "Referat sendt (5 arbejdsdage efter mødet)",
        DeadlineKind.AgreementFollowUp => "Opfølgning på samarbejdsaftale",
        _ => "Opfølgningsmøde (3–6 måneder efter afslutning)",
    };

    /// <summary>Working days left as the lists say it: "i dag", "1 arbejdsdag", "3 arbejdsdage for sent".</summary>
    /// <summary>As <see cref="WorkingDaysDanish(int)"/>, but a due date already passed never reads "i dag": a Friday
    /// deadline seen on the weekend is 0 working days late, yet late (issue #27).</summary>
    public static string WorkingDaysDanish(int left, DateOnly due, DateOnly today)
        => left == 0 && due < today ? $"for sent (fristen var {due:dd-MM-yyyy})" : WorkingDaysDanish(left);

    public static string WorkingDaysDanish(int left) => left switch
    {
        0 => "i dag",
        1 => "1 arbejdsdag",
        -1 => "1 arbejdsdag for sent",
        < 0 => $"{-left} arbejdsdage for sent",
        _ => $"{left} arbejdsdage",
    };

    /// <summary>Short names for lists.</summary>
    public static string Brief(this DeadlineKind kind) => kind switch
    {
        DeadlineKind.Contact => "Kontakt",
        DeadlineKind.FirstMeeting => "Første møde",
        DeadlineKind.Advice => "Råd og vejledning",
        DeadlineKind.NeedsAssessment => "Behovsvurdering",
        DeadlineKind.CoordinatingMeeting => "Koordinerende møde",
        DeadlineKind.Minutes => "Referat",
        DeadlineKind.AgreementFollowUp => "Opfølgning på samarbejdsaftale",
        _ => "Opfølgningsmøde",
    };
}

/// <summary>The 14 steps of §2.3, as the course page's timeline names them.</summary>
public static class OutreachSteps
{
    public static readonly IReadOnlyList<string> Titles =
    [
        "Henvendelse",
        "Overdragelse til fremskudt sagsbehandling (screening)",
        "Vurdering og visitation",
        "Kontakt til borgeren",
        "Interne sagsoplysninger",
        "Første møde",
        "Eksterne sagsoplysninger (med samtykke)",
        "Behovsvurdering og råd og vejledning",
        "Opfølgende møder",
        "Indkaldelse til koordinerende møde",
        "Koordinerende møde",
        "Opdatering og referat",
        "Opfølgning på aftaler",
        "Afslutning og opfølgningsmøde",
    ];

    public static string Title(int step) => Titles[step - 1];

    /// <summary>What to try next when the citizen does not answer (§2.3 step 4).</summary>
    public static readonly IReadOnlyList<string> WhenNoAnswer =
    [
        "Ring til borgeren.",
        "Forsøg kontakt gennem samarbejdspartnere (fx boligselskab, egen læge, værested).",
        "Besøg borgeren igen — anmeldt eller uanmeldt.",
        "Overvej at inddrage en støtte- og kontaktperson (SKP).",
    ];
}
