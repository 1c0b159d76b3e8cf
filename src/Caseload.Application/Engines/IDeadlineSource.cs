namespace Caseload.Application.Engines;

/// <summary>An open deadline of an engine, for a citizen: what, when, where to act on it, and (if the engine counts in
/// working days) how much time is left in its own words.</summary>
public sealed record EngineDeadline(Guid CitizenId, string Label, DateOnly Due, string Url, string? TimeLeft = null);

/// <summary>
/// An engine's open deadlines (ADR 0023): the shared deadline list ("Frister") and "Mine borgere"'s next deadline
/// ask every source for the citizens they show — already in the user's access scope — and merge the answers.
/// A source costs at most a couple of queries whatever the number of citizens.
/// </summary>
public interface IDeadlineSource
{
    Task<IReadOnlyList<EngineDeadline>> OpenForCitizensAsync(IReadOnlyList<Guid> citizenIds, CancellationToken ct);
}
