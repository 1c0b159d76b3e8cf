using Caseload.Application.Contacts;
using Caseload.Application.Common.Time;
using Caseload.Application.Security;
using Caseload.Domain.Citizens;
using Caseload.Domain.Contacts;
using Caseload.Domain.Courses;
using Caseload.Domain.Teams;
using Caseload.Infrastructure.ActionPlans;
using Caseload.Infrastructure.Identity;
using Caseload.Infrastructure.Persistence;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Caseload.Infrastructure.Seeding;

/// <summary>
/// A fictitious municipality (Solbjerg Kommune) with one ACT, one CTI and one outreach team.
/// Runs only in Development or with Database:SeedDemoData outside Production; idempotent.
/// All names and CPR numbers are invented.
/// </summary>
public static class DemoDataSeeder
{
    public const string DemoPassword = "Caseload-demo-2026";

    public sealed record DemoUser(string Email, string FullName, string Role, string? TeamKey, TeamRole TeamRole,
        decimal Fte = 1.0m, string? Discipline = null);

    public static readonly IReadOnlyList<DemoUser> Users =
    [
        new("admin@caseload.local", "Anne Admin", Roles.Administrator, null, TeamRole.Member),
        new("leder@caseload.local", "Lars Leder", Roles.Manager, null, TeamRole.Member),
        new("teamleder.act@caseload.local", "Tove Thomsen", Roles.TeamLeader, "act", TeamRole.Leader),
        new("teamleder.cti@caseload.local", "Carsten Iversen", Roles.TeamLeader, "cti", TeamRole.Leader),
        new("teamleder.fs@caseload.local", "Frida Sørensen", Roles.TeamLeader, "fs", TeamRole.Leader),
        new("medarbejder1.act@caseload.local", "Mette Andersen", Roles.Worker, "act", TeamRole.Member, 1.0m, "Bostøtte/socialpædagogisk støtte"),
        new("medarbejder2.act@caseload.local", "Ole Nielsen", Roles.Worker, "act", TeamRole.Member, 0.5m, "Sygeplejerske"),
        new("medarbejder3.act@caseload.local", "Sara Holm", Roles.Worker, "act", TeamRole.Member, 1.0m, "Misbrugskonsulent"),
        // A worker with lived experience (domain.md §7, issue #30 item 5): a discipline like the others; the ACT demo plans visits for him.
        new("medarbejder4.act@caseload.local", "Jamal Rasmussen", Roles.Worker, "act", TeamRole.Member, 0.5m, "Medarbejder med brugerbaggrund"),
        new("medarbejder1.cti@caseload.local", "Jonas Berg", Roles.Worker, "cti", TeamRole.Member, 1.0m, "CTI-medarbejder"),
        new("medarbejder2.cti@caseload.local", "Nadia Karimi", Roles.Worker, "cti", TeamRole.Member, 0.5m, "CTI-medarbejder"),
        new("medarbejder1.fs@caseload.local", "Peter Lund", Roles.Worker, "fs", TeamRole.Member, 1.0m, "Fremskudt sagsbehandler"),
        new("medarbejder2.fs@caseload.local", "Hanne Vestergaard", Roles.Worker, "fs", TeamRole.Member, 1.0m, "Fremskudt sagsbehandler"),
    ];

    /// <summary>One demo team per engine, named by the engine (<see cref="IDemoEngine"/>), in the method's order.</summary>
    private static readonly (string Key, string Name, Method Method)[] Teams =
        [.. IDemoEngine.All.Select(e => (e.TeamKey, e.TeamName, e.Method))];
    private static readonly (string Team, string Name, string Cpr, string Address, Whereabouts Where)[] Citizens =
    [
        ("act", "Bent Kristensen", "120367-1235", "Åvej 4, 1. th., 8000 Solbjerg", Whereabouts.OwnHome),
        ("act", "Lise Mortensen", "030881-2046", "Kirkegade 12, st., 8000 Solbjerg", Whereabouts.OwnHome),
        ("act", "Kim Dahl", "170992-1357", "Herberget Læhuset, 8000 Solbjerg", Whereabouts.Shelter),
        ("act", "Jytte Poulsen", "250158-0468", "Møllevej 8, 8000 Solbjerg", Whereabouts.OwnHome),
        ("act", "Henrik Friis", "090475-3179", "Strandvejen 101, 8000 Solbjerg", Whereabouts.Hospital),
        ("act", "Susanne Bak", "300686-1280", "Bøgealle 3, 2. tv., 8000 Solbjerg", Whereabouts.OwnHome),
        ("cti", "Ahmed Hassan", "141290-2391", "Forsorgshjemmet Solgården, 8000 Solbjerg", Whereabouts.Shelter),
        ("cti", "Maria Jensen", "050595-1402", "Kvindehuset, 8000 Solbjerg", Whereabouts.WomensCrisisCentre),
        ("cti", "Thomas Vinther", "221183-3513", "Statsfængslet, 8000 Solbjerg", Whereabouts.Prison),
        ("cti", "Camilla Lund", "010100-4624", "Engvej 22, 8000 Solbjerg", Whereabouts.OwnHome),
        ("fs", "Poul Eriksen", "131149-0735", "Granvej 6, 8000 Solbjerg", Whereabouts.OwnHome),
        ("fs", "Inge Madsen", "280763-1846", "Parkvej 40, 3. th., 8000 Solbjerg", Whereabouts.OwnHome),
        ("fs", "Rasmus Kjær", "061097-2957", "Uden fast bopæl", Whereabouts.Street),
    ];

    /// <summary>Seeds once, in one transaction: a failed seed leaves nothing behind, and the next start tries again.
    /// Every date is computed from the clock and lies in the past, whatever the hour (never "later today").</summary>
    public static async Task SeedAsync(IServiceProvider sp, CancellationToken ct = default)
    {
        var db = sp.GetRequiredService<CaseloadDbContext>();
        if (await db.Teams.AnyAsync(ct)) return;
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        await SeedInTransactionAsync(sp, db, ct);
        await transaction.CommitAsync(ct);
    }

    private static async Task SeedInTransactionAsync(IServiceProvider sp, CaseloadDbContext db, CancellationToken ct)
    {

        var userManager = sp.GetRequiredService<UserManager<ApplicationUser>>();
        var teams = Teams.ToDictionary(t => t.Key, t => new Team(t.Name, t.Method));
        db.Teams.AddRange(teams.Values);

        foreach (var u in Users)
        {
            var user = await userManager.FindByEmailAsync(u.Email);
            if (user is null)
            {
                user = new ApplicationUser { UserName = u.Email, Email = u.Email, EmailConfirmed = true, FullName = u.FullName };
                Check(await userManager.CreateAsync(user, DemoPassword));
                Check(await userManager.AddToRoleAsync(user, u.Role));
            }
            if (u.TeamKey is not null) teams[u.TeamKey].AddMember(user.Id, u.TeamRole, u.Fte, u.Discipline);
        }

        var clock = sp.GetRequiredService<IDanishClock>();
        var now = clock.UtcNow;
        var today = clock.Today;
        // A time on the Danish date `daysAgo` days before today, never later than now.
        DateTime At(int daysAgo, int hour)
        {
            var at = DanishTime.StartOfDayUtc(today.AddDays(-daysAgo)).AddHours(hour);
            return at > now ? now : at;
        }
        var userIds = (await userManager.Users.Select(u => new { u.Email, u.Id }).ToListAsync(ct)).ToDictionary(u => u.Email!, u => u.Id);
        var leaders = Users.Where(u => u.TeamRole == TeamRole.Leader).ToDictionary(u => u.TeamKey!, u => userIds[u.Email]);

        var index = 0;
        var demoEngines = IDemoEngine.All.ToDictionary(e => e.Method);
        var coursesByMethod = demoEngines.Keys.ToDictionary(m => m, _ => new List<(Course Course, string WorkerId)>());
        foreach (var (teamKey, worker, name, cpr, address, where) in AllCitizens())
        {
            var team = teams[teamKey];
            var citizen = new Citizen(name, CprNumber.Parse(cpr), team.Id);
            citizen.UpdateContact(address, secretAddress: where == Whereabouts.WomensCrisisCentre, $"2{index % 10} {30 + index} 4{index % 10} 5{index % 7}", null, null);
            citizen.UpdateCircumstances(where, "Solbjerg Kommune", index % 11 == 5, index % 11 == 5 ? "Arabisk" : null, null);
            db.Citizens.Add(citizen);

            var workerId = userIds[worker];
            var ofMethod = coursesByMethod[team.Method];
            var started = demoEngines[team.Method].StartOn(ofMethod.Count, index, today);
            var course = new Course(citizen.Id, team.Id, team.Method, started, workerId, At(today.DayNumber - started.DayNumber, 9), leaders[teamKey]);
            course.MarkSeenBy(workerId);
            db.Courses.Add(course);
            ofMethod.Add((course, workerId));

            // Contact history: most citizens seen recently; every 6th not for 2–3 weeks, every 9th not for 5 weeks, one never.
            var lastDaysAgo = index % 9 == 4 ? 36 : index % 6 == 3 ? 16 + index % 5 : index % 5;
            if (index != 7)
            {
                for (var k = 0; k < 3; k++)
                {
                    db.ContactLog.Add(new ContactLogEntry(citizen.Id, At(lastDaysAgo + (k * 9), 9 + ((index + k) % 7)), (ContactChannel)((index + k) % 4), achieved: true,
                        k == 0 ? "Borgerens hjem" : "Værestedet Lyset", null, DemoNotes[(index + k) % DemoNotes.Length], workerId, now));
                }
                db.ContactLog.Add(new ContactLogEntry(citizen.Id, At(lastDaysAgo - (lastDaysAgo > 10 ? 3 : 0), 15),
                    ContactChannel.Phone, achieved: lastDaysAgo <= 10, null, null, "Ringede – intet svar.", workerId, now));
            }
            index++;
        }
        await db.SaveChangesAsync(ct);
        await LastContactSummary.RebuildAllAsync(db, ct);

        // Each engine's rows for its courses (CTI in every state, outreach referrals and cases…), built through its own rules.
        foreach (var engine in demoEngines.Values)
        {
            var teamOf = teams.Values.First(t => t.Method == engine.Method);
            engine.AddRows(db, teamOf, coursesByMethod[engine.Method], today, now, leaders[engine.TeamKey]);
            await db.SaveChangesAsync(ct);
        }

        // Network maps, one in three versions.
        async Task<(Guid Id, Guid Team, string Worker)> CitizenAsync(string name) => await db.Citizens.Where(c => c.Name == name)
            .Select(c => new ValueTuple<Guid, Guid, string>(c.Id, c.TeamId, db.Courses.Where(k => k.CitizenId == c.Id).Select(k => k.PrimaryWorkerId).First()))
            .FirstAsync(ct);
        var bent = await CitizenAsync("Bent Kristensen");
        db.NetworkMaps.Add(DemoNetworkMaps.Bent(bent.Id, bent.Team, bent.Worker, now));
        // The citizen's own view (issue #34): Bent can sign in at /mig with the demo phone and PIN (README, demo section).
        db.CitizenAccesses.Add(CitizenPortal.DemoCitizenAccess.For(bent.Id, now));
        var ahmed = await CitizenAsync("Ahmed Hassan");
        db.NetworkMaps.Add(DemoNetworkMaps.Simple(ahmed.Id, ahmed.Team, ahmed.Worker, now, versions: 2));
        var rasmus = await CitizenAsync("Rasmus Kjær");
        db.NetworkMaps.Add(DemoNetworkMaps.Simple(rasmus.Id, rasmus.Team, rasmus.Worker, now, versions: 1));
        // Cooperation agreements: one made at an outreach citizen's first meeting with a follow-up overdue, one ahead (Bent Kristensen).
        var met = await db.OutreachCases.Where(c => c.ClosedOn == null && c.Events.Any(e => e.Event == Domain.Outreach.OutreachEvent.FirstMeeting))
            .OrderByDescending(c => c.AllocatedOn).Select(c => new { c.CitizenId, c.TeamId }).FirstAsync(ct);
        db.CooperationAgreements.Add(DemoAgreements.Build(met.CitizenId, met.TeamId, today, daysAgo: 5, followUpInDays: -1));
        db.CooperationAgreements.Add(DemoAgreements.Build(bent.Id, bent.Team, today, daysAgo: 30, followUpInDays: 6));
        db.ActionPlans.Add(DemoActionPlans.Bent(bent.Id, bent.Team, bent.Worker, now));
        // What Bent sees on /mig besides his plan (issue #34 item 2): a coordinating meeting a week ahead (the ACT week adds visits)
        // and his own WHO-5 answers over two months, dated below.
        db.CoordinatingMeetings.Add(DemoMeetings.Ahead(bent.Id, bent.Team, "Bent Kristensen", bent.Worker, today));
        var bentWho5 = new (int DaysAgo, int[] Answers)[] { (58, [1, 2, 1, 1, 2]), (30, [2, 2, 2, 2, 3]), (9, [3, 3, 3, 3, 3]) }
            .Select(w => (w.DaysAgo, Row: new Domain.CitizenPortal.SelfReportedWho5(bent.Id, w.Answers))).ToList();
        db.SelfReportedWho5.AddRange(bentWho5.Select(w => w.Row));
        // Coordinating meetings for the same outreach citizen: one held (minutes sent, tasks on the worker's start page), one ahead.
        var metCitizen = await db.Citizens.Where(c => c.Id == met.CitizenId)
            .Select(c => new { c.Name, Worker = db.Courses.Where(k => k.CitizenId == c.Id).Select(k => k.PrimaryWorkerId).First() }).FirstAsync(ct);
        var colleague = metCitizen.Worker == userIds["medarbejder1.fs@caseload.local"] ? userIds["medarbejder2.fs@caseload.local"] : userIds["medarbejder1.fs@caseload.local"];
        db.CoordinatingMeetings.AddRange(DemoMeetings.Build(met.CitizenId, met.TeamId, metCitizen.Name, metCitizen.Worker, colleague, today));
        var implementation = DemoImplementation.Act(today, now, "Karen Holm", "Jens Madsen");
        string[] actTeam = [userIds["medarbejder1.act@caseload.local"], userIds["medarbejder2.act@caseload.local"], userIds["medarbejder3.act@caseload.local"]];
        implementation.SaveTraining(DemoImplementation.Training(actTeam), actTeam.ToHashSet());
        db.ImplementationProjects.Add(implementation);
        db.ReadinessAssessments.AddRange(DemoImplementation.Readiness(implementation.Id, today));
        implementation.SaveGroups(DemoImplementation.Groups());
        db.ImplementationMeetings.AddRange(DemoImplementation.Meetings(implementation.Id, today));
        db.RoleDescriptions.AddRange(DemoImplementation.RoleDescriptions());
        db.ReflectionDays.Add(DemoImplementation.Reflection(implementation, today));
        var (partners, partnerAgreements, files) = DemoPartners.Build(today, now);
        db.StoredFiles.AddRange(files);
        db.Partners.AddRange(partners);
        db.PartnerAgreements.AddRange(partnerAgreements);
        db.DropInCentres.AddRange(DemoDropIn.Build(today, userIds["medarbejder1.fs@caseload.local"], userIds["medarbejder2.fs@caseload.local"],
            userIds["medarbejder1.act@caseload.local"]));
        await db.SaveChangesAsync(ct);

        // Bent's WHO-5 answers keep the dates they were "given" (the audit interceptor stamps the moment of saving). His access is
        // left as never acted (ActedAt), so the worker's citizen page keeps its query budget until he does something on /mig.
        foreach (var (daysAgo, row) in bentWho5)
            await db.SelfReportedWho5.Where(w => w.Id == row.Id).ExecuteUpdateAsync(s => s.SetProperty(w => w.CreatedAt, now.AddDays(-daysAgo)), ct);

        // One reassignment, so the history shows on a citizen page.
        var moved = await db.Courses.Include(c => c.Assignments).FirstAsync(c => c.PrimaryWorkerId == userIds["medarbejder3.act@caseload.local"], ct);
        moved.Reassign(userIds["medarbejder1.act@caseload.local"], "Mette har kendt borgeren fra tidligere.", now.AddDays(-10), leaders["act"]);
        moved.MarkSeenBy(userIds["medarbejder1.act@caseload.local"]);
        await db.SaveChangesAsync(ct);
    }

    private static readonly string[] DemoNotes =
    [
        "Hjemmebesøg. Talte om økonomi og huslejerestance; aftalte at se på budget næste gang.",
        "Kaffe på værestedet. Borgeren virkede mere rolig end sidst.",
        "Fulgtes til lægen. Ny tid om tre uger.",
        "Kort snak i telefon om næste møde.",
        "Hjemmebesøg med sygeplejerske. Medicin gennemgået.",
    ];

    /// <summary>The named citizens above plus generated ones, each with a primary worker chosen so the
    /// board shows workers under, at and over the limit.</summary>
    private static IEnumerable<(string Team, string Worker, string Name, string Cpr, string Address, Whereabouts Where)> AllCitizens()
    {
        (string Worker, int Count)[] plan =
        [
            ("medarbejder1.act@caseload.local", 9), ("medarbejder2.act@caseload.local", 6), ("medarbejder3.act@caseload.local", 4),
            ("medarbejder1.cti@caseload.local", 9), ("medarbejder2.cti@caseload.local", 5), // two of the first CTI worker's courses have ended
            ("medarbejder1.fs@caseload.local", 5), ("medarbejder2.fs@caseload.local", 3),
        ];
        var named = new Queue<(string Team, string Name, string Cpr, string Address, Whereabouts Where)>(Citizens);
        var generated = 0;
        foreach (var (worker, count) in plan)
        {
            var teamKey = Users.First(u => u.Email == worker).TeamKey!;
            for (var i = 0; i < count; i++)
            {
                if (named.Count > 0 && named.Peek().Team == teamKey)
                {
                    var n = named.Dequeue();
                    yield return (teamKey, worker, n.Name, n.Cpr, n.Address, n.Where);
                    continue;
                }
                var g = generated++;
                var name = $"{FirstNames[g % FirstNames.Length]} {LastNames[(g * 7) % LastNames.Length]}";
                var cpr = $"{(g % 28) + 1:00}{(g / 28 % 12) + 1:00}{55 + (g % 40):00}-2{g:000}";
                yield return (teamKey, worker, name, cpr, $"{Streets[g % Streets.Length]} {g + 2}, 8000 Solbjerg",
                    g % 8 == 3 ? Whereabouts.Shelter : Whereabouts.OwnHome);
            }
        }
    }

    private static readonly string[] FirstNames = ["Anders", "Birgitte", "Claus", "Dorthe", "Erik", "Fatima", "Gitte", "Hans", "Ida", "Jens", "Karina", "Leif", "Mona", "Niels", "Pia", "René", "Stine", "Torben", "Ulla", "Vagn"];
    private static readonly string[] LastNames = ["Hansen", "Pedersen", "Larsen", "Olsen", "Christensen", "Rasmussen", "Jørgensen", "Petersen", "Madsen", "Kristiansen", "Møller", "Thomsen", "Johansen", "Knudsen", "Mikkelsen"];
    private static readonly string[] Streets = ["Nørregade", "Søndergade", "Vestergade", "Østergade", "Skolevej", "Bakkevej", "Engtoften"];

    private static void Check(IdentityResult result)
    {
        if (!result.Succeeded)
            throw new InvalidOperationException("Demo seed failed: " + string.Join("; ", result.Errors.Select(e => e.Description)));
    }
}
