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

    public static bool IsPublicHoliday(DateOnly date)
    {
        if ((date.Month, date.Day) is (1, 1) or (12, 25) or (12, 26)) return true;
        var easter = EasterSunday(date.Year);
        var offset = date.DayNumber - easter.DayNumber;
        return offset is -3 or -2 or 0 or 1 or 39 or 49 or 50
               || (offset == 26 && date.Year <= 2023);
    }

    /// <summary>Gregorian Easter Sunday (the anonymous Gregorian algorithm).</summary>
    public static DateOnly EasterSunday(int year)
    {
        var a = year % 19;
        var b = year / 100;
        var c = year % 100;
        var d = b / 4;
        var e = b % 4;
        var f = (b + 8) / 25;
        var g = (b - f + 1) / 3;
        var h = ((19 * a) + b - d - g + 15) % 30;
        var i = c / 4;
        var k = c % 4;
        var l = (32 + (2 * e) + (2 * i) - h - k) % 7;
        var m = (a + (11 * h) + (22 * l)) / 451;
        var month = (h + l - (7 * m) + 114) / 31;
        var day = ((h + l - (7 * m) + 114) % 31) + 1;
        return new DateOnly(year, month, day);
    }
}
