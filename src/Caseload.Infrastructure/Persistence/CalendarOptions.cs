using System.Globalization;
using Caseload.Domain.Common;

namespace Caseload.Infrastructure.Persistence;

/// <summary>The "Calendar" section: days the municipality closes besides the public holidays, as "MM-dd"
/// (e.g. "06-05" Constitution Day, "12-24", "12-31"). Working-day deadlines skip them.</summary>
public sealed class CalendarOptions
{
    public const string Section = "Calendar";

    public string[] ExtraClosingDays { get; set; } = [];

    public WorkingDayCalendar ToCalendar()
        => new(ExtraClosingDays.Select(d => DateTime.ParseExact(d, "MM-dd", CultureInfo.InvariantCulture)).Select(d => (d.Month, d.Day)));
}
