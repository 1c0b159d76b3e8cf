using Caseload.Domain.Common;
using Caseload.Domain.Cti;
using Caseload.Domain.Measurements;

namespace Caseload.Domain.Tests.Cti;

public class Who5AndChecklistTests
{
    [Theory]
    [InlineData(new[] { 0, 0, 0, 0, 0 }, 0)]
    [InlineData(new[] { 5, 5, 5, 5, 5 }, 100)]
    [InlineData(new[] { 3, 2, 1, 2, 1 }, 36)]
    [InlineData(new[] { 2, 2, 2, 1, 1 }, 32)]
    public void TheScoreIsTheRawSumTimesFour(int[] answers, int score) => Who5.Score(answers).ShouldBe(score);

    [Theory]
    [InlineData(35, "Stor risiko")]
    [InlineData(36, "Risiko for depression")]
    [InlineData(50, "Risiko for depression")]
    [InlineData(52, "Ingen umiddelbar risiko")]
    public void TheDanishReading(int score, string starts) => Who5.Reading(score).ShouldStartWith(starts);

    [Fact]
    public void AnswersOutsideTheScaleOrMissingAreRefused()
    {
        Should.Throw<DomainException>(() => Who5.Score([1, 2, 3, 4]));
        Should.Throw<DomainException>(() => Who5.Score([1, 2, 3, 4, 6]));
    }

    [Fact]
    public void TheChecklistsAreAppendixAInDanish()
    {
        CtiChecklists.For(CtiTransitionKind.StartPhase1).Count.ShouldBe(3);
        CtiChecklists.For(CtiTransitionKind.IntoPhase2).Count.ShouldBe(8);
        CtiChecklists.For(CtiTransitionKind.IntoPhase3).Count.ShouldBe(2);
        CtiChecklists.For(CtiTransitionKind.Complete).Count.ShouldBe(4);
        CtiChecklists.For(CtiTransitionKind.Interrupt).ShouldBeEmpty();
        CtiChecklists.IntoPhase2[0].ShouldBe("Økonomien omkring bolig og leveomkostninger er på plads.");
        CtiChecklists.IntoPhase2[7].ShouldBe("Hvis relevant: der er etableret kontakt til jobcentret om en koordineret plan.");
        CtiChecklists.End[3].ShouldBe("Ansvaret for den langsigtede støtte er forankret hos én person i støttenetværket (fx en kommunal sagsbehandler).");
        CtiChecklists.ContactPeriod[2].ShouldBe("Der er indgået aftale med borgeren om, hvordan kontakten skal foregå.");
        Who5.Statements[0].ShouldBe("… har jeg været glad og i godt humør");
    }

    [Fact]
    public void AlertsForAnOverdueTransitionAMissingMeasurementAndAnUnbookedHandoverMeeting()
    {
        var s = new DateOnly(2026, 11, 30); // phase 2 planned 28-02-2027
        CtiAlerts.For(CtiStage.Phase1, s, [MeasurementPoint.Start], false, new DateOnly(2027, 2, 27)).Any.ShouldBeFalse();
        var due = CtiAlerts.For(CtiStage.Phase1, s, [MeasurementPoint.Start], false, new DateOnly(2027, 2, 28));
        (due.MeasurementMissing, due.TransitionOverdue).ShouldBe((true, false));
        CtiAlerts.For(CtiStage.Phase1, s, [MeasurementPoint.Start, MeasurementPoint.ThreeMonths], false, new DateOnly(2027, 3, 14)).TransitionOverdue.ShouldBeFalse();
        CtiAlerts.For(CtiStage.Phase1, s, [MeasurementPoint.Start, MeasurementPoint.ThreeMonths], false, new DateOnly(2027, 3, 15)).TransitionOverdue.ShouldBeTrue();
        CtiAlerts.For(CtiStage.Phase3, s, [MeasurementPoint.Start], false, new DateOnly(2027, 6, 1)).HandoverMeetingUnbooked.ShouldBeTrue();
        CtiAlerts.For(CtiStage.Phase3, s, [MeasurementPoint.Start], true, new DateOnly(2027, 6, 1)).HandoverMeetingUnbooked.ShouldBeFalse();
        CtiAlerts.For(CtiStage.ContactPeriod, null, [], false, new DateOnly(2027, 6, 1)).Any.ShouldBeFalse();
    }
}
