using System.Collections.Concurrent;
using System.Net;
using Caseload.Application.Engines;
using Caseload.Application.Fhir;
using Caseload.Domain.Auditing;
using Caseload.Domain.Teams;
using Caseload.TestSupport;
using Caseload.Web.Tests.Api;
using Caseload.Web.Tests.Engines;
using Caseload.Web.Tests.Security;
using Hl7.Fhir.Serialization;
using Hl7.Fhir.Validation;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using R4 = Hl7.Fhir.Model;

namespace Caseload.Web.Tests.Fhir;

/// <summary>A consent naming the record system, for the citizens a test puts here — so the content tests can export ACT and CTI
/// demo citizens (whose consents live in a network map). The consent rule itself is tested with the outreach engine's real consent.</summary>
public sealed class TestRecordConsent : IConsentSource
{
    public static readonly ConcurrentDictionary<Guid, bool> Covered = new();

    public Task<IReadOnlyList<string>> PartiesCoveredAsync(global::Caseload.Application.Security.ScopedCitizen citizen, DateOnly on, CancellationToken ct)
        => Task.FromResult<IReadOnlyList<string>>(Covered.ContainsKey(citizen.Id) ? [FhirExportTestsBase.Receiver] : []);
}

public abstract class FhirExportTestsBase
{
    public const string Receiver = "Kommunens journalsystem";

    public static void Configure(CaseloadAppFactory app) => app.ConfigureTestServices = s =>
    {
        s.AddEngineModule(new TestMethodModule());
        s.AddScoped<IConsentSource, TestRecordConsent>();
    };

    /// <summary>Serialized, parsed back strictly and validated against the base specification by the SDK's own validator.</summary>
    public static R4.Bundle ParseAndValidate(string json)
    {
        var bundle = new FhirJsonDeserializer(new DeserializerSettings().UsingMode(DeserializationMode.Strict)).Deserialize<R4.Bundle>(json);
        var issues = bundle.Validate().Concat(bundle.Entry.SelectMany(e => e.Resource!.Validate())).ToList(); // the bundle, and each entry on its own
        issues.ShouldBeEmpty(string.Join("; ", issues.Select(i => i.Message)));
        bundle.Entry.ShouldAllBe(e => e.Resource != null && e.FullUrl == "urn:uuid:" + e.Resource.Id);
        bundle.Type.ShouldBe(R4.Bundle.BundleType.Collection);
        // every reference resolves inside the bundle
        var urls = bundle.Entry.Select(e => e.FullUrl).ToHashSet();
        foreach (var resource in bundle.Entry.Select(e => e.Resource!))
            foreach (var reference in resource.AllReferences()) urls.ShouldContain(reference);
        return bundle;
    }
}

internal static class FhirBundleExtensions
{
    public static IEnumerable<string> AllReferences(this R4.Resource resource) => resource switch
    {
        R4.Goal g => [g.Subject.Reference!],
        R4.CarePlan c => [c.Subject.Reference!, .. c.Goal.Select(r => r.Reference!)],
        R4.Observation o => [o.Subject!.Reference!],
        R4.Encounter e => [e.Subject!.Reference!],
        _ => [],
    };

    public static List<T> All<T>(this R4.Bundle bundle) => [.. bundle.Entry.Select(e => e.Resource!).OfType<T>()];
}

/// <summary>A citizen's export to the municipal record as FHIR R4 (issue #33 item 2, ADR 0053): valid against the base specification,
/// with the CPR number, the plans' goals, the WHO-5 scores and the contacts; only within the access scope; only with a consent naming
/// the record system (a Danish refusal otherwise); audited as a download and a CPR reveal.</summary>
public abstract class FhirExportTests<TApp> : FhirExportTestsBase, IAsyncLifetime where TApp : CaseloadAppFactory, new()
{
    protected TApp App { get; } = new();

    protected FhirExportTests() => Configure(App);

    public Task InitializeAsync() => App.InitializeAsync();

    public Task DisposeAsync() => App.DisposeAsync();

    private async Task<(R4.Bundle Bundle, HttpResponseMessage Response)> DownloadAsync(string email, Guid citizen)
    {
        using var worker = TestClient.For(App);
        await worker.SignInAsync(email);
        var response = await worker.GetAsync($"/borgere/{citizen}/fhir");
        var body = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(HttpStatusCode.OK, body);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/fhir+json");
        return (ParseAndValidate(body), response);
    }

    private async Task AssertCommonAsync(R4.Bundle bundle, Guid citizen)
    {
        var cpr = await App.QueryAsync(db => db.Citizens.Where(c => c.Id == citizen).Select(c => c.Cpr).FirstAsync());
        var patient = bundle.All<R4.Patient>().ShouldHaveSingleItem();
        var identifier = patient.Identifier.ShouldHaveSingleItem();
        identifier.System.ShouldBe("urn:oid:1.2.208.176.1.2");
        identifier.Value.ShouldBe(cpr!.Digits);
        var contacts = await App.QueryAsync(db => db.ContactLog.Where(c => c.CitizenId == citizen && c.Achieved).OrderBy(c => c.OccurredAt)
            .Select(c => c.OccurredAt).ToListAsync());
        var encounters = bundle.All<R4.Encounter>();
        encounters.Select(e => e.Period!.StartElement!.ToDateTimeOffset(TimeSpan.Zero).UtcDateTime)
            .ShouldBe(contacts.Select(c => DateTime.SpecifyKind(c, DateTimeKind.Utc)));
        encounters.ShouldAllBe(e => e.Status == R4.Encounter.EncounterStatus.Finished && e.Period!.Start!.EndsWith("+00:00", StringComparison.Ordinal));
        bundle.All<R4.Goal>().ShouldContain(g => g.Description.Text == TestMethodModule.FhirGoal); // the test-only engine's goal
    }

    [Fact]
    public async Task AnActACtiAndAnOutreachCitizenExportAsValidFhirWithTheirGoalsMeasurementsAndContacts()
    {
        // ACT: a citizen whose action plan has goals
        var plans = await App.QueryAsync(db => db.ActionPlans.Select(p => new { p.CitizenId, p.GoalsJson }).ToListAsync());
        var act = plans.First(p => global::Caseload.Domain.Common.JsonRows.Read<global::Caseload.Domain.ActionPlans.PlanGoal>(p.GoalsJson).Count > 0);
        var actGoals = global::Caseload.Domain.Common.JsonRows.Read<global::Caseload.Domain.ActionPlans.PlanGoal>(act.GoalsJson);
        TestRecordConsent.Covered[act.CitizenId] = true;
        var (bundle, _) = await DownloadAsync("teamleder.act@caseload.local", act.CitizenId);
        await AssertCommonAsync(bundle, act.CitizenId);
        var plan = bundle.All<R4.CarePlan>().Single(c => c.Title == "ACT-indsatsplan");
        plan.Goal.Count.ShouldBe(actGoals.Count);
        var goals = bundle.Entry.Where(e => plan.Goal.Any(r => r.Reference == e.FullUrl)).Select(e => (R4.Goal)e.Resource!).ToList();
        goals.Select(g => g.Description.Text).ShouldBe(actGoals.Select(g => g.Goal));

        // CTI: a citizen with measurements
        var cti = await App.QueryAsync(db => db.CtiMeasurements.OrderBy(m => m.CitizenId).Select(m => m.CitizenId).FirstAsync());
        var scores = await App.QueryAsync(db => db.CtiMeasurements.Where(m => m.CitizenId == cti).OrderBy(m => m.Date).Select(m => m.Who5Score).ToListAsync());
        var ctiGoals = await App.QueryAsync(db => db.CtiCourses.Where(c => c.CitizenId == cti).SelectMany(c => c.Goals).CountAsync());
        TestRecordConsent.Covered[cti] = true;
        (bundle, _) = await DownloadAsync("teamleder.cti@caseload.local", cti);
        await AssertCommonAsync(bundle, cti);
        var observations = bundle.All<R4.Observation>();
        observations.Select(o => ((R4.Integer)o.Value!).Value).ShouldBe(scores.Select(s => (int?)s));
        observations.ShouldAllBe(o => o.Code.Coding[0].Code == "who5" && o.Category[0].Coding[0].Code == "survey");
        bundle.All<R4.CarePlan>().Where(c => c.Title!.StartsWith("CTI", StringComparison.Ordinal)).Sum(c => c.Goal.Count).ShouldBe(ctiGoals);

        // Outreach: the engine's own consent names the record system; the cooperation agreements' rows are goals
        var fs = await App.OutreachCitizenWithConsentAsync(0, Receiver);
        var rows = await App.QueryAsync(db => db.CooperationAgreements.Where(a => a.CitizenId == fs).Select(a => a.RowsJson).ToListAsync());
        (bundle, _) = await DownloadAsync("teamleder.fs@caseload.local", fs);
        await AssertCommonAsync(bundle, fs);
        bundle.All<R4.CarePlan>().Where(c => c.Title == "Samarbejdsaftale").Sum(c => c.Goal.Count)
            .ShouldBe(rows.Sum(r => global::Caseload.Domain.Common.JsonRows.Read<global::Caseload.Domain.Agreements.AgreementRow>(r).Count));

        // audited: a download and a CPR reveal, by the worker
        var audit = await App.QueryAsync(db => db.AuditEntries.Where(a => a.CitizenId == fs && a.Changes != null && a.Changes.Contains("FHIR-eksport")).ToListAsync());
        audit.ShouldContain(a => a.Action == AuditAction.Downloaded && a.Changes!.Contains(Receiver));
        audit.ShouldContain(a => a.Action == AuditAction.RevealedCpr);
    }
}

public sealed class FhirExportTestsOnSqlite : FhirExportTests<SqliteAppFactory>
{
    [Fact]
    public async Task ACitizenOutsideTheScopeIsNotFound()
    {
        var cti = await App.QueryAsync(db => db.CtiCourses.Select(c => c.CitizenId).FirstAsync());
        TestRecordConsent.Covered[cti] = true;
        using var worker = TestClient.For(App);
        await worker.SignInAsync("teamleder.act@caseload.local");
        using var response = await worker.GetAsync($"/borgere/{cti}/fhir");
        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await App.QueryAsync(db => db.AuditEntries.CountAsync(a => a.CitizenId == cti && a.Changes != null && a.Changes.Contains("FHIR")))).ShouldBe(0);
    }

    [Fact]
    public async Task WithoutAConsentNamingTheRecordSystemTheDownloadIsRefusedInDanish()
    {
        var none = await App.OutreachCitizenWithoutConsentAsync();
        var elsewhere = await App.OutreachCitizenWithConsentAsync(1, "Sensum"); // a consent, but for another receiver
        using var worker = TestClient.For(App);
        await worker.SignInAsync("teamleder.fs@caseload.local");
        foreach (var citizen in new[] { none, elsewhere })
        {
            using var response = await worker.GetAsync($"/borgere/{citizen}/fhir");
            response.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
            response.Content.Headers.ContentType!.MediaType.ShouldBe("text/html");
            var page = await TestClient.ParseAsync(response);
            page.QuerySelector("#fhir-afvist")!.TextContent.ShouldContain($"ikke givet et gyldigt samtykke til at dele oplysninger med «{Receiver}»");
        }
        (await App.QueryAsync(db => db.AuditEntries.CountAsync(a => a.CitizenId == none && a.Action == AuditAction.Downloaded))).ShouldBe(0);
    }

    [Fact]
    public async Task ThePrintMenuLinksTheExport()
    {
        var citizen = await App.CitizenIdAsync("Bent Kristensen");
        using var worker = TestClient.For(App);
        await worker.SignInAsync("teamleder.act@caseload.local");
        var page = await worker.GetPageAsync($"/borgere/{citizen}/udskrift");
        var link = page.QuerySelector("#fhir-eksport")!;
        link.GetAttribute("href").ShouldBe($"/borgere/{citizen}/fhir");
        link.TextContent.ShouldBe("Eksportér til journal (FHIR)");
    }

    [Fact]
    public async Task TheApiGivesTheBundleOnlyToAClientAllowedTheFullCprWhoseReceiverIsCovered()
    {
        var covered = await App.OutreachCitizenWithConsentAsync(2); // names "Nexus"
        var uncovered = await App.OutreachCitizenWithoutConsentAsync();
        var act = await App.QueryAsync(db => db.Citizens.Where(c => db.Teams.Any(t => t.Id == c.TeamId && t.Method == Method.Act)).Select(c => c.Id).FirstAsync());
        var (id, secret) = await App.RegisterAsync(Method.Outreach, fullCpr: true, name: "Nexus FHIR");
        using var http = await App.SignedInAsync(id, secret);

        using (var ok = await http.GetAsync($"/api/v1/citizens/{covered}/fhir"))
        {
            var body = await ok.Content.ReadAsStringAsync();
            ok.StatusCode.ShouldBe(HttpStatusCode.OK, body);
            ok.Content.Headers.ContentType!.MediaType.ShouldBe("application/fhir+json");
            var bundle = ParseAndValidate(body);
            bundle.All<R4.Patient>().ShouldHaveSingleItem().Identifier[0].System.ShouldBe("urn:oid:1.2.208.176.1.2");
        }
        foreach (var other in new[] { uncovered, act })
        {
            using var refused = await http.GetAsync($"/api/v1/citizens/{other}/fhir");
            refused.StatusCode.ShouldBe(HttpStatusCode.NotFound);
            refused.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        }
        var actor = global::Caseload.Application.Api.ApiClientActor.UserIdOf(id.ToString());
        var rows = await App.QueryAsync(db => db.AuditEntries.Where(a => a.CitizenId == covered && a.UserId == actor && a.Changes!.Contains("FHIR")).ToListAsync());
        rows.ShouldContain(a => a.Action == AuditAction.Viewed);
        rows.ShouldContain(a => a.Action == AuditAction.RevealedCpr);

        var (masked, maskedSecret) = await App.RegisterAsync(Method.Outreach, fullCpr: false, name: "Nexus uden CPR");
        using var maskedHttp = await App.SignedInAsync(masked, maskedSecret);
        using var forbidden = await maskedHttp.GetAsync($"/api/v1/citizens/{covered}/fhir");
        forbidden.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await forbidden.JsonAsync()).GetProperty("detail").GetString()!.ShouldContain("fulde CPR-numre");
    }
}

public sealed class FhirExportTestsOnPostgres : FhirExportTests<PostgresAppFactory>;
