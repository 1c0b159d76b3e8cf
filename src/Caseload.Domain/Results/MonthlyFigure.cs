using Caseload.Domain.Teams;

namespace Caseload.Domain.Results;

/// <summary>
/// A pre-aggregated figure of one team, method and Danish calendar month (ADR 0031): how many times something
/// happened (<see cref="Count"/>) and, where it has an amount, its total (<see cref="Sum"/>, e.g. minutes). Kept
/// current from the course event log in the command's own transaction, so the results page reads a few hundred of
/// these instead of the contact log. Counts only: no citizen is named here.
/// </summary>
public class MonthlyFigure
{
    public const int KeyMaxLength = 40;

    private MonthlyFigure() { Key = string.Empty; }

    public MonthlyFigure(Guid teamId, Method method, DateOnly month, string key, long count, long sum)
    {
        TeamId = teamId;
        Method = method;
        Month = new DateOnly(month.Year, month.Month, 1);
        Key = key;
        Count = count;
        Sum = sum;
    }

    public Guid TeamId { get; private set; }
    public Method Method { get; private set; }
    /// <summary>The first day of the Danish calendar month.</summary>
    public DateOnly Month { get; private set; }
    public string Key { get; private set; }
    public long Count { get; private set; }
    public long Sum { get; private set; }
}
