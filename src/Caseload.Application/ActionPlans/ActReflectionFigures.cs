using Caseload.Application.Engines;
using Caseload.Application.Results;
using Caseload.Domain.Implementation;
using Caseload.Domain.Teams;

namespace Caseload.Application.ActionPlans;

/// <summary>
/// ACT's reflection-day figures (bilag 1f) are the DACTS items of the results page (issue #29 item 8): the same monthly
/// figures, the same builder and the same "&lt; 5" rule, over the results page's default period (the last twelve months),
/// for all the method's teams together — so the sheet and the page's "Alle" column show the same numbers.
/// </summary>
public sealed class ActReflectionFigures(TeamSeriesReader figures, ActResults results) : IReflectionFigures
{
    public Method Method => Method.Act;

    public async Task<IEnumerable<ReflectionFigure>> ForTeamsAsync(IReadOnlyList<Guid> teamIds, DateOnly since, DateOnly today, CancellationToken ct)
    {
        var teams = await figures.TeamsAsync(Method.Act, teamIds, ct);
        if (teams.Count == 0) return [];
        var period = ResultsPeriod.LastTwelveMonths(today);
        return (await results.RowsAsync(teams, period, ct)).Select(r => new ReflectionFigure($"{r.Item.Code} {r.Item.Name}",
            r.Total.Score is { } score ? $"{r.Total.Text} ({score} af 5)" : r.Total.Text,
            FigureText.FromResults("DACTS", period.From, r.Item.Target)));
    }
}
