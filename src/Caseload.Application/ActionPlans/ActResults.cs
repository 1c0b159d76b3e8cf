using Caseload.Application.Common;
using Caseload.Application.Common.Time;
using Caseload.Application.Results;
using Caseload.Application.Security;
using Caseload.Domain.Teams;

namespace Caseload.Application.ActionPlans;

/// <summary>
/// ACT's results and fidelity page (issue #29): the DACTS items over a period for the ACT teams the user may compare —
/// a manager all of them, a team leader the teams they lead. Counts only; the figures come from the monthly table
/// (ADR 0031), never from the contact log.
/// </summary>
public sealed class ActResults(TeamSeriesReader figures, IDanishClock clock)
{
    /// <summary>Null when the user has no ACT team among <paramref name="teams"/>, or the team asked for is not an ACT team
    /// (answered as 404).</summary>
    public async Task<FidelityPage?> ReportAsync(ResultsTeams teams, DateOnly? from, DateOnly? to, CancellationToken ct = default)
    {
        var team = teams.Selected;
        var choices = await figures.TeamsAsync(Method.Act, teams.Allowed, ct);
        if (choices.Count == 0) return null;
        var shown = team is { } id ? choices.Where(t => t.Id == id).ToList() : choices;
        if (shown.Count == 0) return null;
        // A period that cannot be one shows the default with a message, rather than an error page.
        var asked = ResultsPeriod.Parse(from, to, clock.Today);
        var period = asked ?? ResultsPeriod.LastTwelveMonths(clock.Today);
        return new FidelityPage(new FidelityReport(period, shown, choices, team, await RowsAsync(shown, period, ct)),
            asked is null ? ResultsPeriod.InvalidMessage : null);
    }

    /// <summary>The DACTS items for these teams over the period, as the page shows them: the page, the reflection day's
    /// sheet and the fidelity review's locked items all read them here, so they cannot differ.</summary>
    public async Task<IReadOnlyList<FidelityRow>> RowsAsync(IReadOnlyList<ResultsTeam> teams, ResultsPeriod period, CancellationToken ct = default)
        => FidelityReportBuilder.Build(ActFidelityItems.All, await figures.ReadAsync(Method.Act, teams, period, ct), period);
}
