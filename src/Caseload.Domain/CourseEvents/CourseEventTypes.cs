namespace Caseload.Domain.CourseEvents;

/// <summary>One event type of the log: its stable name (never renamed: feeds and statistics cite it), its Danish
/// label for the timeline, what it means and which payload fields it uses.</summary>
public sealed record CourseEventType(string Name, string Label, string Meaning, string Payload);

/// <summary>
/// Every course event type, in one place (ADR 0024). The API, the statistics and docs/course-events.md cite these
/// names; a test keeps the document and this list the same. Payload fields: SubjectId, Code, Number, PlannedOn,
/// ActualOn, Flag — all optional, none free text or a personal value.
/// </summary>
public static class CourseEventTypes
{
    public const string CourseStarted = "course.started";
    public const string CourseReassigned = "course.reassigned";
    public const string CourseClosed = "course.closed";
    public const string ContactAttempted = "contact.attempted";
    public const string ContactAchieved = "contact.achieved";
    public const string CtiPhaseEntered = "cti.phase-entered";
    public const string CtiEnded = "cti.ended";
    public const string MeasurementTaken = "measurement.taken";
    public const string PlanGoalAdded = "plan.goal-added";
    public const string PlanGoalStatusChanged = "plan.goal-status-changed";
    public const string OutreachStepDone = "outreach.step-done";
    public const string OutreachClosed = "outreach.closed";
    public const string ConsentGiven = "consent.given";
    public const string ConsentWithdrawn = "consent.withdrawn";
    public const string DocumentSaved = "document.saved";
    public const string DocumentConfirmed = "document.confirmed";
    public const string MeetingHeld = "meeting.held";
    public const string ActCitizenReviewed = "act.citizen-reviewed";
    public const string ActIntensifiedStarted = "act.intensified-started";
    public const string ActIntensifiedStopped = "act.intensified-stopped";
    public const string ActVisitPlanned = "act.visit-planned";
    public const string ActVisitCancelled = "act.visit-cancelled";
    public const string ReferralReceived = "referral.received";
    public const string ReferralDecided = "referral.decided";

    public static readonly IReadOnlyList<CourseEventType> All =
    [
        new(CourseStarted, "Forløb startet", "A course began (any method).", "ActualOn: the course's start date."),
        new(CourseReassigned, "Ny tovholder", "The course got a new primary worker.", "none (the reason is free text and stays on the course)."),
        new(CourseClosed, "Forløb afsluttet", "The course ended (any method); the engine's own event says why.",
            "Code: the end cause, if given (no-longer-needed, declined, lost-contact, moved-away, died, other); ActualOn: the end date."),
        new(ContactAttempted, "Kontaktforsøg", "Contact was tried but not achieved.",
            "SubjectId: the contact entry or attempt; Code: place (home, community, office, phone, written, network, other); Number: duration in minutes, if given; Flag: persons from the citizen's network took part."),
        new(ContactAchieved, "Kontakt", "Contact with the citizen was achieved.",
            "SubjectId: the contact entry or attempt; Code: place (home, community, office, phone, written, network, other); Number: duration in minutes, if given; Flag: persons from the citizen's network took part."),
        new(CtiPhaseEntered, "CTI-fase påbegyndt", "A CTI course entered phase 1, 2 or 3.",
            "SubjectId: the transition; Code: phase-1, phase-2 or phase-3; PlannedOn: the plan's date; ActualOn: the actual date; Flag: off-plan (more than 14 days from the plan)."),
        new(CtiEnded, "CTI-forløb afsluttet", "A CTI course was completed or interrupted.",
            "SubjectId: the transition; Code: completed, or the interruption reason (moved-to-other-municipality, declined-support, hospitalised-long-term, died, other); PlannedOn: planned end; ActualOn: the date."),
        new(MeasurementTaken, "Måling", "A measurement was taken with an instrument.",
            "SubjectId: the measurement; Code: instrument and point (who5:start, who5:three-months, who5:six-months, who5:end); Number: the score (WHO-5: 0–100); ActualOn: the date."),
        new(PlanGoalAdded, "Mål tilføjet", "A goal was added to the citizen's plan.", "SubjectId: the goal; Code: its status."),
        new(PlanGoalStatusChanged, "Målets status ændret", "A plan goal changed status.", "SubjectId: the goal; Code: the new status."),
        new(OutreachStepDone, "Trin udført", "A step of the outreach workflow was registered as done.",
            "SubjectId: the step record; Code: the step (first-contact, first-meeting, …); ActualOn: the date done. Whether it met its deadline is derived from these dates and the working-day calendar (ADR 0014), not recorded."),
        new(OutreachClosed, "Fremskudt forløb afsluttet", "An outreach course was closed.",
            "Code: the closure reason (future-course-arranged, no-further-need, declined, moved, other); ActualOn: the date."),
        new(ConsentGiven, "Samtykke givet", "The citizen gave consent to share information.",
            "SubjectId: the consent; ActualOn: given on; PlannedOn: valid until (if limited)."),
        new(ConsentWithdrawn, "Samtykke trukket tilbage", "The citizen withdrew a consent.", "SubjectId: the consent; ActualOn: withdrawn on."),
        new(DocumentSaved, "Dokument gemt", "A document made with the citizen was saved as a new version.",
            "SubjectId: the document; Code: kind (network-map, action-plan, cooperation-agreement); Number: its version."),
        new(DocumentConfirmed, "Dokument bekræftet af borgeren", "The citizen confirmed a document on their own view (\"Jeg har læst den og er enig\", ADR 0048): exactly one saved version.",
            "SubjectId: the confirmation; Code: kind (action-plan, cooperation-agreement); Number: the version confirmed."),
        new(MeetingHeld, "Møde holdt", "A meeting about the citizen was held.",
            "SubjectId: the meeting; Code: kind (coordinating, cti-handover, act-team — an ACT team meeting, one event per citizen reviewed there, written when it is closed); ActualOn: the date."),
        new(ActCitizenReviewed, "Gennemgået på teammøde", "The ACT team reviewed the citizen at its team meeting (ADR 0032).",
            "SubjectId: the team meeting; ActualOn: the meeting's date; Flag: the citizen took part."),
        new(ActIntensifiedStarted, "Skærpet indsats startet", "A period of intensified support began on an ACT course.",
            "SubjectId: the period; Code: reason (acute-crisis, relapse, eviction-risk, discharge, release, other); Number: planned contacts per week; ActualOn: the start; PlannedOn: the planned end."),
        new(ActIntensifiedStopped, "Skærpet indsats stoppet", "A period of intensified support was stopped before its planned end (one that runs to its end needs no event: the started event carries the end).",
            "SubjectId: the period; ActualOn: the last day; PlannedOn: the planned end."),
        new(ActVisitPlanned, "Besøg planlagt", "A visit to the citizen was planned on the ACT team's week (ADR 0033). Whether it was held is derived from the contact log's achieved face-to-face contacts by the worker that day, not recorded.",
            "SubjectId: the visit; Code: place type (home, drop-in-centre, community, office, other); PlannedOn: the day of the visit."),
        new(ActVisitCancelled, "Besøg aflyst", "A planned visit was cancelled.", "SubjectId: the visit; PlannedOn: the day it was planned for."),
        new(ReferralReceived, "Henvendelse modtaget", "A referral to the outreach team arrived (step 1, before any course: placed in the citizen's team).",
            "SubjectId: the referral; Code: the source (citizen, relative, neighbour, housing-association, general-practitioner, hospital-psychiatry, police, bailiff-court, job-centre, benefits-office, other-department, other-municipality, other); ActualOn: the day it arrived."),
        new(ReferralDecided, "Henvendelse afgjort", "The outreach workers decided on a screened referral (step 3): accepted, which starts the outreach course, or declined.",
            "SubjectId: the referral; Code: target group by age and the decision (group-a, group-b or no-group, then accepted or declined: group-a:accepted); Flag: the screening form recommended outreach; PlannedOn: the day the referral arrived; ActualOn: the day of the decision."),
    ];

    private static readonly HashSet<string> Names = All.Select(t => t.Name).ToHashSet(StringComparer.Ordinal);

    public static bool IsKnown(string name) => Names.Contains(name);

    public static CourseEventType Find(string name) => All.First(t => t.Name == name);

    /// <summary>An enum value as a payload code: PascalCase → kebab-case (MovedToOtherMunicipality → moved-to-other-municipality).</summary>
    public static string CodeOf(Enum value)
    {
        var name = value.ToString();
        var chars = new System.Text.StringBuilder(name.Length + 8);
        for (var i = 0; i < name.Length; i++)
        {
            if (char.IsUpper(name[i]) && i > 0) chars.Append('-');
            chars.Append(char.ToLowerInvariant(name[i]));
        }
        return chars.ToString();
    }
}
