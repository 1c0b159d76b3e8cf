using Caseload.Domain.Agreements;
using Caseload.Domain.Common;

namespace Caseload.Domain.Tests.Agreements;

public class CooperationAgreementTests
{
    private static readonly DateOnly Today = new(2026, 11, 25);

    private static void Save(CooperationAgreement a, IEnumerable<AgreementRow> rows, DateOnly? followUp = null, DateOnly? madeOn = null)
        => a.Update(madeOn ?? Today.AddDays(-2), "Hjemme", "Borger og FS", null, null, null, null, null, rows, null, null, null, null, followUp, null, false, Today);

    private static AgreementRow Row(string goal, DateOnly? followUp, GoalReached reached = GoalReached.NotYet)
        => new(Guid.Empty, goal, null, null, followUp, reached, null, null);

    [Fact]
    public void TheNextFollowUpIsTheEarliestOfTheOpenRowsAndTheAgreementsOwn()
    {
        var a = new CooperationAgreement(Guid.NewGuid(), Guid.NewGuid());
        Save(a, [Row("Huslejen", Today.AddDays(3), GoalReached.Yes), Row("Lægen", Today.AddDays(10)), Row("Netværk", null)], followUp: Today.AddDays(30));
        a.NextFollowUpOn.ShouldBe(Today.AddDays(10)); // the reached goal no longer counts
        Save(a, [Row("Lægen", Today.AddDays(10), GoalReached.Yes)], followUp: Today.AddDays(30));
        a.NextFollowUpOn.ShouldBe(Today.AddDays(30));
        Save(a, []);
        a.NextFollowUpOn.ShouldBeNull();
    }

    [Fact]
    public void EachSaveThatChangesSomethingIsANewVersionNumberedAcrossTheCitizensAgreements()
    {
        var citizen = Guid.NewGuid();
        var a = new CooperationAgreement(citizen, Guid.NewGuid());
        a.SavedVersion.ShouldBe(0);
        Save(a, [Row("Lægen", null)]);
        a.SavedVersion.ShouldBe(1);
        Save(a, a.Rows); // the same again: what the citizen confirmed is unchanged, so is its number
        a.SavedVersion.ShouldBe(1);
        Save(a, [.. a.Rows, Row("Huslejen", null)]);
        a.SavedVersion.ShouldBe(2);
        // A second agreement of the same citizen continues after the highest number, so "version N" names one agreement as it stood.
        var b = new CooperationAgreement(citizen, Guid.NewGuid());
        b.Update(Today, "Værestedet", null, null, null, null, null, null, [Row("Tandlægen", null)], null, null, null, null, null, null, false, Today,
            citizensLatestVersion: a.SavedVersion);
        b.SavedVersion.ShouldBe(3);
    }

    [Fact]
    public void EmptyRowsAreDroppedAndAFilledRowNeedsItsGoal()
    {
        var a = new CooperationAgreement(Guid.NewGuid(), Guid.NewGuid());
        Save(a, [Row("", null), Row("Lægen", null)]);
        a.Rows.Count.ShouldBe(1);
        a.Rows[0].Id.ShouldNotBe(Guid.Empty);
        Should.Throw<DomainException>(() => Save(a, [new AgreementRow(Guid.Empty, "", "Ringer selv", null, null, GoalReached.NotYet, null, null)]))
            .Message.ShouldBe("Skriv målet i hver aftale, der er udfyldt (eller tøm rækken).");
    }

    [Fact]
    public void DatesFollowTheAgreement()
    {
        var a = new CooperationAgreement(Guid.NewGuid(), Guid.NewGuid());
        Should.Throw<DomainException>(() => Save(a, [], madeOn: Today.AddDays(1))).Field.ShouldBe(nameof(CooperationAgreement.MadeOn));
        Should.Throw<DomainException>(() => Save(a, [], followUp: Today.AddDays(-5))).Field.ShouldBe(nameof(CooperationAgreement.FollowUpOn));
        Should.Throw<DomainException>(() => Save(a, [Row("Lægen", Today.AddDays(-5))])).Message.ShouldContain("«Lægen»");
    }
}
