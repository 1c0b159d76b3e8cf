using PublicHoliday;

namespace Caseload.Domain.Common;

/// <summary>
/// Danish working days: Monday–Friday except public holidays (domain.md appendix B).
/// General Prayer Day (store bededag) counts only up to and including 2023; extra closing days
/// (e.g. 5 June, 24 and 31 December) come from configuration.
/// </summary>
public sealed class WorkingDayCalendar
{
    private readonly HashSet<(int Month, int Day)> _extraClosingDays;

    public WorkingDayCalendar(IEnumerable<(int Month, int Day)>? extraClosingDays = null)
        => _extraClosingDays = [.. extraClosingDays ?? []];

    public bool IsWorkingDay(DateOnly date)
        => date.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday)
           && !IsPublicHoliday(date)
           && !_extraClosingDays.Contains((date.Month, date.Day));

    /// <summary>"Within N working days of D" is the N-th working day after D.</summary>
    public DateOnly AddWorkingDays(DateOnly from, int workingDays)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(workingDays);
        var date = from;
        for (var counted = 0; counted < workingDays;)
        {
            date = date.AddDays(1);
            if (IsWorkingDay(date)) counted++;
        }
        return date;
    }

    /// <summary>Working days from <paramref name="today"/> to <paramref name="due"/>: how many working days after today
    /// up to and including the due day; negative (the working days late) when the due day has passed; 0 on the day.</summary>
    public int WorkingDaysLeft(DateOnly today, DateOnly due)
    {
        var (from, to, sign) = due >= today ? (today, due, 1) : (due, today, -1);
        var count = 0;
        for (var d = from.AddDays(1); d <= to; d = d.AddDays(1))
            if (IsWorkingDay(d)) count++;
        return sign * count;
    }

    /// <summary>Official Danish public holidays (PublicHoliday's DenmarkPublicHoliday without the optional days:
    /// not Constitution Day, 1 May, the day after Ascension, Christmas Eve or New Year's Eve — those, where a
    /// municipality closes, come from configuration). General Prayer Day counts through 2023 only.</summary>
    public static bool IsPublicHoliday(DateOnly date) => Holidays.IsPublicHoliday(date.ToDateTime(TimeOnly.MinValue));

    /// <summary>Gregorian Easter Sunday.</summary>
    public static DateOnly EasterSunday(int year) => DateOnly.FromDateTime(DenmarkPublicHoliday.Easter(year));

    private static readonly DenmarkPublicHoliday Holidays = new(
        includeConstitutionDay: false, includeLabourDay: false, includeDayAfterAscension: false,
        includeChristmasEve: false, includeNewYearsEve: false);
}
