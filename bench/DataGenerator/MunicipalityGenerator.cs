using System.Diagnostics;
using Caseload.Application.Common.Time;
using Bogus;
using Caseload.Application;
using Caseload.Application.Common;
using Caseload.Application.Contacts;
using Caseload.Domain.Citizens;
using Caseload.Domain.Contacts;
using Caseload.Domain.Courses;
using Caseload.Domain.Cti;
using Caseload.Domain.Outreach;
using Caseload.Domain.Teams;
using Caseload.Infrastructure;
using Caseload.Infrastructure.Identity;
using Caseload.Infrastructure.Persistence;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Caseload.DataGenerator;

/// <summary>Builds the benchmark municipality; the tests call it with a few hundred citizens to check the course
/// event log's backfill against its rows.</summary>
public static class MunicipalityGenerator
{
    public const string Password = "Caseload-bench-2026";
    private const int Teams = 30, MembersPerTeam = 10, ContactsPerCitizen = 20;

    public static async Task GenerateAsync(DatabaseProvider provider, string connection, int citizens, TextWriter log)
    {
        // 1. Schema, roles and the demo municipality, exactly as the app makes them (Development seed).
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { EnvironmentName = "Development" });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Database:Provider"] = provider.ToString(), ["Database:ConnectionString"] = connection, ["Database:SeedDemoData"] = "true",
        });
        builder.Services.AddApplication().AddInfrastructure(builder.Configuration);
        builder.Services.AddSingleton<ICurrentUser, GeneratorUser>();
        using var host = builder.Build();
        await host.Services.InitializeDatabaseAsync();
        log.WriteLine($"schema and demo data ready ({provider})");

        // 2. Bulk rows through a plain context (no audit rows for generated data).
        await using var db = provider switch
        {
            DatabaseProvider.Postgres => (CaseloadDbContext)new PostgresCaseloadDbContext(new DbContextOptionsBuilder<PostgresCaseloadDbContext>().UseNpgsql(connection).Options),
            _ => new SqliteCaseloadDbContext(new DbContextOptionsBuilder<SqliteCaseloadDbContext>().UseSqlite(connection).Options),
        };
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        if (await db.Teams.AnyAsync(t => t.Name.StartsWith("Bench-team"))) { log.WriteLine("already generated"); return; }

        var clock = Stopwatch.StartNew();
        Randomizer.Seed = new Random(2026);
        var faker = new Faker("nb_NO"); // Norwegian names are the closest Bogus has to Danish
        var hash = new PasswordHasher<ApplicationUser>().HashPassword(new ApplicationUser(), Password);
        var roleIds = await db.Roles.ToDictionaryAsync(r => r.Name!, r => r.Id);
        var methods = new[] { Method.Act, Method.Cti, Method.Outreach };
        var workers = new List<(string UserId, Team Team)>();
        for (var t = 0; t < Teams; t++)
        {
            var team = new Team($"Bench-team {t + 1:00}", methods[t % 3]);
            db.Teams.Add(team);
            for (var m = 0; m < MembersPerTeam; m++)
            {
                var leader = m == 0;
                var email = leader ? $"bench.leder.{t + 1:00}@caseload.local" : $"bench.medarbejder.{(t * (MembersPerTeam - 1)) + m:000}@caseload.local";
                var user = new ApplicationUser
                {
                    UserName = email, NormalizedUserName = email.ToUpperInvariant(), Email = email, NormalizedEmail = email.ToUpperInvariant(),
                    EmailConfirmed = true, FullName = faker.Name.FullName(), PasswordHash = hash, SecurityStamp = Guid.NewGuid().ToString("N"),
                    LockoutEnabled = true,
                };
                db.Users.Add(user);
                db.UserRoles.Add(new IdentityUserRole<string> { UserId = user.Id, RoleId = roleIds[leader ? "Teamleder" : "Medarbejder"] });
                team.AddMember(user.Id, leader ? TeamRole.Leader : TeamRole.Member, m % 5 == 4 ? 0.5m : 1.0m, null);
                if (!leader) workers.Add((user.Id, team));
            }
        }
        db.ChangeTracker.DetectChanges(); // the members were added to the tracked teams after Add (change detection is off)
        await db.SaveChangesAsync();
        log.WriteLine($"{Teams} teams, {Teams * MembersPerTeam} users ({clock.Elapsed.TotalSeconds:0}s)");

        var now = DateTime.UtcNow;
        var today = DanishTime.DateOf(now);
        var notes = new[] { "Hjemmebesøg.", "Kaffe på værestedet.", "Fulgtes til lægen.", "Kort snak i telefon.", "Møde om økonomi." };
        for (var i = 0; i < citizens; i++)
        {
            var (workerId, team) = workers[i % workers.Count];
            var cpr = CprNumber.Parse($"{(i % 28) + 1:00}{(i / 28 % 12) + 1:00}{(i / 336 % 100):00}-{(i / 33600 % 4) + 4}{i % 1000:000}");
            var citizen = new Citizen(faker.Name.FullName(), cpr, team.Id);
            citizen.UpdateContact(faker.Address.StreetAddress(), false, faker.Phone.PhoneNumber("## ## ## ##"), null, null);
            db.Citizens.Add(citizen);
            var started = today.AddDays(-faker.Random.Int(30, 700));
            var course = new Course(citizen.Id, team.Id, team.Method, started, workerId, now.AddDays(-(today.DayNumber - started.DayNumber)), null);
            if (i % 10 == 9)
                course.Close(started.AddDays(20), "Afsluttet (genereret)", faker.PickRandom<CourseEndCause>());
            db.Courses.Add(course);
            if (team.Method == Method.Cti && course.IsActive) db.CtiCourses.Add(GeneratedCti(course, started, today, now, workerId));
            if (team.Method == Method.Outreach && course.IsActive)
            {
                var (referral, outreach) = GeneratedOutreach(course, today, workerId, i);
                db.Referrals.Add(referral);
                db.OutreachCases.Add(outreach);
            }
            var colleagues = workers.Where(w => w.Team == team && w.UserId != workerId).Select(w => w.UserId).ToList();
            for (var k = 0; k < ContactsPerCitizen; k++)
            {
                // Places, durations, a colleague along and the network now and then: what the fidelity figures count.
                var channel = (ContactChannel)(k % 9);
                var inPerson = channel is ContactChannel.HomeVisit or ContactChannel.DropInCentre or ContactChannel.OfficeMeeting;
                db.ContactLog.Add(new ContactLogEntry(citizen.Id, now.AddDays(-faker.Random.Double(0, 730)), channel,
                    achieved: k % 3 != 0, null, null, notes[k % notes.Length], workerId, now,
                    durationMinutes: inPerson ? faker.Random.Int(15, 120) : channel == ContactChannel.Phone ? faker.Random.Int(3, 20) : null,
                    networkTookPart: faker.Random.Double() < 0.15,
                    workersPresent: inPerson && colleagues.Count > 0 && faker.Random.Double() < 0.4 ? [faker.PickRandom(colleagues)] : null));
            }
            if ((i + 1) % 1000 == 0)
            {
                db.ChangeTracker.DetectChanges();
                await db.SaveChangesAsync();
                db.ChangeTracker.Clear();
                log.WriteLine($"{i + 1:N0} / {citizens:N0} citizens, {(i + 1) * ContactsPerCitizen:N0} contacts ({clock.Elapsed.TotalSeconds:0}s)");
            }
        }
        db.ChangeTracker.DetectChanges();
        await db.SaveChangesAsync();
        await LastContactSummary.RebuildAllAsync(db, CancellationToken.None);
        log.WriteLine($"done: {citizens:N0} citizens, {citizens * ContactsPerCitizen:N0} contacts, {Teams * MembersPerTeam} users in {clock.Elapsed.TotalSeconds:0}s; password {Password}");

        // 3. The course event log for the generated rows too: the start-up backfill ran before they existed (ADR 0024).
        await db.CourseEvents.ExecuteDeleteAsync();
        await db.MonthlyFigures.ExecuteDeleteAsync(); // refilled from the log right after it (ADR 0031)
        await using (var scope = host.Services.CreateAsyncScope())
            log.WriteLine($"course event log: {await DatabaseInitializer.FillCourseEventLogOnceAsync(scope.ServiceProvider):N0} events");
    }

    // A CTI course in phase 1 (the nine months began ten days after the contact period), through the engine's own rules.
    private static CtiCourse GeneratedCti(Course course, DateOnly started, DateOnly today, DateTime now, string by)
    {
        var s = started.AddDays(10);
        var cti = new CtiCourse(course, s.AddDays(7), CtiResidence.Shelter);
        cti.RecordMeasurement(MeasurementPoint.Start, s, [2, 2, 3, 1, 2], 4, HousingStatus.Shelter, SubstanceUse.Weekly, 2, null, today);
        cti.Advance(CtiTransitionKind.StartPhase1, s, [new(1, true, null), new(2, true, null), new(3, true, null)], null, today, now, by);
        cti.AddGoal("Egen bolig med styr på økonomien", "Budget hver uge", "Økonomisk rådgiver", GoalStatus.InProgress);
        return cti;
    }

    // An outreach case allocated on the course's start: attempts, first contact and meeting, a consent and external
    // information; every third without a first meeting yet, so the deadline list has open deadlines.
    private static (Referral, OutreachCase) GeneratedOutreach(Course course, DateOnly today, string by, int i)
    {
        var on = course.StartDate;
        var referral = new Referral(course.CitizenId, course.TeamId, on.AddDays(-3), (ReferralSource)(i % 13), "Henviser", null, "Bekymring (genereret)", "Modtager", today);
        referral.Screen(["1.1", "a1", "b2"], null, null, on.AddDays(-2), today, by);
        referral.Accept(course.Id, on, today, by);
        var c = new OutreachCase(course, referral);
        c.AddContactAttempt(on.AddDays(1), AttemptChannel.Phone, AttemptOutcome.NoAnswer, null, today, by);
        c.AddContactAttempt(on.AddDays(2), AttemptChannel.Visit, AttemptOutcome.Reached, null, today, by);
        if (i % 3 == 0) return (referral, c);
        c.Record(OutreachEvent.FirstMeeting, on.AddDays(5), "Møde i hjemmet.", null, today, by);
        c.AddConsent("Helbred og økonomi", "Egen læge\nJobcenter", on.AddDays(5), null, today);
        c.Record(OutreachEvent.ExternalInformation, on.AddDays(6), null, "Egen læge", today, by);
        if (i % 3 == 1) c.Record(OutreachEvent.AdviceGiven, on.AddDays(6), null, null, today, by);
        return (referral, c);
    }
}

internal sealed class GeneratorUser : ICurrentUser
{
    public string? UserId => null;
    public string? UserName => "data-generator";
    public string? IpAddress => null;
    public bool IsInRole(string role) => false;
}
