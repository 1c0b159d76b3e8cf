using System.Collections.Concurrent;
using System.Collections.Frozen;
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
    /// up to and including the due day; negative (the working days late) when the due day has passed; 0 on the day.
    /// Counted arithmetically (weekdays, less the holidays and closing days among them), so a deadline two years
    /// overdue costs no more than one due tomorrow — the deadline list computes this for every open deadline.</summary>
    public int WorkingDaysLeft(DateOnly today, DateOnly due)
        => due >= today ? WorkingDaysAfter(today, due) : -WorkingDaysAfter(due, today);

    /// <summary>Working days in (from, to].</summary>
    private int WorkingDaysAfter(DateOnly from, DateOnly to)
    {
        var closed = 0;
        for (var year = from.Year; year <= to.Year; year++)
            foreach (var day in HolidaysOf(year).Concat(ClosingDaysOf(year)).Distinct())
                if (day > from && day <= to && day.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday)) closed++;
        return WeekdaysUpTo(to) - WeekdaysUpTo(from) - closed;
    }

    /// <summary>Weekdays from 1 January 0001 (a Monday) through <paramref name="date"/>.</summary>
    private static int WeekdaysUpTo(DateOnly date)
    {
        var days = date.DayNumber + 1;
        return days / 7 * 5 + Math.Min(days % 7, 5);
    }

    private IEnumerable<DateOnly> ClosingDaysOf(int year)
        => _extraClosingDays.Where(d => d.Month != 2 || d.Day != 29 || DateTime.IsLeapYear(year)).Select(d => new DateOnly(year, d.Month, d.Day));

    /// <summary>Official Danish public holidays (PublicHoliday's DenmarkPublicHoliday without the optional days:
    /// not Constitution Day, 1 May, the day after Ascension, Christmas Eve or New Year's Eve — those, where a
    /// municipality closes, come from configuration). General Prayer Day counts through 2023 only.</summary>
    public static bool IsPublicHoliday(DateOnly date) => HolidaysOf(date.Year).Contains(date);

    /// <summary>A year's holidays, computed once per year (deadline lists ask about many days).</summary>
    private static FrozenSet<DateOnly> HolidaysOf(int year)
        => HolidaysByYear.GetOrAdd(year, y => Holidays.PublicHolidays(y).Select(DateOnly.FromDateTime).ToFrozenSet());

    private static readonly ConcurrentDictionary<int, FrozenSet<DateOnly>> HolidaysByYear = new();

    /// <summary>Gregorian Easter Sunday.</summary>
    public static DateOnly EasterSunday(int year) => DateOnly.FromDateTime(DenmarkPublicHoliday.Easter(year));

    private static readonly DenmarkPublicHoliday Holidays = new(
        includeConstitutionDay: false, includeLabourDay: false, includeDayAfterAscension: false,
        includeChristmasEve: false, includeNewYearsEve: false);
}
