using System.Globalization;

namespace Caseload.Web.Features.CitizenPortal;

/// <summary>Dates and times on the citizen's own view, in plain Danish: "I dag", "I morgen", "tirsdag den 15. december",
/// "kl. 10.00–11.00". The Danish date and wall-clock time come from the one clock (<see cref="Application.CitizenPortal.OwnHome.Today"/>).</summary>
public static class MigFormat
{
    private static readonly CultureInfo Danish = CultureInfo.GetCultureInfo("da-DK");

    public static string Day(DateOnly date, DateOnly today)
    {
        if (date == today) return "I dag";
        if (date == today.AddDays(1)) return "I morgen";
        var text = date.ToString(date.Year == today.Year ? "dddd 'den' d. MMMM" : "dddd 'den' d. MMMM yyyy", Danish);
        return char.ToUpper(text[0], Danish) + text[1..];
    }

    /// <summary>A date in a sentence: "den 3. december 2026".</summary>
    public static string Date(DateOnly date) => date.ToString("'den' d. MMMM yyyy", Danish);

    public static string? Times(TimeOnly? starts, TimeOnly? ends) => (starts, ends) switch
    {
        ({ } s, { } e) => $"kl. {s.ToString("HH.mm", Danish)}–{e.ToString("HH.mm", Danish)}",
        ({ } s, null) => $"kl. {s.ToString("HH.mm", Danish)}",
        _ => null,
    };
}
