using Caseload.Domain.Common;
using Caseload.Domain.Results;

namespace Caseload.Domain.Tests.Results;

public class FidelityReviewTests
{
    private static readonly DateOnly Today = new(2026, 12, 8);

    private static FidelityReviewItem[] Items(int manual, int? computed = 4) =>
    [
        new("H1", "Lille caseload", true, computed, computed is null ? "< 5" : "6,3", "ignoreret"),
        new("H7", "Psykiater i teamet", false, manual, "ignoreret", "0,5 årsværk"),
    ];

    [Fact]
    public void AManualItemNeedsAScoreFromOneToFiveAndThePeriodMustBeOne()
    {
        Should.Throw<DomainException>(() => new FidelityReview(Guid.NewGuid(), "act", Today.AddMonths(-12), Today, Today, Items(6)))
            .Message.ShouldBe("Giv H7 psykiater i teamet en score fra 1 til 5.");
        Should.Throw<DomainException>(() => new FidelityReview(Guid.NewGuid(), "act", Today, Today.AddMonths(-1), Today, Items(3)));
        Should.Throw<DomainException>(() => new FidelityReview(Guid.NewGuid(), "act", Today, Today.AddDays(1), Today, Items(3)));
        Should.Throw<DomainException>(() => new FidelityReview(Guid.NewGuid(), "act", Today.AddMonths(-1), Today, Today,
            [.. Items(3), new FidelityReviewItem("H7", "Psykiater i teamet", false, 2, null, null)]));
        Should.Throw<DomainException>(() => new FidelityReview(Guid.NewGuid(), "act", Today.AddMonths(-1), Today, Today,
            [new("H7", "Psykiater i teamet", false, 3, null, new string('x', FidelityReview.NoteMaxLength + 1))]));
    }

    [Fact]
    public void TheTotalCountsOnlyScoredItemsAndTheComparisonIsByCode()
    {
        var first = new FidelityReview(Guid.NewGuid(), "act", Today.AddMonths(-12), Today, Today, Items(2, computed: null));
        first.Total.ShouldBe(2);
        first.Scored.ShouldBe(1);
        first.Mean.ShouldBe(2);
        // A computed item keeps its value and no note; a manual one its note and no value.
        first.Items[0].Note.ShouldBeNull();
        first.Items[1].Value.ShouldBeNull();

        var second = new FidelityReview(Guid.NewGuid(), "act", Today.AddMonths(-12), Today, Today, Items(4));
        second.Total.ShouldBe(8);
        var changes = second.ComparedWith(first);
        changes.Single(c => c.Item.Code == "H7").Change.ShouldBe(2);
        changes.Single(c => c.Item.Code == "H1").Change.ShouldBeNull(); // no score before ("< 5")
        second.ComparedWith(null).ShouldAllBe(c => c.Before == null);
    }
}
