namespace Caseload.Application.Results;

/// <summary>The period of a results page: Danish dates, both included. The figures are monthly (ADR 0031), so a period
/// counts whole calendar months: its start is moved to the first of its month and its end to the last of its month, or
/// to today in the current month.</summary>
public sealed record ResultsPeriod(DateOnly From, DateOnly To)
{
    public const string InvalidMessage = "Perioden er ugyldig: fra-datoen skal ligge før til-datoen, og perioden må højst være 10 år.";

    /// <summary>The last 12 months: from the first of the month eleven months back to today.</summary>
    public static ResultsPeriod LastTwelveMonths(DateOnly today) => new(FigureRules.MonthOf(today).AddMonths(-11), today);

    public bool IsDefault(DateOnly today) => this == LastTwelveMonths(today);

    /// <summary>The period asked for, the default where a date is missing; null when it cannot be a period.</summary>
    public static ResultsPeriod? Parse(DateOnly? from, DateOnly? to, DateOnly today)
    {
        var fallback = LastTwelveMonths(today);
        var end = to ?? fallback.To;
        var start = from ?? (to is null ? fallback.From : FigureRules.MonthOf(end).AddMonths(-11));
        if (start > end || end.DayNumber - start.DayNumber > 3660) return null;
        var monthEnd = FigureRules.MonthOf(end).AddMonths(1).AddDays(-1);
        return new ResultsPeriod(FigureRules.MonthOf(start), monthEnd > today ? (today < start ? start : today) : monthEnd);
    }

    private IReadOnlyList<DateOnly>? _months;

    /// <summary>The first day of each calendar month the period touches, oldest first. Worked out once per period: a
    /// results page asks for it in every cell.</summary>
    public IReadOnlyList<DateOnly> Months => _months ??= MonthsOf(From, To);

    private static List<DateOnly> MonthsOf(DateOnly from, DateOnly to)
    {
        var list = new List<DateOnly>();
        for (var m = FigureRules.MonthOf(from); m <= to; m = m.AddMonths(1)) list.Add(m);
        return list;
    }

    /// <summary>The days of <paramref name="month"/> inside the period: the current month counts up to today.</summary>
    public int DaysIn(DateOnly month)
    {
        var first = month < From ? From : month;
        var last = month.AddMonths(1).AddDays(-1);
        if (last > To) last = To;
        return Math.Max(0, last.DayNumber - first.DayNumber + 1);
    }

    public int TotalDays => To.DayNumber - From.DayNumber + 1;
}
