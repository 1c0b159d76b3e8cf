using Caseload.Application.Common.Time;
using Caseload.Application.Teams;
using Caseload.Domain.Implementation;
using Caseload.Domain.Teams;

namespace Caseload.Application.Implementation;

/// <summary>
/// The figures a reflection day brings (bilag 1f, "documentation to bring"), counted across the teams of the project's
/// method: caseload per FTE, and each engine's own (CTI: transitions on time and citizens per phase; outreach: the deadlines
/// met in the last year). Counts only, never a citizen. Made once per reflection day, so its cost (the method's teams'
/// courses) is paid once, not per page view.
/// </summary>
public sealed class ReflectionFigures(TeamFigures teams, IDanishClock clock, IEnumerable<Engines.IReflectionFigures> engines)
{
    public const int LookBackMonths = 12;

    public async Task<IReadOnlyList<ReflectionFigure>> ForMethodAsync(Method method, CancellationToken ct = default)
    {
        var today = clock.Today;
        var since = today.AddMonths(-LookBackMonths);
        var methodTeams = (await teams.PerTeamAsync(ct)).Where(t => t.Method == method).ToList();
        var ids = methodTeams.Select(t => t.Id).ToList();
        var fte = methodTeams.Sum(t => t.Fte);
        var citizens = methodTeams.Sum(t => t.Citizens);
        var figures = new List<ReflectionFigure>
        {
            new("Borgere pr. årsværk", fte > 0 ? Number(citizens / fte) : "–",
                $"{citizens} borgere, {Number(fte)} årsværk i {methodTeams.Count} team{(methodTeams.Count == 1 ? "" : "s")}; grænsen er {Number(methodTeams.Select(t => t.LimitPerFte).DefaultIfEmpty(Team.DefaultCaseloadLimitPerFte).Max())}"
                + (methodTeams.Count > 1 ? ": " + string.Join(" · ", methodTeams.Select(t => $"{t.Name} {(t.CitizensPerFte is { } r ? Number(r) : "–")}")) : "")),
        };
        foreach (var engine in engines.Where(e => e.Method == method)) // the method's own figures (ADR 0023)
            figures.AddRange(await engine.ForTeamsAsync(ids, since, today, ct));
        return figures;
    }

    private static string Number(decimal value) => Engines.FigureText.Number(value);
}
