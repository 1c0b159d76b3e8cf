namespace Caseload.Application.Results.Reviews;

/// <summary>An item of a scale that no data can show (e.g. "psykiater i teamet"): the team leader scores it 1–5 against
/// the scale's anchors, once per review, with a note.</summary>
public sealed record ManualReviewItem(string Code, string Name, string Target, IReadOnlyList<string> Anchors);

/// <summary>A computed item as the results page shows it for one team and period: value text and score (none when the
/// figure is hidden as "&lt; 5" or there is no data).</summary>
public sealed record ComputedReviewItem(string Code, string Name, string Value, int? Score);

/// <summary>
/// A method's fidelity scale for the fidelity review (issue #29 item 5, ADR 0055), registered by the engine's module.
/// Shared review code loops over these and picks one by <see cref="Key"/> (the address segment); it never names a method.
/// </summary>
public interface IFidelityReviewScale
{
    /// <summary>The address segment under /resultater (ACT: "act"), also stored on each review.</summary>
    string Key { get; }

    /// <summary>The method's name in the UI ("ACT").</summary>
    string MethodName { get; }

    /// <summary>The scale's name ("DACTS").</summary>
    string ScaleName { get; }

    /// <summary>The items no data can show, in the scale's order.</summary>
    IReadOnlyList<ManualReviewItem> ManualItems { get; }

    /// <summary>The method's teams among <paramref name="only"/> (all when null); a team of another method is not among
    /// them, so a review of it is answered as 404.</summary>
    Task<IReadOnlyList<ResultsTeam>> TeamsAsync(IReadOnlyList<Guid>? only, CancellationToken ct);

    /// <summary>The computed items for the team and period, exactly as the method's results page computes them; only a
    /// leader of the team makes a review, so the team comes as that handle.</summary>
    Task<IReadOnlyList<ComputedReviewItem>> ComputeAsync(Security.LedTeam team, ResultsPeriod period, CancellationToken ct);
}
