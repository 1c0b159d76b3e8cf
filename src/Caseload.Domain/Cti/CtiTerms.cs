namespace Caseload.Domain.Cti;

/// <summary>Where a CTI course stands: the contact period, one of the three phases, or ended.</summary>
public enum CtiStage
{
    ContactPeriod,
    Phase1,
    Phase2,
    Phase3,
    Completed,
    Interrupted,
}

/// <summary>What a stage means for the course: still running, and which step comes next.</summary>
public static class CtiStages
{
    public static bool IsActive(CtiStage stage) => stage is not (CtiStage.Completed or CtiStage.Interrupted);

    /// <summary>The regular step out of a stage, or null once the course has ended.</summary>
    public static CtiTransitionKind? NextTransition(CtiStage stage) => stage switch
    {
        CtiStage.ContactPeriod => CtiTransitionKind.StartPhase1,
        CtiStage.Phase1 => CtiTransitionKind.IntoPhase2,
        CtiStage.Phase2 => CtiTransitionKind.IntoPhase3,
        CtiStage.Phase3 => CtiTransitionKind.Complete,
        _ => null,
    };
}

/// <summary>Where the citizen lives before the move (the critical transition CTI follows).</summary>
public enum CtiResidence
{
    Shelter,
    WomensShelter,
    Prison,
    Hospital,
    Institution,
    WithFamilyOrFriends,
    Other,
}

/// <summary>The explicit steps of a course. Each but <see cref="Interrupt"/> has its checklist (domain.md Appendix A).</summary>
public enum CtiTransitionKind
{
    StartPhase1,
    IntoPhase2,
    IntoPhase3,
    Complete,
    Interrupt,
}

/// <summary>The four measurement points (domain.md §2.2): the citizen answers the same questions each time.</summary>
public enum MeasurementPoint
{
    Start,
    ThreeMonths,
    SixMonths,
    End,
}

public enum HousingStatus
{
    OwnHome,
    TemporaryHome,
    Shelter,
    Institution,
    Homeless,
    Prison,
    WithFamilyOrFriends,
    Other,
}

public enum SubstanceUse
{
    None,
    Occasional,
    Weekly,
    Daily,
}

public enum InterruptionReason
{
    MovedToOtherMunicipality,
    DeclinedSupport,
    HospitalisedLongTerm,
    Died,
    Other,
}

public enum GoalStatus
{
    NotStarted,
    InProgress,
    Achieved,
    Dropped,
}

/// <summary>The Danish words the UI and the PDFs show (glossary in domain.md).</summary>
public static class CtiDanish
{
    public static string Danish(this CtiStage s) => s switch
    {
        CtiStage.ContactPeriod => "Kontaktskabelse",
        CtiStage.Phase1 => "Fase 1 – planlægning og opstart",
        CtiStage.Phase2 => "Fase 2 – afprøvning og justering",
        CtiStage.Phase3 => "Fase 3 – overdragelse",
        CtiStage.Completed => "Gennemført",
        CtiStage.Interrupted => "Afbrudt",
        _ => s.ToString(),
    };

    public static string Brief(this CtiStage s) => s switch
    {
        CtiStage.ContactPeriod => "Kontaktskabelse",
        CtiStage.Phase1 => "Fase 1",
        CtiStage.Phase2 => "Fase 2",
        CtiStage.Phase3 => "Fase 3",
        CtiStage.Completed => "Gennemført",
        CtiStage.Interrupted => "Afbrudt",
        _ => s.ToString(),
    };

    public static string Danish(this CtiResidence r) => r switch
    {
        CtiResidence.Shelter => "Herberg/forsorgshjem",
        CtiResidence.WomensShelter => "Kvindekrisecenter",
        CtiResidence.Prison => "Fængsel/arresthus",
        CtiResidence.Hospital => "Hospital",
        CtiResidence.Institution => "Institution/botilbud",
        CtiResidence.WithFamilyOrFriends => "Hos familie/venner",
        CtiResidence.Other => "Andet",
        _ => r.ToString(),
    };

    public static string Danish(this CtiTransitionKind k) => k switch
    {
        CtiTransitionKind.StartPhase1 => "Start af de ni måneder (fase 1)",
        CtiTransitionKind.IntoPhase2 => "Overgang til fase 2",
        CtiTransitionKind.IntoPhase3 => "Overgang til fase 3",
        CtiTransitionKind.Complete => "Afslutning (gennemført)",
        CtiTransitionKind.Interrupt => "Afbrudt forløb",
        _ => k.ToString(),
    };

    public static string Danish(this MeasurementPoint p) => p switch
    {
        MeasurementPoint.Start => "Start",
        MeasurementPoint.ThreeMonths => "3 måneder",
        MeasurementPoint.SixMonths => "6 måneder",
        MeasurementPoint.End => "Afslutning",
        _ => p.ToString(),
    };

    public static string Danish(this HousingStatus h) => h switch
    {
        HousingStatus.OwnHome => "Egen bolig",
        HousingStatus.TemporaryHome => "Midlertidig bolig",
        HousingStatus.Shelter => "Herberg/forsorgshjem",
        HousingStatus.Institution => "Institution/botilbud",
        HousingStatus.Homeless => "Gadehjemløs",
        HousingStatus.Prison => "Fængsel/arresthus",
        HousingStatus.WithFamilyOrFriends => "Hos familie/venner",
        HousingStatus.Other => "Andet",
        _ => h.ToString(),
    };

    public static string Danish(this SubstanceUse s) => s switch
    {
        SubstanceUse.None => "Intet",
        SubstanceUse.Occasional => "Lejlighedsvis",
        SubstanceUse.Weekly => "Ugentligt",
        SubstanceUse.Daily => "Dagligt",
        _ => s.ToString(),
    };

    public static string Danish(this InterruptionReason r) => r switch
    {
        InterruptionReason.MovedToOtherMunicipality => "Flyttet til en anden kommune",
        InterruptionReason.DeclinedSupport => "Borgeren har takket nej til yderligere støtte",
        InterruptionReason.HospitalisedLongTerm => "Langvarig indlæggelse",
        InterruptionReason.Died => "Borgeren er død",
        InterruptionReason.Other => "Andet",
        _ => r.ToString(),
    };

    public static string Danish(this GoalStatus s) => s switch
    {
        GoalStatus.NotStarted => "Ikke startet",
        GoalStatus.InProgress => "I gang",
        GoalStatus.Achieved => "Nået",
        GoalStatus.Dropped => "Opgivet/ændret",
        _ => s.ToString(),
    };
}
