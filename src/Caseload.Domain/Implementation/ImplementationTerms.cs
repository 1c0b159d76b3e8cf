namespace Caseload.Domain.Implementation;

/// <summary>The four phases of implementing a method (ACT implementation guide, bilag 1c). Phases can be revisited.</summary>
public enum ImplementationPhase
{
    Decide,
    Plan,
    CarryOut,
    Anchor,
}

public enum ActivityStatus
{
    NotStarted,
    InProgress,
    Done,
    Dropped,
}

/// <summary>Who a row of the role and responsibility table is about.</summary>
public enum RoleLevel
{
    Management,
    TeamLeaderAndTeam,
}

public static class ImplementationNames
{
    public static string Danish(this ImplementationPhase p) => p switch
    {
        ImplementationPhase.Decide => "Beslutningsfasen",
        ImplementationPhase.Plan => "Planlægningsfasen",
        ImplementationPhase.CarryOut => "Gennemførelsesfasen",
        ImplementationPhase.Anchor => "Forankringsfasen",
        _ => p.ToString(),
    };

    public static string Danish(this ActivityStatus s) => s switch
    {
        ActivityStatus.NotStarted => "Ikke startet",
        ActivityStatus.InProgress => "I gang",
        ActivityStatus.Done => "Udført",
        ActivityStatus.Dropped => "Droppet",
        _ => s.ToString(),
    };

    public static string Danish(this RoleLevel l) => l switch
    {
        RoleLevel.Management => "Ledelse",
        RoleLevel.TeamLeaderAndTeam => "Teamleder og team",
        _ => l.ToString(),
    };
}

/// <summary>The phase checklists of the implementation plan (domain.md Appendix A, the same for every method).</summary>
public static class ImplementationChecklists
{
    public static readonly IReadOnlyDictionary<ImplementationPhase, IReadOnlyList<string>> Items = new Dictionary<ImplementationPhase, IReadOnlyList<string>>
    {
        [ImplementationPhase.Decide] =
        [
            "Ledelse, teamledere og medarbejdere forstår metoden og de forandringer, den medfører.",
            "Der er gennemført en parathedsvurdering.",
            "Der er indledt dialog med samarbejdspartnere (fx et opstartsseminar).",
            "Der er indgået forpligtende skriftlige samarbejdsaftaler med relevante samarbejdspartnere.",
        ],
        [ImplementationPhase.Plan] =
        [
            "Indsatsen er forankret organisatorisk og fagligt.",
            "Der er nedsat en tværfaglig styregruppe.",
            "Medarbejdere er udpeget, og teamet er etableret.",
            "Der er udpeget en teamleder.",
            "Roller og ansvar mellem ledelse, teamledere og medarbejdere er afklaret.",
            "Teamet og teamlederen har gennemført uddannelse og kompetenceudvikling.",
            "Der er udarbejdet en samlet implementeringsplan.",
        ],
        [ImplementationPhase.CarryOut] =
        [
            "Implementeringen er ledelsesmæssigt forankret og drevet af ledelsen.",
            "Medarbejdernes roller og funktioner i teamet er beskrevet.",
            "Der arbejdes systematisk med dynamik og ægthed i teamet.",
            "Uddannelse følges op af løbende, systematisk supervision.",
            "Der er rammer for opfølgning på metode og resultater med fokus på læring.",
        ],
        [ImplementationPhase.Anchor] =
        [
            "Der er procedurer for forankring (medarbejdere der fortsætter, manualer, skabeloner).",
            "Der er taget stilling til, hvordan erfaringerne udnyttes i driften.",
            "Væsentlige forudsætninger og barrierer for succes er beskrevet.",
            "Der er taget stilling til kompetenceudvikling af nye medarbejdere.",
            "Der er taget stilling til, hvordan alle ledelsesniveauer fastholder opmærksomheden.",
        ],
    };
}
