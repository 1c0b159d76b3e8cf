using Caseload.Application.Engines;
using Caseload.Application.Security;
using Caseload.Web.Engines;
using Caseload.Web.Features.Citizens;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Caseload.Web.Tests.Engines;

/// <summary>
/// "Testmetode": an engine that exists only in the test project (ADR 0023). It registers a citizen-page section, a
/// deadline, a print document and a start-page task through the contract — and nothing in src/ knows of it. If any of
/// them needs an edit to shared source to appear, the seam has broken.
/// </summary>
public sealed class TestMethodModule : IEngineModule
{
    public const string SectionText = "Testmetode: borgerens testforløb";
    public const string DeadlineLabel = "Testmetode: testfrist";
    public const string PrintLabel = "Testmetodens skema";
    public const string TaskText = "Testmetode: ring til borgeren";
    public const string DataSection = "Testmetode: testdata";
    public const string FhirGoal = "Testmetode: testmål";

    public void Register(IServiceCollection services)
    {
        services.AddControllersWithViews().AddApplicationPart(typeof(TestMethodModule).Assembly); // its view component
        services.AddSingleton(new CitizenSection("TestMethod", CitizenPageColumn.Main, 5));
        services.AddScoped<IDeadlineSource, TestMethodDeadlines>();
        services.AddScoped<IPrintDocumentSource, TestMethodPrint>();
        services.AddScoped<IMyTaskSource, TestMethodTasks>();
        services.AddScoped<ICitizenDataContributor, TestMethodCitizenData>(); // the citizen's rights (ADR 0052)
        services.AddScoped<global::Caseload.Application.Fhir.IFhirContributor, TestMethodFhir>();
    }
}

public sealed class TestMethodViewComponent : ViewComponent
{
    public IViewComponentResult Invoke(CitizenPageModel page)
        => new Microsoft.AspNetCore.Mvc.ViewComponents.HtmlContentViewComponentResult(
            new Microsoft.AspNetCore.Html.HtmlString($"<section id=\"testmetode\"><h2 class=\"h4\">Testmetode</h2><p>{TestMethodModule.SectionText}</p></section>"));
}

/// <summary>Every citizen it is asked about has a test deadline three days from the clock's today.</summary>
public sealed class TestMethodDeadlines(Application.Common.Time.IDanishClock clock) : IDeadlineSource
{
    public Task<IReadOnlyList<EngineDeadline>> OpenForCitizensAsync(IReadOnlyList<Guid> citizenIds, CancellationToken ct)
        => Task.FromResult<IReadOnlyList<EngineDeadline>>(
            [.. citizenIds.Select(id => new EngineDeadline(id, TestMethodModule.DeadlineLabel, clock.Today.AddDays(3), $"/borgere/{id}"))]);
}

public sealed class TestMethodPrint : IPrintDocumentSource
{
    public Task<IReadOnlyList<PrintDocumentLink>> ForCitizenAsync(ScopedCitizen citizen, IReadOnlySet<string> engines, CancellationToken ct)
        => Task.FromResult<IReadOnlyList<PrintDocumentLink>>([new(TestMethodModule.PrintLabel, $"/borgere/{citizen.Id}/udskrift/oversigt", 99)]);
}

/// <summary>One task, for the first citizen (by name) in the user's scope.</summary>
public sealed class TestMethodTasks(IAccessScope scope) : IMyTaskSource
{
    public async Task<IReadOnlyList<MyTask>> OpenTasksAsync(CancellationToken ct)
    {
        var first = await (await scope.CitizensAsync(ct)).OrderBy(c => c.Name).Select(c => new { c.Id, c.Name }).FirstOrDefaultAsync(ct);
        return first is null ? [] : [new MyTask(TestMethodModule.TaskText, first.Id, first.Name, $"/borgere/{first.Id}", null)];
    }
}

/// <summary>Its part of the insight package (one record per citizen) and of retention (it keeps no rows, so nothing to erase).</summary>
public sealed class TestMethodCitizenData : ICitizenDataContributor
{
    public int Order => 999;

    public Task<IReadOnlyList<CitizenDataSection>> InsightAsync(ScopedCitizen citizen, CancellationToken ct)
        => Task.FromResult<IReadOnlyList<CitizenDataSection>>(
            [new(TestMethodModule.DataSection, [new("Testforløb", [new("Borger-id", citizen.Id.ToString())])])]);

    public Task<DateTime?> LastActivityAsync(Application.DataProtection.ErasableCitizen citizen, CancellationToken ct) => Task.FromResult<DateTime?>(null);

    public Task<int> EraseAsync(Application.DataProtection.ErasableCitizen citizen, CancellationToken ct) => Task.FromResult(0);
}

/// <summary>One goal in every citizen's FHIR export (ADR 0053), with an id made from the citizen's, so it is the same in every export.</summary>
public sealed class TestMethodFhir : global::Caseload.Application.Fhir.IFhirContributor
{
    public Task ContributeAsync(global::Caseload.Application.Fhir.FhirExportContext export, CancellationToken ct)
    {
        var bytes = export.Citizen.Id.ToByteArray();
        bytes[0] ^= 0x5A;
        var id = new Guid(bytes);
        export.Add(id.ToString(), global::Caseload.Application.Fhir.FhirCodes.Goal(export.Patient, TestMethodModule.FhirGoal,
            Hl7.Fhir.Model.Goal.GoalLifecycleStatus.Active, "in-progress", "I gang"));
        return Task.CompletedTask;
    }
}
