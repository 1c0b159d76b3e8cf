using R4 = Hl7.Fhir.Model;

namespace Caseload.Application.Fhir;

/// <summary>
/// The code systems the export uses (docs/fhir-mapping.md). International ones where FHIR R4 binds one; Caseload's own
/// (<c>https://caseload.dk/fhir/CodeSystem/…</c>) where no international or Danish code is known to us — never an invented
/// LOINC or FFB code.
/// </summary>
public static class FhirCodes
{
    /// <summary>The Danish CPR number's OID (the CPR register), as the Danish FHIR profiles name it.</summary>
    public const string CprSystem = "urn:oid:1.2.208.176.1.2";
    public const string Local = "https://caseload.dk/fhir/CodeSystem/";
    /// <summary>The instrument: WHO-5 as <c>who5</c>. No LOINC code for the WHO-5 total score was confirmed, so none is used.</summary>
    public const string Instrument = Local + "instrument";
    public const string Who5 = "who5";
    public const string LifeArea = Local + "life-area";
    public const string ContactChannel = Local + "contact-channel";
    public const string GoalStatus = Local + "goal-status";
    public const string ObservationCategory = "http://terminology.hl7.org/CodeSystem/observation-category";
    public const string GoalAchievement = "http://terminology.hl7.org/CodeSystem/goal-achievement";
    public const string ActCode = "http://terminology.hl7.org/CodeSystem/v3-ActCode";
    public const string Ucum = "http://unitsofmeasure.org";

    public static string Urn(string id) => $"urn:uuid:{id}";

    /// <summary>A Danish local date as a FHIR date ("2026-12-07"): the domain keeps dates, not instants, for these.</summary>
    public static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>A UTC instant as a FHIR dateTime with its offset ("2026-12-07T09:30:00+00:00").</summary>
    public static R4.FhirDateTime Instant(DateTime utc) => new(new DateTimeOffset(DateTime.SpecifyKind(utc, DateTimeKind.Utc)));

    public static R4.CodeableConcept Concept(string system, string code, string display, string? text = null)
        => new(system, code, display, text ?? display);

    /// <summary>The category <c>survey</c> for a questionnaire score such as WHO-5.</summary>
    public static R4.CodeableConcept Survey => new(ObservationCategory, "survey", "Survey");

    public static R4.CodeableConcept Who5Code => new(Instrument, Who5, "WHO-5 Well-Being Index, score 0-100", "WHO-5 Trivselsindeks (0-100)");

    /// <summary>A WHO-5 score (0–100) on a Danish date, for the CTI measurement or any other engine's.</summary>
    public static R4.Observation Who5Observation(R4.ResourceReference patient, int score, DateOnly on, string? point = null)
    {
        var observation = new R4.Observation
        {
            Status = R4.ObservationStatus.Final,
            Code = Who5Code,
            Subject = patient,
            Effective = new R4.FhirDateTime(Date(on)),
            Value = new R4.Integer(score),
        };
        observation.Category.Add(Survey);
        if (point is not null) observation.Note.Add(new R4.Annotation { Text = new R4.Markdown(point) });
        return observation;
    }

    /// <summary>A goal in the citizen's own words (the description), with its status mapped to FHIR's lifecycle and achievement.</summary>
    public static R4.Goal Goal(R4.ResourceReference patient, string description, R4.Goal.GoalLifecycleStatus lifecycle, string? achievement,
        string danishStatus, R4.CodeableConcept? category = null)
    {
        var goal = new R4.Goal
        {
            LifecycleStatus = lifecycle,
            Description = new R4.CodeableConcept { Text = description },
            Subject = patient,
            AchievementStatus = achievement is null
                ? new R4.CodeableConcept { Text = danishStatus }
                : new R4.CodeableConcept(GoalAchievement, achievement, achievement, danishStatus),
        };
        if (category is not null) goal.Category.Add(category);
        return goal;
    }

    public static R4.CarePlan CarePlan(R4.ResourceReference patient, string title, R4.RequestStatus status, DateOnly? start, DateOnly? end,
        IEnumerable<R4.ResourceReference> goals)
    {
        var plan = new R4.CarePlan
        {
            Status = status,
            Intent = R4.CarePlan.CarePlanIntent.Plan,
            Title = title,
            Subject = patient,
            Period = start is null && end is null ? null : new R4.Period
            {
                Start = start is { } s ? Date(s) : null,
                End = end is { } e ? Date(e) : null,
            },
        };
        plan.Goal.AddRange(goals);
        return plan;
    }
}
