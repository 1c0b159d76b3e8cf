using System.Globalization;

namespace Caseload.Web.Hosting;

/// <summary>Times are stored in UTC and shown in Danish time, Danish style.</summary>
public static class DanishFormat
{
    public static readonly TimeZoneInfo Zone = FindZone();
    private static readonly CultureInfo Danish = new("da-DK");

    public static DateTime ToLocal(DateTime utc) => TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), Zone);

    public static string Time(DateTime utc) => ToLocal(utc).ToString("dd-MM-yyyy HH:mm", Danish);

    public static string Date(DateOnly date) => date.ToString("dd-MM-yyyy", Danish);

    public static string Number(decimal value) => value.ToString("0.0#", Danish);

    private static TimeZoneInfo FindZone()
    {
        try { return TimeZoneInfo.FindSystemTimeZoneById("Europe/Copenhagen"); }
        catch (TimeZoneNotFoundException) { return TimeZoneInfo.Utc; }
    }
}
