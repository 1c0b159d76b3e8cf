namespace Caseload.Web.Features.Printing;

/// <summary>The "Print" configuration section: what every printed document says at the top.</summary>
public sealed class PrintOptions
{
    public const string Section = "Print";

    public string Municipality { get; set; } = "Solbjerg Kommune";
}
