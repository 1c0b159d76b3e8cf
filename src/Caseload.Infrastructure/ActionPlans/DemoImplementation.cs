using Caseload.Domain.Implementation;
using Caseload.Domain.Teams;

namespace Caseload.Infrastructure.ActionPlans;

/// <summary>The ACT engine's demo implementation, in the "carry out" phase: the decide and plan checklists ticked, carry-out partly,
/// a plan with one activity over its deadline. Every date follows today and every tick lies in the past.</summary>
internal static class DemoImplementation
{
    public static ImplementationProject Act(DateOnly today, DateTime now, string manager, string teamLeader)
    {
        var p = new ImplementationProject(Method.Act, "Socialpsykiatrien Solbjerg", ImplementationPhase.Decide, today.AddMonths(-14));
        p.MoveTo(ImplementationPhase.Plan, today.AddMonths(-11), confirmed: true); // the demo ticks its history afterwards
        p.MoveTo(ImplementationPhase.CarryOut, today.AddMonths(-6), confirmed: true);
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

    /// <summary>The steering group and the implementation team.</summary>
    public static IReadOnlyList<GroupMember> Groups() =>
    [
        new(Guid.Empty, ImplementationGroup.SteeringGroup, "Karen Holm", "Socialpsykiatrien", "Formand"),
        new(Guid.Empty, ImplementationGroup.SteeringGroup, "Mette Dahl", "Distriktspsykiatrien Solbjerg", "Overlæge"),
        new(Guid.Empty, ImplementationGroup.SteeringGroup, "Hanne Berg", "Rusmiddelcentret", "Leder"),
        new(Guid.Empty, ImplementationGroup.ImplementationTeam, "Jens Madsen", "ACT-teamet", "Teamleder"),
        new(Guid.Empty, ImplementationGroup.ImplementationTeam, "Ole Nielsen", "ACT-teamet", "Sygeplejerske"),
        new(Guid.Empty, ImplementationGroup.ImplementationTeam, "Lis Hansen", "Rådet for Socialt Udsatte, Solbjerg", "Repræsentant"),
    ];

    /// <summary>A steering-group meeting four months back and an implementation-team meeting five weeks back (next due in three weeks).</summary>
    public static IEnumerable<ImplementationMeeting> Meetings(Guid projectId, DateOnly today)
    {
        yield return new ImplementationMeeting(projectId, ImplementationGroup.SteeringGroup, today.AddMonths(-4), "Karen Holm, Mette Dahl, Hanne Berg",
            "1. Status på implementeringen\n2. Samarbejdsaftale med distriktspsykiatrien", "Teamet er i gang; caseload under grænsen. Aftaleudkast drøftet.",
            "Aftalen underskrives inden næste møde.", today);
        yield return new ImplementationMeeting(projectId, ImplementationGroup.ImplementationTeam, today.AddDays(-35), "Jens Madsen, Ole Nielsen, Lis Hansen",
            "1. Erfaringer fra de første forløb\n2. Supervision", "Borgerne oplever færre skift mellem medarbejdere. Supervisionen virker.",
            "Refleksionsdag planlægges.", today);
    }

    /// <summary>Role descriptions for the ACT team's disciplines (the board links a member's discipline to its description).</summary>
    public static IEnumerable<RoleDescription> RoleDescriptions()
    {
        var nurse = new RoleDescription(Method.Act, "Sygeplejerske", CourseStages.Default);
        nurse.Change("Sygeplejerske", "At sikre borgerens somatiske og psykiatriske behandling som en del af den samlede ACT-indsats.",
            new Dictionary<string, string?>
            {
                ["Kontakt og relation"] = "Møder borgeren sammen med den primære kontakt; afdækker behov for behandling.",
                ["Udredning og indsatsplan"] = "Helbredsdelen af indsatsplanen; kontakt til egen læge og distriktspsykiatri.",
                ["Indsats og opfølgning"] = "Medicinopfølgning, sundhedsfremme, ledsagelse til behandling.",
                ["Afslutning og overgang"] = "Overdrager behandlingsansvaret til egen læge eller psykiatrien.",
            },
            "Autoriseret sygeplejerske; erfaring med psykiatri og rusmidler; kendskab til recovery.", "Relationsskabende, fleksibel, tålmodig; trives med at arbejde opsøgende.");
        yield return nurse;
        var support = new RoleDescription(Method.Act, "Bostøtte", CourseStages.Default);
        support.Change("Bostøtte", "At være borgerens primære kontakt og koordinere indsatsplanen.", new Dictionary<string, string?>
        {
            ["Kontakt og relation"] = "Opsøger borgeren, hvor borgeren er; skaber tillid.",
            ["Indsats og opfølgning"] = "Praktisk støtte i hverdagen; koordinerer med teamet.",
        }, "Socialpædagog eller tilsvarende; kendskab til ACT.", "Vedholdende og ikke-dømmende.");
        yield return support;
    }

    /// <summary>A reflection day three months back, with the figures as they were counted then and one action taken into the plan.</summary>
    public static ReflectionDay Reflection(ImplementationProject project, DateOnly today)
    {
        var day = new ReflectionDay(project.Id, today.AddMonths(-3),
        [
            new ReflectionFigure("Borgere pr. årsværk", "8,6", "19 borgere, 2,2 årsværk i 1 team; grænsen er 10,0"),
        ], today.AddMonths(-3).AddDays(-7));
        day.Change(day.HeldOn, day.Purpose, day.Agenda, day.Documentation, day.Questions,
            "Borgerne oplever færre skift mellem medarbejdere.\nVi mangler en fast struktur for teammøderne.",
            [
                new ReflectionAction(Guid.Empty, "Fast dagsorden for de daglige teammøder", "Jens Madsen", today.AddMonths(1), null),
                new ReflectionAction(Guid.Empty, "Besøg hos et erfarent ACT-team", "Karen Holm", today.AddMonths(2), null),
            ]);
        day.AddToPlan(day.Actions[0].Id, project, today.AddMonths(-3));
        return day;
    }
}
