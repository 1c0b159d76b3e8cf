using System.Net;
using System.Reflection;
using Caseload.Application.Security;
using Caseload.Domain.Auditing;
using Caseload.TestSupport;
using Caseload.Web.Security;
using Caseload.Web.Tests.Security;
using Microsoft.EntityFrameworkCore;

namespace Caseload.Web.Tests.House;

/// <summary>Citizen data is reachable only through the access scope: no Application method takes a bare id,
/// and every citizen-, course- and team-scoped route answers another team's id with 404 and changes nothing.</summary>
public abstract class ScopeByStructureTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : CaseloadAppFactory, new()
{
    /// <summary>Every public Application method that takes an id also takes a handle from the scope — the id then names a
    /// record among that handle's own (a referral of this citizen, a session of this centre) — or is the scope itself,
    /// which hands the handles out. The organisation's own records (projects, centres, partners, role descriptions, team
    /// settings) have their handle too (<see cref="OwnRecord{T}"/>), so no method is left out by name.</summary>
    [Fact]
    public void NoApplicationMethodReadsOrChangesDataFromABareId()
    {
        var methods = typeof(IAccessScope).Assembly.GetTypes()
            .Where(t => t is { IsPublic: true, IsClass: true })
            .SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly)
                .Where(m => !m.IsSpecialName && m.GetParameters().Any(p => IsId(p.ParameterType) && !IsPostedVersion(p)))
                .Select(m => (Name: $"{t.Name}.{m.Name}", Method: m)))
            .ToList();
        methods.Count.ShouldBeGreaterThan(15); // the reflection itself finds them: the scope, and child ids beside a handle
        var offenders = methods
            .Where(x => !x.Method.GetParameters().Any(p => ScopeHandles.IsHandle(p.ParameterType)) && !HandsOutAHandle(x.Method))
            .Select(x => x.Name).Distinct().ToList();
        offenders.ShouldBeEmpty("take a handle from IAccessScope (ScopedCitizen, LedCourse, LedTeam, MemberTeam, ResultsTeams, OwnRecord<T>) instead of an id");
    }

    [Fact]
    public void OnlyTheScopeMakesHandles()
    {
        var handles = typeof(IAccessScope).Assembly.GetTypes().Where(ScopeHandles.IsHandle).ToList();
        handles.Count.ShouldBe(ScopeHandles.Types.Length);
        handles.Where(t => t.GetConstructors().Length > 0).ShouldBeEmpty("a handle's constructor is internal: only AccessScope makes one");
        typeof(IAccessScope).Assembly.GetTypes()
            .Where(t => t.IsClass && t.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly).Any(HandsOutAHandle))
            .Select(t => t.Name).ShouldBe(["AccessScope"]);
    }

    private static bool IsId(Type type) => type == typeof(Guid) || type == typeof(Guid?);

    /// <summary>A form's posted version (CommandRunner.Expect) is a concurrency token: compared, never looked up.</summary>
    private static bool IsPostedVersion(ParameterInfo p) => p.Name == "postedVersion";

    /// <summary>Makes a handle from an id: the scope's own methods (the second test keeps it that way).</summary>
    private static bool HandsOutAHandle(MethodInfo method)
    {
        var returned = method.ReturnType.IsGenericType && method.ReturnType.GetGenericTypeDefinition() == typeof(Task<>)
            ? method.ReturnType.GetGenericArguments()[0] : method.ReturnType;
        return ScopeHandles.IsHandle(returned) && method.GetParameters().Any(p => IsId(p.ParameterType));
    }

    [Fact]
    public async Task EveryScopedRouteAnswersAnotherTeamsIdWithNotFoundAndChangesNothing()
    {
        var cti = await app.CitizenIdAsync("Ahmed Hassan");
        var (ctiCourse, ctiTeam, ctiWorker, actWorker) = await app.QueryAsync(async db => (
            await db.Courses.Where(c => c.CitizenId == cti).Select(c => c.Id).FirstAsync(),
            await db.Teams.Where(t => t.Name == "CTI-team Solbjerg").Select(t => t.Id).FirstAsync(),
            await db.Users.Where(u => u.Email == "medarbejder1.cti@caseload.local").Select(u => u.Id).FirstAsync(),
            await db.Users.Where(u => u.Email == "medarbejder1.act@caseload.local").Select(u => u.Id).FirstAsync()));
        var before = await StateAsync(cti);

        using var worker = TestClient.For(app);
        await worker.SignInAsync("medarbejder1.act@caseload.local");
        using var leader = TestClient.For(app);
        await leader.SignInAsync("teamleder.act@caseload.local");

        var gets = new[]
        {
            (worker, $"/borgere/{cti}"), (worker, $"/borgere/{cti}/rediger"), (worker, $"/borgere/{cti}/cpr"),
            (worker, $"/borgere/{cti}/indsigt"), (worker, $"/borgere/{cti}/indsigt/json"), (worker, $"/borgere/{cti}/udskrift"),
            (leader, $"/borgere/{cti}"), (leader, $"/forloeb/{ctiCourse}/tovholder"), (leader, $"/forloeb/{ctiCourse}/afslut"),
            (leader, $"/tavle?teamId={ctiTeam}"), (leader, $"/tavle/{ctiTeam}/flyt-alle?from={ctiWorker}"),
            (worker, $"/borgere/{cti}/cti"), (worker, $"/borgere/{cti}/cti/overgang/fase-1"), (worker, $"/borgere/{cti}/cti/maaling/start"),
            (worker, $"/borgere/{cti}/cti/maal"), (worker, $"/borgere/{cti}/cti/overdragelse"), (worker, $"/borgere/{cti}/cti/afbryd"),
            (leader, $"/borgere/{cti}/cti"), (leader, $"/cti/tavle?teamId={ctiTeam}"),
        };
        foreach (var (client, url) in gets)
        {
            using var response = await client.GetAsync(url);
            response.StatusCode.ShouldBe(HttpStatusCode.NotFound, $"GET {url}");
        }

        var posts = new (TestClient, string, KeyValuePair<string, string>[])[]
        {
            (worker, $"/borgere/{cti}/vis-cpr", []),
            (worker, $"/borgere/{cti}/rediger", [new("Input.Name", "Overskrevet"), new("Input.Whereabouts", "OwnHome")]),
            (worker, $"/borgere/{cti}/cpr", [new("Input.NewCpr", "010180-1234"), new("Input.Reason", "Forsøg")]),
            (worker, $"/borgere/{cti}/kontakter", [new("Contact.OccurredAt", "2026-01-05T10:00"), new("Contact.Channel", "Phone"), new("Contact.Achieved", "true")]),
            (leader, $"/borgere/{cti}/forloeb", [new("PrimaryWorkerId", actWorker), new("StartDate", "2026-01-05")]),
            (leader, $"/forloeb/{ctiCourse}/tovholder", [new("NewWorkerId", actWorker), new("Reason", "Forsøg")]),
            (leader, $"/forloeb/{ctiCourse}/afslut", [new("EndDate", "2026-01-05"), new("Reason", "Forsøg")]),
            (leader, $"/forloeb/{ctiCourse}/tilknyt", [new("UserId", actWorker)]),
            (leader, $"/tavle/{ctiTeam}/flyt-alle?from={ctiWorker}", [new("ToWorkerId", actWorker), new("Reason", "Forsøg")]),
            (leader, $"/borgere/{cti}/cti/start", [new("PrimaryWorkerId", actWorker), new("ContactPeriodStart", "2026-01-05"), new("PlannedMoveIn", "2026-02-01"), new("Residence", "Shelter")]),
            (worker, $"/borgere/{cti}/cti/kontaktskabelse", [new("PlannedMoveIn", "2026-02-01"), new("Residence", "Prison")]),
            (worker, $"/borgere/{cti}/cti/overgang/fase-1", [new("Date", "2026-01-05"), new("Checklist[0].State", "Done")]),
            (worker, $"/borgere/{cti}/cti/maaling/start", [new("Date", "2026-01-05"), new("Who5Cheerful", "3"), new("LifeSituation", "5")]),
            (worker, $"/borgere/{cti}/cti/maal", [new("Goal", "Forsøg"), new("Status", "NotStarted")]),
            (worker, $"/borgere/{cti}/cti/overdragelse", [new("ResponsiblePersonName", "Forsøg")]),
            (worker, $"/borgere/{cti}/cti/overdragelse/moede", [new("Meeting.Date", "2026-01-05"), new("Meeting.Participants", "Forsøg")]),
            (worker, $"/borgere/{cti}/cti/afbryd", [new("Reason", "Died"), new("Date", "2026-01-05")]),
        };
        foreach (var (client, url, fields) in posts)
        {
            using var response = await client.PostWithTokenAsync(url, fields);
            response.StatusCode.ShouldBe(HttpStatusCode.NotFound, $"POST {url}");
        }

        (await StateAsync(cti)).ShouldBe(before);
    }

    [Fact]
    public async Task OutreachRoutesAnswerAnotherTeamsCitizenReferralAndTeamWithNotFoundAndChangeNothing()
    {
        var fs = await app.CitizenIdAsync("Rasmus Kjær");
        var (referral, fsTeam) = await app.QueryAsync(async db => (
            await db.Referrals.Where(r => r.CitizenId == fs).Select(r => r.Id).FirstAsync(),
            await db.Teams.Where(t => t.Name == "Fremskudt sagsbehandling Solbjerg").Select(t => t.Id).FirstAsync()));
        var fsMeeting = await app.QueryAsync(db => db.CoordinatingMeetings.Where(m => m.Tasks.Any(t => t.DoneOn == null))
            .Select(m => new { m.Id, m.CitizenId, Task = m.Tasks.Where(t => t.DoneOn == null).Select(t => t.Id).First() }).FirstAsync());
        var meetingState = await app.QueryAsync(async db => string.Join("|", await db.CoordinatingMeetings.Select(m => m.Version).OrderBy(v => v).ToListAsync(),
            await db.MeetingTasks.CountAsync(t => t.DoneOn != null)));
        var before = await StateAsync(fs);
        using var worker = TestClient.For(app);
        await worker.SignInAsync("medarbejder1.act@caseload.local");
        using var leader = TestClient.For(app);
        await leader.SignInAsync("teamleder.act@caseload.local");

        foreach (var (client, url) in new[]
        {
            (worker, $"/borgere/{fs}/fs"), (leader, $"/borgere/{fs}/fs"), (worker, $"/borgere/{fs}/fs/henvendelser/{referral}"),
            (worker, $"/borgere/{fs}/fs/henvendelser/ny"), (leader, $"/fs/frister?teamId={fsTeam}"), (worker, $"/fs/henvendelser?teamId={fsTeam}"),
            (worker, $"/fs/henvendelser/ny?teamId={fsTeam}"),
            (worker, $"/borgere/{fs}/netvaerkskort"), (worker, $"/borgere/{fs}/netvaerkskort/rediger"),
            (leader, $"/borgere/{fs}/netvaerkskort/sammenlign?fra=1&til=1"), (worker, $"/borgere/{fs}/samarbejdsaftaler/ny"), (worker, $"/borgere/{fs}/indsatsplan"),
            (worker, $"/borgere/{fs}/koordinerende-moeder/ny"), (leader, $"/borgere/{fsMeeting.CitizenId}/koordinerende-moeder/{fsMeeting.Id}"),
            (worker, $"/borgere/{fs}/udskrift/oversigt?pdf=true"), (leader, $"/borgere/{fs}/udskrift/screening/{referral}"),
            (leader, $"/borgere/{fsMeeting.CitizenId}/udskrift/koordinerende-moede/{fsMeeting.Id}/referat?pdf=true&fuldtCpr=true"),
        })
        {
            using var response = await client.GetAsync(url);
            response.StatusCode.ShouldBe(HttpStatusCode.NotFound, $"GET {url}");
        }

        var posts = new (TestClient, string, KeyValuePair<string, string>[])[]
        {
            (worker, $"/borgere/{fs}/fs/kontaktforsoeg", [new("Attempt.Date", "2026-01-05"), new("Attempt.Channel", "Phone"), new("Attempt.Outcome", "Reached")]),
            (worker, $"/borgere/{fs}/fs/trin", [new("Step.Event", "InternalInformation"), new("Step.Date", "2026-01-05")]),
            (worker, $"/borgere/{fs}/fs/samtykke", [new("Consent.Information", "Forsøg"), new("Consent.Parties", "Forsøg"), new("Consent.GivenOn", "2026-01-05")]),
            (worker, $"/borgere/{fs}/fs/sagsbehandler", [new("Caseworker.Name", "Forsøg"), new("Caseworker.Unit", "Forsøg"), new("Caseworker.From", "2026-01-05")]),
            (leader, $"/borgere/{fs}/fs/afslut", [new("Close.Reason", "NoFurtherNeed"), new("Close.Date", "2026-01-05")]),
            (leader, $"/borgere/{fs}/fs/henvendelser/{referral}/screening", [new("Screening.Criteria", "a1"), new("Screening.ScreenedOn", "2026-01-05")]),
            (leader, $"/borgere/{fs}/fs/henvendelser/{referral}/afgoerelse", [new("Ruling.Decision", "Decline"), new("Ruling.DeclineReason", "Forsøg"), new("Ruling.DecidedOn", "2026-01-05")]),
            (worker, $"/borgere/{fs}/fs/henvendelser/ny", [new("Input.Source", "Police"), new("Input.ReferrerName", "Forsøg"), new("Input.Concern", "Forsøg"), new("Input.ReceivedOn", "2026-01-05"), new("Input.ReceivedBy", "Forsøg")]),
            (worker, $"/borgere/{fs}/netvaerkskort/rediger", [new("Input.Persons[0].Category", "Health"), new("Input.Persons[0].Role", "Egen læge"), new("Input.Persons[0].Name", "Forsøg")]),
            (worker, $"/borgere/{fs}/samarbejdsaftaler/ny", [new("Input.MadeOn", "2026-01-05"), new("Input.Goals", "Forsøg")]),
            (worker, $"/borgere/{fs}/indsatsplan", [new("Input.Goals[0].Goal", "Forsøg"), new("Input.Goals[0].Area", "Housing")]),
            (worker, $"/borgere/{fs}/koordinerende-moeder/ny", [new("Input.Date", "2026-01-05"), new("Input.StartsAt", "10:00"), new("Input.EndsAt", "11:00")]),
            (leader, $"/borgere/{fsMeeting.CitizenId}/koordinerende-moeder/{fsMeeting.Id}", [new("Input.Date", "2026-01-05"), new("Input.StartsAt", "10:00"), new("Input.EndsAt", "11:00")]),
            (leader, $"/borgere/{fsMeeting.CitizenId}/koordinerende-moeder/{fsMeeting.Id}/invitation", []),
            (leader, $"/borgere/{fsMeeting.CitizenId}/koordinerende-moeder/{fsMeeting.Id}/referat", []),
            (leader, $"/borgere/{fsMeeting.CitizenId}/koordinerende-moeder/{fsMeeting.Id}/opgaver/{fsMeeting.Task}/udfoert", [new("returnUrl", "/")]),
            (worker, "/fs/henvendelser/ny", [new("teamId", fsTeam.ToString()), new("Input.CitizenName", "Forsøg"), new("Input.Source", "Police"), new("Input.ReferrerName", "Forsøg"), new("Input.Concern", "Forsøg"), new("Input.ReceivedOn", "2026-01-05"), new("Input.ReceivedBy", "Forsøg")]),
        };
        foreach (var (client, url, fields) in posts)
        {
            using var response = await client.PostWithTokenAsync(url, fields);
            response.StatusCode.ShouldBe(HttpStatusCode.NotFound, $"POST {url}");
        }
        (await StateAsync(fs)).ShouldBe(before);
        (await app.QueryAsync(async db => string.Join("|", await db.CoordinatingMeetings.Select(m => m.Version).OrderBy(v => v).ToListAsync(),
            await db.MeetingTasks.CountAsync(t => t.DoneOn != null)))).ShouldBe(meetingState);
    }

    /// <summary>What an out-of-scope request could have touched: changes, reads of the record, and the record itself.</summary>
    private Task<string> StateAsync(Guid citizen) => app.QueryAsync(async db =>
        string.Join("|",
            await db.AuditEntries.CountAsync(a => a.Action == AuditAction.Created || a.Action == AuditAction.Updated || a.Action == AuditAction.Deleted),
            await db.AuditEntries.CountAsync(a => a.CitizenId == citizen),
            await db.ContactLog.CountAsync(c => c.CitizenId == citizen),
            await db.Courses.CountAsync(c => c.CitizenId == citizen),
            await db.Citizens.Where(c => c.Id == citizen).Select(c => c.Name + c.Version).SingleAsync()));
}

public sealed class ScopeByStructureTestsOnSqlite(SqliteAppFactory app) : ScopeByStructureTests<SqliteAppFactory>(app);
public sealed class ScopeByStructureTestsOnPostgres(PostgresAppFactory app) : ScopeByStructureTests<PostgresAppFactory>(app);
