using System.Globalization;
using Caseload.Application.Common.Time;

namespace Caseload.Web.Hosting;

/// <summary>Times are stored in UTC and shown in Danish time, Danish style.</summary>
public static class DanishFormat
{
    private static readonly CultureInfo Danish = new("da-DK");

    public static string Time(DateTime utc) => DanishTime.ToLocal(utc).ToString("dd-MM-yyyy HH:mm", Danish);

    /// <summary>The Danish time of day, "14.32".</summary>
    public static string Clock(DateTime utc) => DanishTime.ToLocal(utc).ToString("HH.mm", Danish);

    /// <summary>A moment in a sentence, Danish style: "kl. 21.36 den 6. december", with the year when it is not
    /// <paramref name="currentYear"/> (or none is given): "kl. 21.36 den 6. december 2025".</summary>
    public static string When(DateTime utc, int? currentYear = null)
    {
        var local = DanishTime.ToLocal(utc);
        return local.ToString(local.Year == currentYear ? "'kl.' HH.mm 'den' d. MMMM" : "'kl.' HH.mm 'den' d. MMMM yyyy", Danish);
    }

    public static string Date(DateOnly date) => date.ToString("dd-MM-yyyy", Danish);

    public static string Number(decimal value) => value.ToString("0.0#", Danish);

}
