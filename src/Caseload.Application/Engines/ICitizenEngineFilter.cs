using System.Linq.Expressions;
using Caseload.Application.Common;
using Caseload.Domain.Citizens;

namespace Caseload.Application.Engines;

/// <summary>Which citizens an engine concerns (its sections show for them): e.g. CTI — a CTI team's citizens and anyone
/// with a CTI course. The access scope answers it for all engines in the query that finds the citizen (ADR 0023).</summary>
public interface ICitizenEngineFilter
{
    /// <summary>The engine's key, as its sections ask for it.</summary>
    string Engine { get; }

    /// <summary>Whether the engine concerns the citizen, as a predicate the scope's look-up inlines. Keep each part an
    /// indexed EXISTS (not an IN over a UNION, which SQLite reads in full: QueryCountTests checks the plans).</summary>
    Expression<Func<Citizen, bool>> Concerns();
}

/// <summary>
/// The engines that concern one citizen, as one integer column of the access scope's own look-up (a bit per engine,
/// each an EXISTS over the engine's filter): the citizen page, the print menu and the contact form learn them without
/// a command of their own (issue #26 item 8), whatever the number of engines.
/// </summary>
public sealed class CitizenEngines(IEnumerable<ICitizenEngineFilter> filters)
{
    private readonly List<ICitizenEngineFilter> _filters = filters.ToList() is { Count: <= 31 } all ? all
        : throw new InvalidOperationException("More than 31 engines: the scope's mask is one int (CitizenEngines).");

    /// <summary>An expression over the citizen: bit i is set when engine i concerns them.</summary>
    public Expression<Func<Citizen, int>> Mask()
    {
        var citizen = Expression.Parameter(typeof(Citizen), "c");
        Expression sum = Expression.Constant(0);
        for (var i = 0; i < _filters.Count; i++)
        {
            var concerns = _filters[i].Concerns();
            var concerned = concerns.Body.Rebind(concerns.Parameters[0], citizen);
            sum = Expression.Add(sum, Expression.Condition(concerned, Expression.Constant(1 << i), Expression.Constant(0)));
        }
        return Expression.Lambda<Func<Citizen, int>>(sum, citizen);
    }

    public IReadOnlySet<string> FromMask(int mask)
        => _filters.Where((_, i) => (mask & (1 << i)) != 0).Select(f => f.Engine).ToHashSet();
}
