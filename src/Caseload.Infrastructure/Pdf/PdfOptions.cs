namespace Caseload.Infrastructure.Pdf;

/// <summary>The "Pdf" configuration section.</summary>
public sealed class PdfOptions
{
    public const string Section = "Pdf";

    /// <summary>The Chromium to run (Debian's package by default).</summary>
    public string ChromiumPath { get; set; } = "/usr/bin/chromium";

    /// <summary>Pages kept open and reused; two fill a two-core machine (stack.md).</summary>
    public int Pages { get; set; } = 2;

    /// <summary>The longest one document may take before it is given up.</summary>
    public int TimeoutSeconds { get; set; } = 20;

    /// <summary>Start Chromium in the background once the app is ready, so the first PDF is as fast as the rest
    /// (off in tests that make no PDFs: a Chromium start costs a second of CPU).</summary>
    public bool WarmUpAtStart { get; set; } = true;

    /// <summary>The app's static files (css, fonts) the rendered page may load; nothing else is reachable.</summary>
    public string? StaticRoot { get; set; }
}
