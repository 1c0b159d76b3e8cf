using Caseload.Domain.Common;
using Caseload.Domain.Implementation;
using Caseload.Domain.Teams;

namespace Caseload.Domain.Tests.Implementation;

public class TrainingPlanTests
{
    private static readonly HashSet<string> Team = ["a", "b", "c"];

    private static ImplementationProject Project() => new(Method.Act, "Socialpsykiatrien", ImplementationPhase.Plan, new DateOnly(2026, 11, 25));

    [Fact]
    public void HoursPerMemberAreTheHoursOfTheModulesTheyAttended()
    {
        var p = Project();
        p.SaveTraining(
        [
            new TrainingModule(Guid.Empty, "Grundkursus i ACT", null, null, null, 21m, ["a", "b", "c"]),
            new TrainingModule(Guid.Empty, "Recovery", null, null, null, 7.5m, ["a", "a", "b"]), // a ticked twice counts once
            new TrainingModule(Guid.Empty, "", null, null, null, 0, []), // a blank row
        ], Team);
        p.Training.Count.ShouldBe(2);
        var hours = TrainingModule.HoursPerMember(p.Training);
        (hours["a"], hours["b"], hours["c"]).ShouldBe((28.5m, 28.5m, 21m));
    }

    [Fact]
    public void AModuleNeedsItsTopicSensibleHoursAndAttendanceByTheTeam()
    {
        var p = Project();
        Should.Throw<DomainException>(() => p.SaveTraining([new TrainingModule(Guid.Empty, "", "Indhold", null, null, 3, [])], Team))
            .Message.ShouldBe("Skriv emnet for hvert udfyldt modul (eller tøm rækken).");
        Should.Throw<DomainException>(() => p.SaveTraining([new TrainingModule(Guid.Empty, "Kursus", null, null, null, -1, [])], Team))
            .Message.ShouldBe("Timerne for «Kursus» skal være mellem 0 og 500.");
        Should.Throw<DomainException>(() => p.SaveTraining([new TrainingModule(Guid.Empty, "Kursus", null, null, null, 3, ["udefra"])], Team))
            .Message.ShouldBe("Fremmødet kan kun registreres for teamets medlemmer.");
    }

    [Fact]
    public void AMemberWhoLeftTheTeamKeepsTheirRecordedAttendance()
    {
        var p = Project();
        p.SaveTraining([new TrainingModule(Guid.Empty, "Kursus", null, null, null, 6, ["a", "c"])], Team);
        var module = p.Training.Single();
        p.SaveTraining([module], new HashSet<string> { "a" }); // c has left the team since
        TrainingModule.HoursPerMember(p.Training)["c"].ShouldBe(6);
    }
}
