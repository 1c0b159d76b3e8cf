using Caseload.Domain.ActionPlans;
using Caseload.Domain.Agreements;
using Caseload.Domain.NetworkMaps;

namespace Caseload.Infrastructure.Seeding;

/// <summary>Demo documents (issue #13): cooperation agreements with follow-ups — one overdue, one ahead. Then the network maps.</summary>
internal static class DemoAgreements
{
    public static CooperationAgreement Build(Guid citizenId, Guid teamId, DateOnly today, int daysAgo, int followUpInDays)
    {
        var a = new CooperationAgreement(citizenId, teamId);
        var made = today.AddDays(-daysAgo);
        a.Update(made, "Borgerens hjem", "Borgeren og den fremskudte sagsbehandler",
            "Huslejerestance og ingen kontakt til lægen. Sover dårligt.", "Styr på huslejen, og komme til lægen.",
            "Orker ikke at åbne brevene.", "Mange aktører; borgeren mister overblikket.", "Vi åbner posten sammen hver tirsdag.",
            [
                new(Guid.Empty, "Afdragsordning på huslejen", "Ringer til boligselskabet sammen med FS", "Forbereder tal til aftalen",
                    made.AddDays(14), daysAgo > 14 ? GoalReached.Yes : GoalReached.NotYet, daysAgo > 14 ? "Aftalen kom på plads" : null, null),
                new(Guid.Empty, "Tid hos egen læge", "Går med til lægen", "Bestiller tid og følger med", today.AddDays(followUpInDays), GoalReached.NotYet, null, null),
            ],
            "Boligselskabet og egen læge, som aftalt med borgeren.", "Koordinerer med boligselskabet.", "Afklarer boligstøtte.", null,
            made.AddMonths(3) > today ? made.AddMonths(3) : today, null, false, today);
        return a;
    }
}

/// <summary>A demo ACT action plan in two revisions; the citizen has declined one part.</summary>
internal static class DemoActionPlans
{
    public static ActionPlan Bent(Guid citizenId, Guid teamId, string worker, DateTime now)
    {
        var plan = new ActionPlan(citizenId, teamId);
        PlanGoal G(LifeArea area, string words, string goal, string actions, string who, int followUpDays, PlanGoalStatus status, bool declined = false)
            => new(Guid.NewGuid(), area, words, goal, actions, who, DateOnly.FromDateTime(now).AddDays(followUpDays), status, declined);
        var housing = G(LifeArea.Housing, "Jeg vil blive boende.", "Betale huslejen til tiden", "Budget hver måned; afdragsordning", "Bostøtte/socialpædagogisk støtte", 20, PlanGoalStatus.InProgress);
        var health = G(LifeArea.PhysicalHealth, "Mine tænder gør ondt.", "Komme til tandlæge", "Bestille tid, følges derhen", "Sygeplejerske", 10, PlanGoalStatus.NotStarted);
        var substance = G(LifeArea.SubstanceUse, "Det vil jeg ikke tale om nu.", "Tale om forbruget", "Ingen — borgeren siger nej lige nu", "Misbrugskonsulent", 60, PlanGoalStatus.Paused, declined: true);
        plan.Save([housing, health], "Jeg vil gerne have hjælp til huslejen først.", now.AddDays(-40), worker);
        plan.Save([housing, health with { Status = PlanGoalStatus.InProgress }, substance], "Huslejen går bedre. Tandlægen er næste skridt.", now.AddDays(-5), worker);
        return plan;
    }
}

/// <summary>Demo network maps (issue #13): Bent Kristensen's in three versions (a sister found again, a friend lost, the
/// job centre closer), one each for Ahmed Hassan and Rasmus Kjær. Saved through the domain, dated in the past.</summary>
internal static class DemoNetworkMaps
{
    private static NetworkPerson P(NetworkCategory c, string? role, string name, string? workplace, string? phone, bool inContact, Closeness closeness)
        => new(Guid.NewGuid(), c, role, name, workplace, phone, inContact, closeness);

    public static NetworkMap Bent(Guid citizenId, Guid teamId, string worker, DateTime now)
    {
        var doctor = P(NetworkCategory.Health, NetworkPerson.OwnDoctorRole, "Lægehuset Torvet, Anne Due", "Lægehuset Torvet", "86 10 20 30", true, Closeness.Middle);
        var sister = P(NetworkCategory.PrivateNetwork, "Søster", "Lene Kristensen", null, "22 33 44 55", false, Closeness.Distant);
        var friend = P(NetworkCategory.PrivateNetwork, "Ven fra værestedet", "Jørgen", "Værestedet Lyset", null, true, Closeness.Close);
        var jobCentre = P(NetworkCategory.Employment, "Jobkonsulent", "Mads Holm", "Jobcenter Solbjerg", "86 11 22 33", true, Closeness.Distant);
        var landlord = P(NetworkCategory.Housing, "Vicevært", "Per Vang", "Boligselskabet Solhaven", "70 10 20 30", true, Closeness.Middle);
        var psychiatry = P(NetworkCategory.Health, "Distriktspsykiatrien", "Sygeplejerske Eva Lind", "Distriktspsykiatrien Solbjerg", "78 47 00 00", false, Closeness.Distant);
        var benefits = P(NetworkCategory.SocialAdministration, "Sagsbehandler", "Karin Bech", "Ydelseskontoret", null, true, Closeness.Distant);

        var map = new NetworkMap(citizenId, teamId, worker);
        map.Save([doctor, sister, friend, jobCentre, landlord, psychiatry], false, worker, now.AddDays(-90), worker);
        map.Save([doctor, sister with { InContact = true, Closeness = Closeness.Middle }, friend, jobCentre, landlord, psychiatry, benefits],
            true, worker, now.AddDays(-45), worker);
        map.Save([doctor, sister with { InContact = true, Closeness = Closeness.Close }, jobCentre with { Closeness = Closeness.Middle }, landlord,
            psychiatry with { InContact = true }, benefits, P(NetworkCategory.EverydayLife, "SKP", "Tina Lund", "Støtte- og kontaktpersonordningen", "30 40 50 60", true, Closeness.Middle)],
            true, worker, now.AddDays(-3), worker);
        return map;
    }

    public static NetworkMap Simple(Guid citizenId, Guid teamId, string worker, DateTime now, int versions)
    {
        var doctor = P(NetworkCategory.Health, NetworkPerson.OwnDoctorRole, "Ingen fast læge", null, null, false, Closeness.Distant);
        var mother = P(NetworkCategory.PrivateNetwork, "Mor", "Hanne", null, "40 50 60 70", true, Closeness.Close);
        var shelter = P(NetworkCategory.Housing, "Kontaktperson", "Bo Frandsen", "Forsorgshjemmet Solgården", "86 20 30 40", true, Closeness.Middle);
        var map = new NetworkMap(citizenId, teamId, worker);
        map.Save([doctor, mother, shelter], false, worker, now.AddDays(-20), worker);
        if (versions > 1)
            map.Save([doctor with { Name = "Lægehuset Torvet", InContact = true }, mother, shelter,
                P(NetworkCategory.Interpreters, "Tolk (arabisk)", "Tolkeservice Solbjerg", null, "70 20 30 40", true, Closeness.Distant)], true, worker, now.AddDays(-2), worker);
        return map;
    }
}
