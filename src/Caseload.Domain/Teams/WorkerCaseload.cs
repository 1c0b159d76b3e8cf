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
}
