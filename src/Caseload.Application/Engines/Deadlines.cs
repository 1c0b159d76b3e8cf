namespace Caseload.Application.Engines;

/// <summary>Every engine's open deadlines for a set of citizens (already in the user's scope), soonest first (ADR 0023).</summary>
public sealed class Deadlines(IEnumerable<IDeadlineSource> sources)
{
    public async Task<IReadOnlyList<EngineDeadline>> ForCitizensAsync(IReadOnlyList<Guid> citizenIds, CancellationToken ct = default)
    {
        if (citizenIds.Count == 0) return [];
        var all = new List<EngineDeadline>();
        foreach (var source in sources) all.AddRange(await source.OpenForCitizensAsync(citizenIds, ct));
        return [.. all.OrderBy(d => d.Due).ThenBy(d => d.Label, StringComparer.Ordinal)];
    }

    /// <summary>Each citizen's next deadline.</summary>
    public async Task<IReadOnlyDictionary<Guid, EngineDeadline>> NextForCitizensAsync(IReadOnlyList<Guid> citizenIds, CancellationToken ct = default)
        => (await ForCitizensAsync(citizenIds, ct)).GroupBy(d => d.CitizenId).ToDictionary(g => g.Key, g => g.First());
}
