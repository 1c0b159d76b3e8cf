using System.Globalization;
using Caseload.Domain.Contacts;

namespace Caseload.Application.ActionPlans;

/// <summary>
/// An ISO 8601 week (Monday to Sunday, week 1 holds the year's first Thursday), as Danish calendars number them: the week
/// view's unit. Pure: "this week" is the week of the one clock's Danish date (<see cref="Of"/>), so 00:05 and 23:59 and
/// the daylight-saving days land in the same week as noon; 2026 has a week 53 (28-12-2026 … 03-01-2027).
/// </summary>
public readonly record struct VisitWeek(int Year, int Number)
{
    public DateOnly Monday => DateOnly.FromDateTime(ISOWeek.ToDateTime(Year, Number, DayOfWeek.Monday));

    public DateOnly Sunday => Monday.AddDays(6);

    public IReadOnlyList<DateOnly> Days => [.. Enumerable.Range(0, 7).Select(Monday.AddDays)];

    public VisitWeek Previous => Of(Monday.AddDays(-7));

    public VisitWeek Next => Of(Monday.AddDays(7));

    public bool Contains(DateOnly day) => Monday <= day && day <= Sunday;

    /// <summary>The week a Danish date lies in.</summary>
    public static VisitWeek Of(DateOnly day)
    {
        var dt = day.ToDateTime(TimeOnly.MinValue);
        return new VisitWeek(ISOWeek.GetYear(dt), ISOWeek.GetWeekOfYear(dt));
    }

    /// <summary>"2026-W53" (as in the address), or null for anything else, including a week the year does not have.</summary>
    public static VisitWeek? Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        var parts = text.Trim().ToUpperInvariant().Split("-W");
        if (parts.Length != 2 || !int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var year)
            || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var number)) return null;
        if (year is < 1990 or > 2100 || number < 1 || number > ISOWeek.GetWeeksInYear(year)) return null;
        return new VisitWeek(year, number);
    }

    /// <summary>As the address writes it: 2026-W05.</summary>
    public override string ToString() => $"{Year}-W{Number:00}";

    /// <summary>As the page says it: "Uge 53, 2026".</summary>
    public string Danish => $"Uge {Number}, {Year}";
}

/// <summary>Planned against achieved (ADR 0033): a planned visit is held when the contact log has an achieved face-to-face
/// contact by that worker — as author or as a colleague present — with that citizen on that Danish date.</summary>
public static class VisitMatching
{
    /// <summary>The contact forms where the worker and the citizen met.</summary>
    public static bool IsFaceToFace(ContactChannel channel)
        => channel is ContactChannel.HomeVisit or ContactChannel.DropInCentre or ContactChannel.OfficeMeeting;

    public static readonly ContactChannel[] FaceToFace = [ContactChannel.HomeVisit, ContactChannel.DropInCentre, ContactChannel.OfficeMeeting];
}
