using Caseload.Application.Common;
using Caseload.Application.Security;
using Microsoft.EntityFrameworkCore;

namespace Caseload.Application.Engines;

/// <summary>Which citizens an engine concerns (its sections show for them): e.g. CTI — a CTI team's citizens and anyone
/// with a CTI course. The citizen page asks all engines in one query (ADR 0023).</summary>
public interface ICitizenEngineFilter
{
    /// <summary>The engine's key, as its sections ask for it.</summary>
    string Engine { get; }

    IQueryable<Guid> CitizensConcerned();
}

/// <summary>The engines that concern one citizen: one query (a UNION of the engines' filters) whatever their number.</summary>
public sealed class CitizenEngines(IEnumerable<ICitizenEngineFilter> filters)
{
    private readonly List<ICitizenEngineFilter> _filters = [.. filters];

    public async Task<IReadOnlySet<string>> ForAsync(ScopedCitizen citizen, CancellationToken ct = default)
    {
        if (_filters.Count == 0) return new HashSet<string>();
        var id = citizen.Id;
        var query = _filters.Select(f => { var engine = f.Engine; return f.CitizensConcerned().Where(x => x == id).Select(_ => engine); })
            .Aggregate((a, b) => a.Concat(b));
        return (await query.Distinct().ToListAsync(ct)).ToHashSet();
    }
}
