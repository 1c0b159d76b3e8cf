using System.Globalization;
using Caseload.Domain.Common;

namespace Caseload.Domain.Teams;

public enum CaseloadState
{
    Under,
    AtLimit,
    Over,
}

/// <summary>
/// A worker's caseload against the method's limit (domain.md §2: about 10 citizens per full-time worker;
/// part-time members count by their FTE share). At the limit means from 90 % of it up to and including it.
/// </summary>
public sealed record WorkerCaseload(decimal Fte, int ActiveCitizens, decimal LimitPerFte)
{
    public const decimal NearLimitShare = 0.9m;

    /// <summary>How many citizens this worker may have: limit × FTE.</summary>
    public decimal Capacity => LimitPerFte * Fte;

    public decimal CitizensPerFte => Fte > 0 ? ActiveCitizens / Fte : ActiveCitizens == 0 ? 0 : decimal.MaxValue;

    public CaseloadState State => CitizensPerFte > LimitPerFte
        ? CaseloadState.Over
        : CitizensPerFte >= LimitPerFte * NearLimitShare ? CaseloadState.AtLimit : CaseloadState.Under;

    /// <summary>Above the limit: more citizens per FTE than the team allows.</summary>
    public bool IsOver => State == CaseloadState.Over;

    /// <summary>The same worker with <paramref name="citizens"/> more (a start or a move to them, previewed before it happens).</summary>
    public WorkerCaseload With(int citizens) => this with { ActiveCitizens = ActiveCitizens + citizens };

    /// <summary>"6 borgere · 0,5 årsværk · 12,0 pr. årsværk": what a worker picker shows beside the name.</summary>
    public string Describe()
    {
        var count = DanishText.Count(ActiveCitizens, "borger", "borgere");
        var fte = Fte.ToString("0.0##", Da);
        return Fte > 0 ? $"{count} · {fte} årsværk · {CitizensPerFte.ToString("0.0", Da)} pr. årsværk" : $"{count} · {fte} årsværk";
    }

    /// <summary>Why an assignment is stopped until the leader confirms it ("Tildel alligevel", with a reason).</summary>
    public string OverLimitMessage(string workerName, int added)
    {
        var after = With(added);
        return $"{workerName} kommer over grænsen på {LimitPerFte.ToString("0.0", Da)} borgere pr. årsværk: efter tildelingen "
            + $"{after.Describe()}. Sæt kryds i »Tildel alligevel« og skriv en begrundelse, hvis det alligevel skal ske.";
    }

    private static readonly CultureInfo Da = CultureInfo.GetCultureInfo("da-DK");
}
