using System.Text.RegularExpressions;
using Caseload.Application.CitizenPortal;
using Caseload.TestSupport;

namespace Caseload.Web.Tests.CitizenPortal;

/// <summary>The citizen's own view speaks plain Danish (issue #34 item 2): the fixed texts of its views and messages have a
/// readability index (LIX: words per sentence + the share of words longer than six letters, in per cent) of at most 35.</summary>
public sealed partial class PlainDanishTests
{
    private static readonly string[] Views = ["Index", "Login", "Code", "_MigLayout", "Who5", "_MigAppointments", "_MigNetwork", "_MigWellbeing"];

    /// <summary>The text nodes of a Razor view without its code: lines with C# in them are left out, @expressions removed.</summary>
    public static IEnumerable<string> FixedTexts(string razor)
        => TextNode().Matches(razor).SelectMany(m => m.Groups[1].Value.Split('\n'))
            .Select(line => line.Trim())
            .Where(line => line.Length > 0 && !line.StartsWith('@') && !line.Contains('{') && !line.Contains('}') && !line.Contains("=="))
            .Select(line => RazorExpression().Replace(line, "").Trim())
            .Where(line => line.Any(char.IsLetter));

    public static double Lix(IEnumerable<string> texts)
    {
        // A heading, label or button is a sentence of its own.
        var text = string.Join(" ", texts.Select(t => ".!?:".Contains(t[^1]) ? t : t + "."));
        var words = Word().Matches(text).Select(m => m.Value).ToList();
        var sentences = SentenceEnd().Count(text);
        return (double)words.Count / sentences + 100.0 * words.Count(w => w.Length > 6) / words.Count;
    }

    [Fact]
    public void TheFixedTextsOfTheCitizensViewHaveALixOfAtMost35()
    {
        var folder = Path.Combine(RepositoryPaths.Root(), "src", "Caseload.Web", "Features", "CitizenPortal");
        var texts = Views.SelectMany(v => FixedTexts(File.ReadAllText(Path.Combine(folder, v + ".cshtml")))).ToList();
        texts.Count.ShouldBeGreaterThan(15); // the extraction finds the texts
        texts.ShouldContain("Her kan du se din plan og dine aftaler.");
        texts.ShouldContain("Dine næste møder og besøg"); // the sections of the ADR 0048 addendum are read too
        texts.ShouldContain("Her er de mennesker, du har fortalt om.");
        texts.ShouldContain("Du får point fra 0 til 100. Jo flere point, jo bedre har du haft det.");
        texts.ShouldNotContain(t => t.Contains("Model", StringComparison.Ordinal)); // no code slipped through
        texts.AddRange([SmsPinIdentification.WrongMessage, SmsPinIdentification.LockedMessage, SmsPinIdentification.NoCodeMessage,
            SmsPinIdentification.TooManyCodesMessage, CitizenActions.NotFoundMessage, CitizenActions.NewerVersionMessage,
            OwnWho5.GreatRiskReading, OwnWho5.RiskReading, OwnWho5.NoRiskReading, new OwnWho5(default, 80, false).Source, new OwnWho5(default, 80, true).Source,
            CitizenActions.UnknownVersionMessage, OwnWho5InputValidator.MissingMessage, OwnWho5InputValidator.OutOfRangeMessage]);
        Lix(texts).ShouldBeLessThanOrEqualTo(35);
    }

    [Fact]
    public void TheIndexTellsAHardTextFromAnEasyOne()
    {
        Lix(["Du kan se din plan her. Ring til os."]).ShouldBeLessThan(20);
        Lix(["Borgerinddragelsesperspektivet understøttes gennem implementeringsforløbets organisatoriske forankringsmekanismer og dokumentationspraksis."])
            .ShouldBeGreaterThan(35);
    }

    [GeneratedRegex(@">([^<>]+)<")]
    private static partial Regex TextNode();

    [GeneratedRegex(@"@\w+(\.\w+)*(\([^)]*\))?")]
    private static partial Regex RazorExpression();

    [GeneratedRegex(@"[\p{L}\d\-]+")]
    private static partial Regex Word();

    [GeneratedRegex(@"[.!?:]+(\s|$)")]
    private static partial Regex SentenceEnd();
}
