namespace Caseload.Domain.Outreach;

/// <summary>One criterion of the screening form (domain.md §3), in the form's own Danish wording.</summary>
public sealed record ScreeningCriterion(string Code, int Category, char? Theme, string Text);

/// <summary>A category-2 theme (emne): criteria from the same theme count once.</summary>
public sealed record ScreeningTheme(char Letter, string Title);

/// <summary>The screening form (screeningsskema) for outreach casework, as printed by the source municipality.</summary>
public static class ScreeningForm
{
    public static readonly IReadOnlyList<ScreeningTheme> Themes =
    [
        new('a', "Manglende kontakt til uddannelse, arbejde, offentlige myndigheder mv."),
        new('b', "Alvorlige økonomiske problemer"),
        new('c', "Isolationsproblemer"),
        new('d', "Boligproblemer"),
        new('e', "Modtager ikke nødvendige behandlings- og støttetilbud"),
        new('f', "Misbrug"),
        new('g', "Kriminalitet"),
    ];

    public const string Category1Title = "Kategori 1 — Borger opsøger ikke hjælp";
    public const string Category2Title = "Kategori 2 — Borger har psykiske vanskeligheder, der giver sig udslag i:";

    public static readonly IReadOnlyList<ScreeningCriterion> Criteria =
    [
        new("1.1", 1, null, "Borger udebliver fra samtaler og aftaler med det offentlige støttesystem"),
        new("1.2", 1, null, "Borger svarer ikke på telefon, breve, mails med videre"),
        new("a1", 2, 'a', "Manglende kontakt til læge, arbejdsgiver, bank, posthus m.fl."),
        new("a2", 2, 'a', "Problematisk fravær fra uddannelse, arbejde eller andre arbejdsmarkedskvalificerende tiltag"),
        new("a3", 2, 'a', "Udeblivelse fra aktiviteter, som borgeren tidligere stabilt har deltaget i (fritidsinteresser, klubber osv.)"),
        new("b1", 2, 'b', "Manglende forsørgelse eller trussel om at miste forsørgelsesgrundlag"),
        new("b2", 2, 'b', "Manglende huslejebetaling, varme, el mv."),
        new("b3", 2, 'b', "Risiko for opsigelse af lejemål"),
        new("b4", 2, 'b', "Risiko for fogedretssager"),
        new("b5", 2, 'b', "Modtager ikke relevante offentlige ydelser"),
        new("b6", 2, 'b', "Manglende evne til at administrere sin økonomi, herunder overholde aftaler med bank"),
        new("c1", 2, 'c', "Har intet netværk"),
        new("c2", 2, 'c', "Føler sig ensom"),
        new("c3", 2, 'c', "Undgår kontakt med andre, herunder offentlige myndigheder"),
        new("d1", 2, 'd', "Boligen er voldsomt misligholdt"),
        new("d2", 2, 'd', "Massivt rod og ophobning af effekter"),
        new("d3", 2, 'd', "Adfærd til gene for naboer"),
        new("d4", 2, 'd', "Uhensigtsmæssigt dyrehold"),
        new("d5", 2, 'd', "Opholder sig ikke i sin bolig eller er boligløs"),
        new("d6", 2, 'd', "Bor hos mange forskellige, vagabonderer"),
        new("e1", 2, 'e', "Modtager ikke nødvendig medicin"),
        new("e2", 2, 'e', "Ingen eller ringe kontakt med nødvendigt behandlingssystem"),
        new("f1", 2, 'f', "Har et misbrug"),
        new("g1", 2, 'g', "Har udført/udfører kriminelle handlinger"),
    ];

    private static readonly Dictionary<string, ScreeningCriterion> ByCode = Criteria.ToDictionary(c => c.Code);

    public static ScreeningCriterion? Find(string code) => ByCode.GetValueOrDefault(code);
}

/// <summary>An age band of a target group, inclusive; no upper bound when <see cref="MaxAge"/> is null.
/// The source leaves the bands blank, so they come from configuration (Outreach:TargetGroups).</summary>
public sealed record AgeBand(int MinAge, int? MaxAge)
{
    public bool Contains(int age) => age >= MinAge && (MaxAge is null || age <= MaxAge);

    public string Danish => MaxAge is { } max ? $"{MinAge}–{max} år" : $"{MinAge} år og derover";
}

public enum TargetGroup
{
    A,
    B,
}

/// <summary>What the form recommends; the outreach workers decide.</summary>
public sealed record ScreeningRecommendation(bool MeetsGroupA, bool MeetsGroupB, TargetGroup? AgeGroup, int Category1Count, int Category2Themes)
{
    /// <summary>True when the criteria meet the rule of the citizen's age group (or of either group when the age is unknown).</summary>
    public bool Recommended => AgeGroup switch
    {
        TargetGroup.A => MeetsGroupA,
        TargetGroup.B => MeetsGroupB,
        _ => false,
    };

    public string Danish(int? age, AgeBand bandA, AgeBand bandB) => (age, AgeGroup) switch
    {
        (null, _) => $"Alder ukendt. Kriterierne opfylder {(MeetsGroupA ? "" : "ikke ")}målgruppe A ({bandA.Danish}) og {(MeetsGroupB ? "" : "ikke ")}målgruppe B ({bandB.Danish}).",
        (_, null) => $"Borgeren ({age} år) er uden for målgruppernes aldersgrænser ({bandA.Danish}; {bandB.Danish}).",
        (_, TargetGroup.A) => MeetsGroupA
            ? $"Anbefales: borgeren ({age} år, målgruppe A) opfylder mindst 2 kriterier i kategori 2 fra forskellige emner."
            : $"Anbefales ikke endnu: målgruppe A ({age} år) kræver mindst 2 kriterier i kategori 2 fra forskellige emner; der er {Category2Themes}.",
        _ => MeetsGroupB
            ? $"Anbefales: borgeren ({age} år, målgruppe B) opfylder mindst 1 kriterium i kategori 1 og 2 i kategori 2 fra forskellige emner."
            : $"Anbefales ikke endnu: målgruppe B ({age} år) kræver mindst 1 kriterium i kategori 1 (der er {Category1Count}) og 2 i kategori 2 fra forskellige emner (der er {Category2Themes}).",
    };
}

/// <summary>The eligibility rule of domain.md §3: group A needs at least two category-2 criteria from
/// different themes; group B at least one category-1 criterion and two category-2 criteria from different themes.</summary>
public static class ScreeningRule
{
    public static ScreeningRecommendation Evaluate(IEnumerable<string> codes, int? age, AgeBand bandA, AgeBand bandB)
    {
        var ticked = codes.Select(ScreeningForm.Find).OfType<ScreeningCriterion>().Distinct().ToList();
        var category1 = ticked.Count(c => c.Category == 1);
        var themes = ticked.Where(c => c.Category == 2).Select(c => c.Theme).Distinct().Count();
        TargetGroup? group = age is not { } a ? null : bandA.Contains(a) ? TargetGroup.A : bandB.Contains(a) ? TargetGroup.B : null;
        return new ScreeningRecommendation(themes >= 2, category1 >= 1 && themes >= 2, group, category1, themes);
    }
}
