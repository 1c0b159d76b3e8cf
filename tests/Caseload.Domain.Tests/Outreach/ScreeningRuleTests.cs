using Caseload.Domain.Outreach;

namespace Caseload.Domain.Tests.Outreach;

/// <summary>domain.md §3: group A needs ≥ 2 category-2 criteria from different themes; group B needs ≥ 1 category-1
/// criterion and ≥ 2 category-2 criteria from different themes. Two criteria of one theme count once.</summary>
public class ScreeningRuleTests
{
    private static readonly AgeBand BandA = new(18, 29);
    private static readonly AgeBand BandB = new(30, null);

    [Theory]
    // age  criteria                recommended  why
    [InlineData(25, "a1,b1", true)]              // A: two themes
    [InlineData(25, "a1,a2", false)]             // A: one theme twice counts once
    [InlineData(25, "a1,a2,a3", false)]          // A: still one theme
    [InlineData(25, "1.1,a1", false)]            // A: category 1 does not count as a theme
    [InlineData(25, "a1,a2,b3", true)]           // A: a and b
    [InlineData(18, "f1,g1", true)]              // A: lower bound
    [InlineData(29, "c1,e2", true)]              // A: upper bound
    [InlineData(40, "1.1,a1,b1", true)]          // B: one category 1, two themes
    [InlineData(40, "a1,b1", false)]             // B: no category 1
    [InlineData(40, "1.2,d1,d2", false)]         // B: the two category-2 criteria share theme d
    [InlineData(40, "1.1,1.2,f1", false)]        // B: two category 1, one theme
    [InlineData(30, "1.2,d5,e1", true)]          // B: lower bound
    [InlineData(30, "d5,e1", false)]             // 30 is group B, not A
    [InlineData(17, "1.1,a1,b1,c1", false)]      // outside both bands
    public void RecommendsByTheCitizensAgeGroup(int age, string criteria, bool recommended)
        => ScreeningRule.Evaluate(criteria.Split(','), age, BandA, BandB).Recommended.ShouldBe(recommended);

    [Fact]
    public void WithoutAnAgeItSaysWhichGroupsTheCriteriaMeetButDoesNotRecommend()
    {
        var r = ScreeningRule.Evaluate(["a1", "b1"], null, BandA, BandB);
        r.Recommended.ShouldBeFalse();
        r.MeetsGroupA.ShouldBeTrue();
        r.MeetsGroupB.ShouldBeFalse();
        r.Danish(null, BandA, BandB).ShouldBe("Alder ukendt. Kriterierne opfylder målgruppe A (18–29 år) og ikke målgruppe B (30 år og derover).");
    }

    [Fact]
    public void TheTextNamesTheCountsThatAreShort()
    {
        var r = ScreeningRule.Evaluate(["d1", "d2", "1.1"], 45, BandA, BandB);
        r.Danish(45, BandA, BandB).ShouldBe("Anbefales ikke endnu: målgruppe B (45 år) kræver mindst 1 kriterium i kategori 1 (der er 1) og 2 i kategori 2 fra forskellige emner (der er 1).");
    }

    [Fact]
    public void UnknownCodesAndRepeatsAreIgnored()
        => ScreeningRule.Evaluate(["a1", "a1", "zz", "b1"], 20, BandA, BandB).Category2Themes.ShouldBe(2);

    [Fact]
    public void EveryCriterionOfTheFormHasAThemeOrIsCategoryOne()
    {
        ScreeningForm.Criteria.Count(c => c.Category == 1).ShouldBe(2);
        ScreeningForm.Criteria.Where(c => c.Category == 2).Select(c => c.Theme).Distinct().Count().ShouldBe(7);
        ScreeningForm.Criteria.Select(c => c.Code).Distinct().Count().ShouldBe(ScreeningForm.Criteria.Count);
    }
}
