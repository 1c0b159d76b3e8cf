namespace Caseload.Domain.Cti;

/// <summary>The checklists of each transition, in the Danish of domain.md Appendix A (shown as written).</summary>
public static class CtiChecklists
{
    public static readonly IReadOnlyList<string> ContactPeriod =
    [
        "Der er skabt kontakt til borgeren, og der er holdt ét eller flere indledende møder.",
        "Borgeren er orienteret om CTI-forløbet (fast kontaktperson i en tidsafgrænset periode; borgeren er med til at definere, hvad der arbejdes med; hjælp til at etablere sig i boligen og afdække behov).",
        "Der er indgået aftale med borgeren om, hvordan kontakten skal foregå.",
    ];

    public static readonly IReadOnlyList<string> IntoPhase2 =
    [
        "Økonomien omkring bolig og leveomkostninger er på plads.",
        "Borgerens støttebehov og støttemuligheder er afdækket.",
        "Der er udarbejdet en langsigtet plan sammen med borgeren.",
        "Arbejdet med at styrke borgerens støttenetværk er påbegyndt.",
        "Der er koordineret med relevante tilbud og kommunale indsatser.",
        "Der er så vidt muligt holdt møder med relevante tilbud og indsatser sammen med borgeren, og de nødvendige aftaler er på plads.",
        "Borgeren er introduceret til lokale sociale tilbud og foreninger, og de planlagte aktiviteter/indsatser er sat i gang.",
        "Hvis relevant: der er etableret kontakt til jobcentret om en koordineret plan.",
    ];

    public static readonly IReadOnlyList<string> IntoPhase3 =
    [
        "Aktiviteter og indsatser er evalueret sammen med borgeren.",
        "Eventuelle ændringer af planen er foretaget sammen med borgeren.",
    ];

    public static readonly IReadOnlyList<string> End =
    [
        "Der er etableret et støttenetværk omkring borgeren, som kan tage over.",
        "Der er holdt overdragelsessamtaler med borgeren og støttenetværket.",
        "Der er udarbejdet en overdragelsesplan sammen med borgeren og støttenetværket.",
        "Ansvaret for den langsigtede støtte er forankret hos én person i støttenetværket (fx en kommunal sagsbehandler).",
    ];

    /// <summary>The checklist a transition must complete; an interruption has none (it records a reason).</summary>
    public static IReadOnlyList<string> For(CtiTransitionKind kind) => kind switch
    {
        CtiTransitionKind.StartPhase1 => ContactPeriod,
        CtiTransitionKind.IntoPhase2 => IntoPhase2,
        CtiTransitionKind.IntoPhase3 => IntoPhase3,
        CtiTransitionKind.Complete => End,
        _ => [],
    };

    /// <summary>The measurement a transition needs first.</summary>
    public static MeasurementPoint MeasurementFor(CtiTransitionKind kind) => kind switch
    {
        CtiTransitionKind.StartPhase1 => MeasurementPoint.Start,
        CtiTransitionKind.IntoPhase2 => MeasurementPoint.ThreeMonths,
        CtiTransitionKind.IntoPhase3 => MeasurementPoint.SixMonths,
        _ => MeasurementPoint.End,
    };
}
