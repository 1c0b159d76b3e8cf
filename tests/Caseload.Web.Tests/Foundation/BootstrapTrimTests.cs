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

    /// <summary>The layout ships only the Bootstrap plugins the views use (scripts/build-js.sh): a view that starts using
    /// another (a modal, a tab, a tooltip) would do nothing when clicked, without a word.</summary>
    [Fact]
    public void EveryBootstrapPluginAViewUsesIsInTheBuiltScript()
    {
        var root = RepositoryPaths.Root();
        var built = File.ReadAllText(Path.Combine(root, "src/Caseload.Web/wwwroot/js/bootstrap.app.js"));
        var entry = File.ReadAllText(Path.Combine(root, "scripts/bootstrap.app.entry.js"));
        var used = Directory.EnumerateFiles(Path.Combine(root, "src/Caseload.Web"), "*.cshtml", SearchOption.AllDirectories)
            .SelectMany(f => Toggle().Matches(File.ReadAllText(f)).Select(m => m.Groups[1].Value))
            .Distinct().ToList();
        used.ShouldBe(["collapse", "dropdown"], ignoreOrder: true,
            "a view uses a Bootstrap plugin the app does not ship: add it to scripts/bootstrap.app.entry.js and run `bash scripts/build-js.sh`");
        foreach (var plugin in used)
        {
            entry.ShouldContain($"bootstrap/js/src/{plugin}.js");
            built.ShouldContain($"bs.{plugin}", Case.Sensitive, $"the built script registers {plugin} (its data key bs.{plugin})");
        }
        built.ShouldNotContain("bs.modal", Case.Sensitive, "the built script holds only the plugins the views use");
        var layout = File.ReadAllText(Path.Combine(root, "src/Caseload.Web/Features/Shared/_Layout.cshtml"));
        layout.ShouldContain("~/js/bootstrap.app.js");
        layout.ShouldNotContain("bootstrap.bundle");
    }

    [GeneratedRegex("data-bs-toggle=\"([a-z]+)\"")]
    private static partial Regex Toggle();

    // A selector that starts with the class (".btn{", ".btn:hover", ".btn,.x"): a rule only under another class the app
    // does not use (".nav-fill .nav-item") is rightly trimmed.
    private static bool Defines(string css, string cssClass) => Regex.IsMatch(css, @"(?:^|[{},;])\." + Regex.Escape(cssClass) + @"(?![\w-])");

    [GeneratedRegex("""class="([^"]*)"|class='([^']*)'""")]
    private static partial Regex ClassAttribute(); // class="…" (Razor expressions inside give their quoted names too)

    [GeneratedRegex(@"(?<![\w@.-])[a-z][a-z0-9]*(?:-[a-z0-9]+)*(?![\w-])")]
    private static partial Regex Token();
}
