using Caseload.TestSupport;
using System.Reflection;
using System.Text.RegularExpressions;
using NetArchTest.Rules;

namespace Caseload.Web.Tests.Engines;

/// <summary>
/// Engines are modules (ADR 0023): shared code loops over what they register and neither compares a team's or a course's
/// method with a named one nor uses an engine's types. An engine's folder is the one named after it in each layer.
/// </summary>
public sealed partial class EngineBoundaryTests
{
    /// <summary>Each method engine and the folder (namespace part) it lives in, in every layer.</summary>
    private static readonly (string Engine, string Folder)[] Engines = [("CTI", "Cti"), ("Outreach", "Outreach"), ("ACT", "ActionPlans")];

    private static readonly Assembly[] SharedLayers =
    [
        typeof(Domain.Courses.Course).Assembly, typeof(Application.Engines.IEngineModule).Assembly, typeof(Program).Assembly,
    ];

    [Fact]
    public void NoTypeOutsideAnEngineUsesTheEnginesTypes()
    {
        var offenders = new List<string>();
        foreach (var (engine, folder) in Engines)
            foreach (var assembly in SharedLayers)
            {
                var result = Types.InAssembly(assembly)
                    .That().DoNotResideInNamespaceMatching($@"\.{folder}(\.|$)")
                    .And().DoNotHaveNameMatching("^<") // compiler-generated
                    .And().DoNotHaveNameMatching($"^Features_{folder}_") // the engine's own Razor views (AspNetCoreGeneratedDocument)
                    .ShouldNot().HaveDependencyOnAny(Layers.Select(l => $"Caseload.{l}.{folder}").ToArray())
                    .GetResult();
                offenders.AddRange(result.FailingTypes.Select(t => t.FullName).Where(n => !PendingMoves.Contains(n)).Select(n => $"{engine}: {n}"));
            }
        offenders.ShouldBeEmpty("register a contribution in the engine's module instead (ADR 0023)");
    }

    [Fact]
    public void NoSharedSourceComparesAMethodWithANamedOne()
    {
        var src = Path.Combine(RepositoryPaths.Root(), "src");
        var offenders = Directory.EnumerateFiles(src, "*.*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".cs", StringComparison.Ordinal) || f.EndsWith(".cshtml", StringComparison.Ordinal))
            .Select(f => Path.GetRelativePath(src, f).Replace('\\', '/'))
            .Where(f => Layers.Any(l => f.StartsWith($"Caseload.{l}/", StringComparison.Ordinal)) && !f.Contains("/obj/", StringComparison.Ordinal))
            .Where(f => !Engines.Any(e => f.Contains($"/{e.Folder}/", StringComparison.Ordinal)))
            .Where(f => f != "Caseload.Domain/Teams/Method.cs") // the enum's own Danish names
            .SelectMany(f => File.ReadLines(Path.Combine(src, f)).Select((line, i) => (f, line, i)))
            .Where(x => MethodComparison().IsMatch(x.line))
            .Select(x => $"{x.f}:{x.i + 1}: {x.line.Trim()}")
            .Where(x => !PendingMoves.Any(p => x.StartsWith(p, StringComparison.Ordinal)))
            .ToList();
        offenders.ShouldBeEmpty("ask the engines (MethodDefinition, a guard, a filter…) instead of naming a method (ADR 0023)");
    }

    private static readonly string[] Layers = ["Domain", "Application", "Web"];

    /// <summary>What has not moved into the engines yet (ADR 0023, "Not yet moved"); each entry is a known debt, not a rule.</summary>
    private static readonly HashSet<string> PendingMoves = [];

    [GeneratedRegex(@"([=!]=\s*(Domain\.Teams\.)?Method\.[A-Z]\w*)|(\bcase\s+(Domain\.Teams\.)?Method\.)|((?<![\w.(,\[])Method\.[A-Z]\w*\s*=>)|(\bis\s+(Domain\.Teams\.)?Method\.)")]
    private static partial Regex MethodComparison();

}
