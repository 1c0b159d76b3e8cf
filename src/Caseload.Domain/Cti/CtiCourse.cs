using System.Text.Json;
using Caseload.Domain.Auditing;
using Caseload.Domain.Common;
using Caseload.Domain.Courses;
using Caseload.Domain.Measurements;
using Caseload.Domain.Teams;

namespace Caseload.Domain.Cti;

/// <summary>One item of a transition's checklist as the worker answered it: done, or not relevant with a reason.</summary>
public sealed record ChecklistAnswer(int Number, bool Done, string? NotRelevantReason);

/// <summary>
/// The CTI engine's aggregate, keyed by the shared <see cref="Course"/> (ADR 0007): the contact period, the
/// nine months in three phases (<see cref="PhasePlan"/>), explicit transitions with their checklists, the four
/// measurements, the long-term plan (phase 1, kept per version), the handover plan (phase 3) and the closing.
/// </summary>
[AuditedAs(AuditNames.CtiCourse, "CTI-forløb")]
public class CtiCourse : Entity, IAudited, IBelongsToCitizen
{
    public const int TextMaxLength = 2000;
    public const int NameMaxLength = 150;
    public const int CommentMaxLength = 1000;
    /// <summary>A transition further than this from its planned date is allowed, but flagged and needs a comment.</summary>
    public const int ToleranceDays = 14;

    private readonly List<CtiTransition> _transitions = [];
    private readonly List<CtiMeasurement> _measurements = [];
    private readonly List<CtiGoal> _goals = [];
    private readonly List<CtiPlanVersion> _planVersions = [];
    private readonly List<CtiHandoverMeeting> _handoverMeetings = [];

    private CtiCourse() { }

    /// <summary>A CTI course begins in the contact period, before the move.</summary>
    public CtiCourse(Course course, DateOnly plannedMoveIn, CtiResidence residence)
    {
        if (course.Method != Method.Cti) throw new DomainException("Kun et CTI-forløb kan have faser.");
        CourseId = course.Id;
        CitizenId = course.CitizenId;
        TeamId = course.TeamId;
        Stage = CtiStage.ContactPeriod;
        ContactPeriodStart = course.StartDate;
        SetContactPeriod(plannedMoveIn, residence);
    }

    public Guid CourseId { get; private set; }
    public Guid CitizenId { get; private set; }
    /// <summary>The course's team, copied so the phase board reads one table.</summary>
    public Guid TeamId { get; private set; }
    public CtiStage Stage { get; private set; }
    public DateOnly ContactPeriodStart { get; private set; }
    public DateOnly PlannedMoveIn { get; private set; }
    [Personal]
    public CtiResidence Residence { get; private set; }
    /// <summary>S: the first day of the nine months; null in the contact period.</summary>
    public DateOnly? PhaseStart { get; private set; }
    /// <summary>The days phase 2 and phase 3 actually began (the plan's dates may differ); the intensity count uses them.</summary>
    public DateOnly? Phase2Began { get; private set; }
    public DateOnly? Phase3Began { get; private set; }
    public DateOnly? EndedOn { get; private set; }

    public InterruptionReason? InterruptionReason { get; private set; }
    [Personal]
    public string? InterruptionNote { get; private set; }
    public string? ReceivingMunicipality { get; private set; }
    [Personal]
    public string? ReceivingContactPerson { get; private set; }
    /// <summary>Why no end measurement could be made (only when the reason makes it impossible).</summary>
    public string? EndMeasurementMissingBecause { get; private set; }

    // The handover plan (phase 3).
    [Personal]
    public string? LongTermNeeds { get; private set; }
    [Personal]
    public string? SupportAfterCourse { get; private set; }
    [Personal]
    public string? ResponsiblePersonName { get; private set; }
    [Personal]
    public string? ResponsiblePersonRole { get; private set; }
    [Personal]
    public string? ResponsiblePersonContact { get; private set; }

    public IReadOnlyCollection<CtiTransition> Transitions => _transitions.AsReadOnly();
    public IReadOnlyCollection<CtiMeasurement> Measurements => _measurements.AsReadOnly();
    public IReadOnlyCollection<CtiGoal> Goals => _goals.AsReadOnly();
    public IReadOnlyCollection<CtiPlanVersion> PlanVersions => _planVersions.AsReadOnly();
    public IReadOnlyCollection<CtiHandoverMeeting> HandoverMeetings => _handoverMeetings.AsReadOnly();

    public bool IsActive => CtiStages.IsActive(Stage);
    public PhasePlan? Plan => PhaseStart is { } s ? new PhasePlan(s) : null;

    /// <summary>The next regular transition from the current stage, or null when ended.</summary>
    public CtiTransitionKind? NextTransition => CtiStages.NextTransition(Stage);

    public void SetContactPeriod(DateOnly plannedMoveIn, CtiResidence residence)
    {
        EnsureActive();
        if (!Enum.IsDefined(residence)) throw new DomainException("Vælg hvor borgeren bor nu.", nameof(Residence));
        if (PhaseStart is { } s && s < PhasePlan.EarliestStart(plannedMoveIn))
            throw new DomainException($"Indflytningen kan ikke flyttes så sent: forløbet startede {s:dd-MM-yyyy} og må tidligst starte én måned før indflytningen.", nameof(PlannedMoveIn));
        PlannedMoveIn = plannedMoveIn;
        Residence = residence;
    }

    /// <summary>
    /// Takes the course one step on: the checklist must be complete (each item done, or not relevant with a
    /// reason), the measurement for the point must be there, and a date far from the plan needs a comment.
    /// </summary>
    public CtiTransition Advance(CtiTransitionKind kind, DateOnly date, IReadOnlyList<ChecklistAnswer> answers, string? comment,
        DateOnly today, DateTime now, string? by)
    {
        EnsureActive();
        if (kind == CtiTransitionKind.Interrupt) throw new DomainException("Et afbrudt forløb registreres med en årsag.");
        if (NextTransition != kind)
            throw new DomainException($"Forløbet står i {Stage.Brief().ToLowerInvariant()}; næste skridt er {NextTransition?.Danish().ToLowerInvariant()}.");
        if (date > today) throw new DomainException("Datoen for overgangen kan ikke ligge i fremtiden.", "Date");
        var previous = _transitions.Count == 0 ? ContactPeriodStart : _transitions.Max(t => t.Date);
        if (date < previous) throw new DomainException($"Datoen kan ikke ligge før forrige skridt ({previous:dd-MM-yyyy}).", "Date");
        if (kind == CtiTransitionKind.StartPhase1 && date < PhasePlan.EarliestStart(PlannedMoveIn))
            throw new DomainException($"De ni måneder kan tidligst starte én måned før indflytningen, dvs. {PhasePlan.EarliestStart(PlannedMoveIn):dd-MM-yyyy} (planlagt indflytning {PlannedMoveIn:dd-MM-yyyy}).", "Date");

        var checkedAnswers = CheckChecklist(kind, answers);
        var point = CtiChecklists.MeasurementFor(kind);
        if (MeasurementAt(point) is null)
            throw new DomainException($"Registrér målingen ved {point.Danish().ToLowerInvariant()} før {kind.Danish().ToLowerInvariant()}.", "Measurement");
        if (kind == CtiTransitionKind.Complete && ResponsiblePersonName is null)
            throw new DomainException("Angiv i overdragelsesplanen den ene person, der har ansvaret for den langsigtede støtte, før forløbet afsluttes som gennemført.", nameof(ResponsiblePersonName));

        var planned = (kind == CtiTransitionKind.StartPhase1 ? new PhasePlan(date) : Plan!.Value).PlannedDateOf(kind);
        var off = planned is { } p && Math.Abs(date.DayNumber - p.DayNumber) > ToleranceDays;
        var why = Text.Optional(comment, CommentMaxLength, "Comment", "Kommentaren");
        if (off && why is null)
            throw new DomainException($"Overgangen ligger mere end {ToleranceDays} dage fra den planlagte dato ({planned:dd-MM-yyyy}). Skriv en kommentar om hvorfor.", "Comment");

        switch (kind)
        {
            case CtiTransitionKind.StartPhase1: PhaseStart = date; Stage = CtiStage.Phase1; break;
            case CtiTransitionKind.IntoPhase2:
                // The long-term plan is evaluated and adjusted now: the version it had is kept, viewable.
                _planVersions.Add(CtiPlanVersion.Of(Id, CitizenId, "Langsigtet plan ved overgang til fase 2", date, _goals));
                Phase2Began = date; Stage = CtiStage.Phase2; break;
            case CtiTransitionKind.IntoPhase3: Phase3Began = date; Stage = CtiStage.Phase3; break;
            case CtiTransitionKind.Complete: EndedOn = date; Stage = CtiStage.Completed; break;
        }
        var transition = new CtiTransition(Id, CitizenId, kind, date, planned, off, why, checkedAnswers, now, by);
        _transitions.Add(transition);
        return transition;
    }

    /// <summary>Ends the course early, with a reason. Needs the end measurement unless the reason makes it impossible (death).</summary>
    public CtiTransition Interrupt(InterruptionReason reason, DateOnly date, string? note, string? receivingMunicipality,
        string? receivingContactPerson, DateOnly today, DateTime now, string? by)
    {
        EnsureActive();
        if (!Enum.IsDefined(reason)) throw new DomainException("Vælg en årsag.", nameof(InterruptionReason));
        if (date > today) throw new DomainException("Datoen kan ikke ligge i fremtiden.", "Date");
        if (date < ContactPeriodStart) throw new DomainException($"Datoen kan ikke ligge før forløbets start ({ContactPeriodStart:dd-MM-yyyy}).", "Date");
        var cleanNote = Text.Optional(note, TextMaxLength, "Note", "Beskrivelsen");
        if (reason == Cti.InterruptionReason.Other && cleanNote is null)
            throw new DomainException("Beskriv årsagen, når du vælger \"Andet\".", "Note");
        if (reason == Cti.InterruptionReason.MovedToOtherMunicipality)
        {
            // A safe handover (domain.md §2.2): who in the receiving municipality takes over.
            ReceivingMunicipality = Text.Required(receivingMunicipality, Citizens.Citizen.MunicipalityMaxLength, nameof(ReceivingMunicipality), "Angiv den nye handlekommune.", "Kommunen");
            ReceivingContactPerson = Text.Required(receivingContactPerson, NameMaxLength, nameof(ReceivingContactPerson), "Angiv kontaktpersonen i den nye kommune.", "Kontaktpersonen");
        }
        if (reason == Cti.InterruptionReason.Died) EndMeasurementMissingBecause = "Slutmåling ikke mulig: borgeren er død.";
        else if (MeasurementAt(MeasurementPoint.End) is null)
            throw new DomainException("Registrér slutmålingen, før forløbet afbrydes.", "Measurement");
        InterruptionReason = reason;
        InterruptionNote = cleanNote;
        EndedOn = date;
        Stage = CtiStage.Interrupted;
        var transition = new CtiTransition(Id, CitizenId, CtiTransitionKind.Interrupt, date, null, false, cleanNote ?? reason.Danish(), [], now, by);
        _transitions.Add(transition);
        return transition;
    }

    /// <summary>Records (or corrects) the measurement at a point.</summary>
    public CtiMeasurement RecordMeasurement(MeasurementPoint point, DateOnly date, IReadOnlyList<int> who5, int lifeSituation,
        HousingStatus housing, SubstanceUse substanceUse, int readiness, string? citizensWords, DateOnly today)
    {
        EnsureActive();
        if (!Enum.IsDefined(point)) throw new DomainException("Vælg målepunkt.", nameof(MeasurementPoint));
        if (date > today) throw new DomainException("Datoen for målingen kan ikke ligge i fremtiden.", "Date");
        var existing = MeasurementAt(point);
        if (existing is not null)
        {
            existing.Update(date, who5, lifeSituation, housing, substanceUse, readiness, citizensWords);
            return existing;
        }
        var m = new CtiMeasurement(Id, CitizenId, point, date, who5, lifeSituation, housing, substanceUse, readiness, citizensWords);
        _measurements.Add(m);
        return m;
    }

    public CtiMeasurement? MeasurementAt(MeasurementPoint point) => _measurements.FirstOrDefault(m => m.Point == point);

    /// <summary>The long-term plan has 2–3 goals (domain.md §2.2); outside that it is a warning, not a refusal.</summary>
    public static bool GoalCountIsAdvised(int activeGoals) => activeGoals is >= 2 and <= 3;

    public CtiGoal AddGoal(string? goal, string? activities, string? support, GoalStatus status)
    {
        EnsureInPhases();
        var g = new CtiGoal(Id, CitizenId, goal, activities, support, status);
        _goals.Add(g);
        return g;
    }

    public void UpdateGoal(Guid goalId, string? goal, string? activities, string? support, GoalStatus status)
    {
        EnsureInPhases();
        var g = _goals.FirstOrDefault(x => x.Id == goalId) ?? throw new DomainException("Målet findes ikke længere. Genindlæs siden.");
        g.Update(goal, activities, support, status);
    }

    public void UpdateHandoverPlan(string? longTermNeeds, string? supportAfter, string? responsibleName, string? responsibleRole, string? responsibleContact)
    {
        EnsureInPhases();
        LongTermNeeds = Text.Optional(longTermNeeds, TextMaxLength, nameof(LongTermNeeds), "Behov og mål");
        SupportAfterCourse = Text.Optional(supportAfter, TextMaxLength, nameof(SupportAfterCourse), "Støtten efter forløbet");
        ResponsiblePersonName = Text.Optional(responsibleName, NameMaxLength, nameof(ResponsiblePersonName), "Navnet");
        ResponsiblePersonRole = Text.Optional(responsibleRole, NameMaxLength, nameof(ResponsiblePersonRole), "Rollen");
        ResponsiblePersonContact = Text.Optional(responsibleContact, NameMaxLength, nameof(ResponsiblePersonContact), "Kontaktoplysningen");
        if (ResponsiblePersonName is null && (ResponsiblePersonRole is not null || ResponsiblePersonContact is not null))
            throw new DomainException("Angiv navnet på den person, der har det langsigtede ansvar.", nameof(ResponsiblePersonName));
    }

    public CtiHandoverMeeting AddHandoverMeeting(DateOnly date, string? participants, bool held, DateOnly today)
    {
        EnsureInPhases();
        if (held && date > today) throw new DomainException("Et møde i fremtiden kan ikke være holdt endnu.", "Held");
        var m = new CtiHandoverMeeting(Id, CitizenId, date, participants, held);
        _handoverMeetings.Add(m);
        return m;
    }

    public void MarkHandoverMeetingHeld(Guid meetingId, DateOnly today)
    {
        EnsureInPhases();
        var m = _handoverMeetings.FirstOrDefault(x => x.Id == meetingId) ?? throw new DomainException("Mødet findes ikke længere. Genindlæs siden.");
        if (m.Date > today) throw new DomainException("Et møde i fremtiden kan ikke være holdt endnu.", "Held");
        m.MarkHeld();
    }

    /// <summary>No handover meeting held or booked by the due date (S + 8 months).</summary>
    public bool HandoverMeetingMissing => Plan is { } p && !_handoverMeetings.Any(m => m.Date <= p.HandoverMeetingDue);

    private List<CtiChecklistAnswer> CheckChecklist(CtiTransitionKind kind, IReadOnlyList<ChecklistAnswer> answers)
    {
        var items = CtiChecklists.For(kind);
        var result = new List<CtiChecklistAnswer>();
        for (var n = 1; n <= items.Count; n++)
        {
            var a = answers.FirstOrDefault(x => x.Number == n);
            var reason = Text.Clean(a?.NotRelevantReason);
            if (a is null || (!a.Done && reason is null))
                throw new DomainException(a is { Done: false } && a.NotRelevantReason is not null
                    ? $"Angiv hvorfor punkt {n} ikke er relevant."
                    : $"Punkt {n} på tjeklisten er hverken markeret som udført eller som ikke relevant (med begrundelse).", $"Checklist[{n - 1}]");
            if (reason is { Length: > CommentMaxLength }) throw new DomainException($"Begrundelsen for punkt {n} må højst være {CommentMaxLength} tegn.", $"Checklist[{n - 1}]");
            if (a.Done && Contradiction(kind, n) is { } why) throw new DomainException(why, $"Checklist[{n - 1}]");
            result.Add(new CtiChecklistAnswer(CitizenId, n, a.Done, a.Done ? null : reason));
        }
        return result;
    }

    /// <summary>An item ticked as done that the course's own record says is not so: refused, so the checklist never
    /// says more than the record (issue #27). "Ikke relevant" with a reason stays possible.</summary>
    private string? Contradiction(CtiTransitionKind kind, int number) => (kind, number) switch
    {
        (CtiTransitionKind.IntoPhase2, 3) when !_goals.Any(g => g.Status != GoalStatus.Dropped) =>
            "Punkt 3 siger, at der er udarbejdet en langsigtet plan, men planen har ingen aktive mål. Tilføj målene sammen med borgeren, eller markér punktet som ikke relevant med en begrundelse.",
        (CtiTransitionKind.Complete, 2) when !_handoverMeetings.Any(m => m.Held) =>
            "Punkt 2 siger, at der er holdt overdragelsessamtaler, men der er ikke registreret et holdt overdragelsesmøde. Registrér mødet under overdragelsesplanen, eller markér punktet som ikke relevant med en begrundelse.",
        _ => null,
    };

    private void EnsureActive()
    {
        if (!IsActive) throw new DomainException("CTI-forløbet er afsluttet og kan ikke ændres.");
    }

    private void EnsureInPhases()
    {
        EnsureActive();
        if (Stage == CtiStage.ContactPeriod) throw new DomainException("Start de ni måneder (fase 1), før planen udfyldes.");
    }
}

/// <summary>One step of a CTI course, with its checklist as answered; shown on the course's timeline.</summary>
[AuditedAs(AuditNames.CtiTransition, "CTI-overgang")]
public class CtiTransition : Entity, IAudited, IBelongsToCitizen
{
    private readonly List<CtiChecklistAnswer> _answers = [];

    private CtiTransition() { }

    internal CtiTransition(Guid ctiCourseId, Guid citizenId, CtiTransitionKind kind, DateOnly date, DateOnly? plannedDate, bool offPlan,
        string? comment, List<CtiChecklistAnswer> answers, DateTime now, string? by)
    {
        CtiCourseId = ctiCourseId;
        CitizenId = citizenId;
        Kind = kind;
        Date = date;
        PlannedDate = plannedDate;
        OffPlan = offPlan;
        Comment = comment;
        RecordedAt = now;
        RecordedBy = by;
        foreach (var a in answers) a.BelongTo(Id);
        _answers.AddRange(answers);
    }

    public Guid CtiCourseId { get; private set; }
    public Guid CitizenId { get; private set; }
    public CtiTransitionKind Kind { get; private set; }
    public DateOnly Date { get; private set; }
    public DateOnly? PlannedDate { get; private set; }
    /// <summary>More than 14 days from the planned date: flagged, with a comment.</summary>
    public bool OffPlan { get; private set; }
    [Personal]
    public string? Comment { get; private set; }
    public DateTime RecordedAt { get; private set; }
    public string? RecordedBy { get; private set; }
    public IReadOnlyCollection<CtiChecklistAnswer> Answers => _answers.AsReadOnly();
}

[AuditedAs(AuditNames.CtiChecklistAnswer, "CTI-tjeklistepunkt")]
public class CtiChecklistAnswer : IAudited, IBelongsToCitizen
{
    private CtiChecklistAnswer() { }

    internal CtiChecklistAnswer(Guid citizenId, int number, bool done, string? notRelevantReason)
    {
        CitizenId = citizenId;
        Number = number;
        Done = done;
        NotRelevantReason = notRelevantReason;
    }

    public Guid Id { get; private set; } = Guid.NewGuid();
    public Guid TransitionId { get; private set; }
    public Guid CitizenId { get; private set; }
    public int Number { get; private set; }
    public bool Done { get; private set; }
    [Personal]
    public string? NotRelevantReason { get; private set; }

    internal void BelongTo(Guid transitionId) => TransitionId = transitionId;
}

/// <summary>The citizen's answers at one measurement point: WHO-5, life situation, housing, substance use, readiness.</summary>
[AuditedAs(AuditNames.CtiMeasurement, "CTI-måling")]
public class CtiMeasurement : Entity, IAudited, IBelongsToCitizen
{
    public const int WordsMaxLength = 2000;

    private CtiMeasurement() { }

    internal CtiMeasurement(Guid ctiCourseId, Guid citizenId, MeasurementPoint point, DateOnly date, IReadOnlyList<int> who5,
        int lifeSituation, HousingStatus housing, SubstanceUse substanceUse, int readiness, string? citizensWords)
    {
        CtiCourseId = ctiCourseId;
        CitizenId = citizenId;
        Point = point;
        Update(date, who5, lifeSituation, housing, substanceUse, readiness, citizensWords);
    }

    public Guid CtiCourseId { get; private set; }
    public Guid CitizenId { get; private set; }
    public MeasurementPoint Point { get; private set; }
    public DateOnly Date { get; private set; }
    [Personal] public int Who5Cheerful { get; private set; }
    [Personal] public int Who5Calm { get; private set; }
    [Personal] public int Who5Active { get; private set; }
    [Personal] public int Who5Rested { get; private set; }
    [Personal] public int Who5Interested { get; private set; }
    /// <summary>0–100.</summary>
    [Personal] public int Who5Score { get; private set; }
    /// <summary>1–10.</summary>
    [Personal] public int LifeSituation { get; private set; }
    [Personal] public HousingStatus Housing { get; private set; }
    [Personal] public SubstanceUse SubstanceUse { get; private set; }
    /// <summary>Readiness for education or employment, 1–5.</summary>
    [Personal] public int Readiness { get; private set; }
    [Personal] public string? CitizensWords { get; private set; }

    public IReadOnlyList<int> Who5Answers => [Who5Cheerful, Who5Calm, Who5Active, Who5Rested, Who5Interested];

    internal void Update(DateOnly date, IReadOnlyList<int> who5, int lifeSituation, HousingStatus housing, SubstanceUse substanceUse,
        int readiness, string? citizensWords)
    {
        Who5Score = Who5.Score(who5);
        if (lifeSituation is < 1 or > 10) throw new DomainException("Livssituation angives fra 1 til 10.", nameof(LifeSituation));
        if (readiness is < 1 or > 5) throw new DomainException("Parathed til uddannelse eller job angives fra 1 til 5.", nameof(Readiness));
        if (!Enum.IsDefined(housing)) throw new DomainException("Vælg boligsituation.", nameof(Housing));
        if (!Enum.IsDefined(substanceUse)) throw new DomainException("Vælg brug af rusmidler.", nameof(SubstanceUse));
        Date = date;
        (Who5Cheerful, Who5Calm, Who5Active, Who5Rested, Who5Interested) = (who5[0], who5[1], who5[2], who5[3], who5[4]);
        LifeSituation = lifeSituation;
        Housing = housing;
        SubstanceUse = substanceUse;
        Readiness = readiness;
        CitizensWords = Text.Optional(citizensWords, WordsMaxLength, nameof(CitizensWords), "Borgerens egne ord");
    }
}

/// <summary>A goal of the long-term plan, made with the citizen in phase 1.</summary>
[AuditedAs(AuditNames.CtiGoal, "CTI-mål")]
public class CtiGoal : Entity, IAudited, IBelongsToCitizen
{
    public const int GoalMaxLength = 500;

    private CtiGoal() { Goal = string.Empty; }

    internal CtiGoal(Guid ctiCourseId, Guid citizenId, string? goal, string? activities, string? support, GoalStatus status)
    {
        CtiCourseId = ctiCourseId;
        CitizenId = citizenId;
        Goal = string.Empty;
        Update(goal, activities, support, status);
    }

    public Guid CtiCourseId { get; private set; }
    public Guid CitizenId { get; private set; }
    [Personal] public string Goal { get; private set; }
    [Personal] public string? Activities { get; private set; }
    [Personal] public string? Support { get; private set; }
    public GoalStatus Status { get; private set; }

    internal void Update(string? goal, string? activities, string? support, GoalStatus status)
    {
        if (!Enum.IsDefined(status)) throw new DomainException("Vælg status for målet.", nameof(Status));
        Goal = Text.Required(goal, GoalMaxLength, nameof(Goal), "Skriv målet med borgerens egne ord.", "Målet");
        Activities = Text.Optional(activities, CtiCourse.TextMaxLength, nameof(Activities), "Aktiviteterne");
        Support = Text.Optional(support, CtiCourse.TextMaxLength, nameof(Support), "Støttepersoner og tilbud");
        Status = status;
    }
}

/// <summary>A frozen copy of the long-term plan (taken when it is evaluated at the move to phase 2).</summary>
[AuditedAs(AuditNames.CtiPlanVersion, "CTI-planversion")]
public class CtiPlanVersion : Entity, IAudited, IBelongsToCitizen
{
    private CtiPlanVersion() { Label = string.Empty; GoalsJson = "[]"; }

    public sealed record GoalCopy(string Goal, string? Activities, string? Support, GoalStatus Status);

    internal static CtiPlanVersion Of(Guid ctiCourseId, Guid citizenId, string label, DateOnly date, IEnumerable<CtiGoal> goals) => new()
    {
        CtiCourseId = ctiCourseId,
        CitizenId = citizenId,
        Label = label,
        Date = date,
        GoalsJson = JsonSerializer.Serialize(goals.Select(g => new GoalCopy(g.Goal, g.Activities, g.Support, g.Status)).ToList()),
    };

    public Guid CtiCourseId { get; private set; }
    public Guid CitizenId { get; private set; }
    public string Label { get; private set; }
    public DateOnly Date { get; private set; }
    [Personal] public string GoalsJson { get; private set; }

    public IReadOnlyList<GoalCopy> GoalsAtTheTime => JsonRows.Read<GoalCopy>(GoalsJson);
}

/// <summary>A handover meeting with the citizen and the network (phase 3), booked or held.</summary>
[AuditedAs(AuditNames.CtiHandoverMeeting, "CTI-overdragelsesmøde")]
public class CtiHandoverMeeting : Entity, IAudited, IBelongsToCitizen
{
    private CtiHandoverMeeting() { Participants = string.Empty; }

    internal CtiHandoverMeeting(Guid ctiCourseId, Guid citizenId, DateOnly date, string? participants, bool held)
    {
        CtiCourseId = ctiCourseId;
        CitizenId = citizenId;
        Date = date;
        Participants = Text.Required(participants, CtiCourse.TextMaxLength, nameof(Participants), "Angiv hvem der deltager.", "Deltagerne");
        Held = held;
    }

    public Guid CtiCourseId { get; private set; }
    public Guid CitizenId { get; private set; }
    public DateOnly Date { get; private set; }
    [Personal] public string Participants { get; private set; }
    public bool Held { get; private set; }

    internal void MarkHeld() => Held = true;
}
