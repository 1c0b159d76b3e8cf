using Caseload.Domain.Implementation;
using Caseload.Domain.Teams;

namespace Caseload.Infrastructure.Seeding;

/// <summary>The demo ACT implementation, in the "carry out" phase: the decide and plan checklists ticked, carry-out partly,
/// a plan with one activity over its deadline. Every date follows today and every tick lies in the past.</summary>
internal static class DemoImplementation
{
    public static ImplementationProject Act(DateOnly today, DateTime now, string manager, string teamLeader)
    {
        var p = new ImplementationProject(Method.Act, "Socialpsykiatrien Solbjerg", ImplementationPhase.Decide, today.AddMonths(-14));
        p.MoveTo(ImplementationPhase.Plan, today.AddMonths(-11));
        p.MoveTo(ImplementationPhase.CarryOut, today.AddMonths(-6));
        void Tick(ImplementationPhase phase, int count, int daysAgo, string by)
        {
            for (var n = 1; n <= count; n++) p.Tick(phase, n, true, by, now.AddDays(-daysAgo - n), null);
        }
        Tick(ImplementationPhase.Decide, 4, 400, manager);
        Tick(ImplementationPhase.Plan, 7, 250, manager);
        Tick(ImplementationPhase.CarryOut, 2, 40, teamLeader);
        p.SavePlan(
        [
            new PlanActivity(Guid.Empty, "Supervision", "Månedlig fælles supervision af ACT-teamet", "Teamleder", today.AddDays(-10), ActivityStatus.InProgress,
                "Supervisor er fundet; første to gange holdt."),
            new PlanActivity(Guid.Empty, "Samarbejde", "Skriftlig samarbejdsaftale med distriktspsykiatrien", "Leder", today.AddDays(20), ActivityStatus.InProgress, null),
            new PlanActivity(Guid.Empty, "Opfølgning", "Evaluerings- og refleksionsdag med teamet", "Teamleder", today.AddDays(45), ActivityStatus.NotStarted, null),
            new PlanActivity(Guid.Empty, "Uddannelse", "Grundkursus i ACT for nye medarbejdere", "Leder", today.AddMonths(-3), ActivityStatus.Done, "Alle fire har gennemført."),
        ],
        [
            new RoleRow(Guid.Empty, RoleLevel.Management, "Leder", "Forankrer og driver implementeringen; formand for styregruppen."),
            new RoleRow(Guid.Empty, RoleLevel.TeamLeaderAndTeam, "Teamleder", "Daglig ledelse af teamet, caseload og fasernes tjeklister."),
            new RoleRow(Guid.Empty, RoleLevel.TeamLeaderAndTeam, "Bostøtte (primær kontakt)", "Koordinerer borgerens indsatsplan."),
        ]);
        return p;
    }

    /// <summary>Two readiness assessments of the project, the later one better on leadership and people.</summary>
    public static IEnumerable<ReadinessAssessment> Readiness(Guid projectId, DateOnly today)
    {
        DriverAssessment D(ImplementationDriver d, int score, string? strengths, string? weaknesses) => new(d, strengths, weaknesses, null, null, score, null);
        yield return new ReadinessAssessment(projectId, today.AddMonths(-13),
        [
            D(ImplementationDriver.Intervention, 3, "ACT passer til målgruppen", "Få kender metoden"),
            D(ImplementationDriver.Organisation, 2, null, "Psykiatri og socialområde arbejder hver for sig"),
            D(ImplementationDriver.Leadership, 2, null, "Ingen afsat ledelsestid"),
            D(ImplementationDriver.People, 3, "Erfarne bostøttemedarbejdere", "Mangler sygeplejerske"),
            D(ImplementationDriver.Context, 3, "Politisk opbakning", null),
        ], today);
        yield return new ReadinessAssessment(projectId, today.AddMonths(-5),
        [
            D(ImplementationDriver.Intervention, 4, "Teamet er uddannet i ACT", null),
            D(ImplementationDriver.Organisation, 3, "Samarbejdsaftale med distriktspsykiatrien på vej", null),
            D(ImplementationDriver.Leadership, 4, "Styregruppe nedsat; leder driver implementeringen", null),
            D(ImplementationDriver.People, 4, "Sygeplejerske ansat", null),
            D(ImplementationDriver.Context, 3, "Politisk opbakning", "Budget kun for to år"),
        ], today);
    }

    /// <summary>Two training modules: the basic course all three attended, recovery-oriented practice two of them.</summary>
    public static IReadOnlyList<TrainingModule> Training(IReadOnlyList<string> team) =>
    [
        new(Guid.Empty, "Grundkursus i ACT", "Metodens kerneelementer, caseload, teammøder, indsatsplanen", "Tre dage i foråret", "Hele ACT-teamet", 21m, [.. team]),
        new(Guid.Empty, "Recovery-orienteret praksis", "Borgerens egne mål; de fire recovery-værdier", "Én dag", "Bostøtte og sygeplejerske", 7.5m, [team[0], team[1]]),
    ];
}
