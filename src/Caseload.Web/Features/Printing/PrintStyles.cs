namespace Caseload.Web.Features.Printing;

/// <summary>The print views' style sheets, read once: a PDF carries them inline, so Chromium requests nothing at all
/// (each request it makes is a round trip through the renderer's request filter). The HTML view links them as usual.</summary>
public sealed class PrintStyles(IWebHostEnvironment environment)
{
    public static readonly string[] Files = ["css/print.css"];

    private readonly Lazy<string> _inline = new(() => string.Join("\n", Files.Select(f =>
    {
        using var reader = new StreamReader(environment.WebRootFileProvider.GetFileInfo(f).CreateReadStream());
        return reader.ReadToEnd();
    })));

    public string Inline => _inline.Value;
}
