namespace Caseload.Application.Common.Time;

/// <summary>
/// The one clock. Times are stored in UTC; "today", "days since" and deadlines are Danish calendar dates
/// (Europe/Copenhagen, with daylight saving). Built on <see cref="TimeProvider"/>, so tests fix or move it
/// (FakeTimeProvider). The wall-clock statics of DateTime and DateTimeOffset are banned in src/ (BannedSymbols.txt).
/// </summary>
public interface IDanishClock
{
    /// <summary>Now, in UTC (Kind = Utc).</summary>
    DateTime UtcNow { get; }

    /// <summary>Today's date in Denmark.</summary>
    DateOnly Today { get; }

    /// <summary>Danish local time now, to the minute (Kind = Unspecified): the default of a time field.</summary>
    DateTime LocalNowToMinute { get; }

    /// <summary>The Danish calendar date of a UTC time.</summary>
    DateOnly DateOf(DateTime utc);

    /// <summary>Whole Danish calendar days from the date of <paramref name="utc"/> to today (0 = today).</summary>
    int DaysSince(DateTime utc);
}

public sealed class DanishClock(TimeProvider time) : IDanishClock
{
    public DateTime UtcNow => time.GetUtcNow().UtcDateTime;

    public DateOnly Today => DateOf(UtcNow);

    public DateTime LocalNowToMinute
    {
        get
        {
            var local = DanishTime.ToLocal(UtcNow);
            return new DateTime(local.Year, local.Month, local.Day, local.Hour, local.Minute, 0, DateTimeKind.Unspecified);
        }
    }

    public DateOnly DateOf(DateTime utc) => DanishTime.DateOf(utc);

    public int DaysSince(DateTime utc) => Today.DayNumber - DateOf(utc).DayNumber;
}

/// <summary>Conversions between UTC and Danish local time (pure: no "now").</summary>
public static class DanishTime
{
    public static readonly TimeZoneInfo Zone = FindZone();

    public static DateTime ToLocal(DateTime utc)
        => TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), Zone);

    /// <summary>The Danish date of a UTC time.</summary>
    public static DateOnly DateOf(DateTime utc) => DateOnly.FromDateTime(ToLocal(utc));

    /// <summary>A Danish wall-clock time as UTC; false for a time that does not exist (the hour skipped when
    /// summer time starts). An ambiguous time (the hour repeated in October) is read as the first, summer one.</summary>
    public static bool TryToUtc(DateTime local, out DateTime utc)
    {
        var unspecified = DateTime.SpecifyKind(local, DateTimeKind.Unspecified);
        if (Zone.IsInvalidTime(unspecified))
        {
            utc = default;
            return false;
        }
        if (Zone.IsAmbiguousTime(unspecified))
        {
            var offset = Zone.GetAmbiguousTimeOffsets(unspecified).Max();
            utc = DateTime.SpecifyKind(unspecified - offset, DateTimeKind.Utc);
            return true;
        }
        utc = TimeZoneInfo.ConvertTimeToUtc(unspecified, Zone);
        return true;
    }

    /// <summary>Midnight starting a Danish date, in UTC.</summary>
    public static DateTime StartOfDayUtc(DateOnly date) => TimeZoneInfo.ConvertTimeToUtc(date.ToDateTime(TimeOnly.MinValue), Zone);

    // No silent fallback to UTC: Danish dates an hour off around midnight would be wrong without anyone noticing.
    private static TimeZoneInfo FindZone()
    {
        try { return TimeZoneInfo.FindSystemTimeZoneById("Europe/Copenhagen"); }
        catch (TimeZoneNotFoundException e)
        {
            throw new InvalidOperationException("The time zone Europe/Copenhagen is missing: install the tzdata package.", e);
        }
    }
}
