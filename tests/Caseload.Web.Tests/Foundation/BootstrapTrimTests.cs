using System.Text.RegularExpressions;
using Caseload.TestSupport;

namespace Caseload.Web.Tests.Foundation;

/// <summary>The layout ships Bootstrap trimmed to the classes the app uses (scripts/trim-css.sh, ADR 0040). A view that
/// starts using a Bootstrap class the trimmed file lacks would lose its style without a word: this says which and how to fix it.</summary>
public sealed partial class BootstrapTrimTests
{
    [Fact]
    public void EveryBootstrapClassAViewUsesIsInTheTrimmedFile()
    {
        var root = RepositoryPaths.Root();
        var full = File.ReadAllText(Path.Combine(root, "src/Caseload.Web/wwwroot/lib/bootstrap/dist/css/bootstrap.min.css"));
        var trimmed = File.ReadAllText(Path.Combine(root, "src/Caseload.Web/wwwroot/css/bootstrap.app.css"));
        var used = Directory.EnumerateFiles(Path.Combine(root, "src/Caseload.Web"), "*.cshtml", SearchOption.AllDirectories)
            .SelectMany(f => ClassAttribute().Matches(File.ReadAllText(f)).Select(m => (File: Path.GetFileName(f), Value: m.Groups[1].Value)))
            .SelectMany(a => Token().Matches(a.Value).Select(t => (a.File, Class: t.Value)))
            .ToList();
        used.Count.ShouldBeGreaterThan(500, "the views' class attributes were read");

        var missing = used.Where(u => Defines(full, u.Class) && !Defines(trimmed, u.Class))
            .GroupBy(u => u.Class).Select(g => $"{g.Key} ({g.First().File})").ToList();
        missing.ShouldBeEmpty("Bootstrap classes used in views but trimmed away: run `bash scripts/trim-css.sh` and commit bootstrap.app.css");
        Defines(trimmed, "container").ShouldBeTrue();
        Defines(trimmed, "placeholder-glow").ShouldBeFalse("the trimmed file keeps only what the app uses");
        Defines(full, "placeholder-glow").ShouldBeTrue();
    }

    // A selector that starts with the class (".btn{", ".btn:hover", ".btn,.x"): a rule only under another class the app
    // does not use (".nav-fill .nav-item") is rightly trimmed.
    private static bool Defines(string css, string cssClass) => Regex.IsMatch(css, @"(?:^|[{},;])\." + Regex.Escape(cssClass) + @"(?![\w-])");

    [GeneratedRegex("""class="([^"]*)"|class='([^']*)'""")]
    private static partial Regex ClassAttribute(); // class="…" (Razor expressions inside give their quoted names too)

    [GeneratedRegex(@"(?<![\w@.-])[a-z][a-z0-9]*(?:-[a-z0-9]+)*(?![\w-])")]
    private static partial Regex Token();
}
