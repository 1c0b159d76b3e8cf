using System.Text.Encodings.Web;
using System.Text.Json;
using Caseload.Application.Common.Time;
using Caseload.Application.DataProtection;
using Caseload.Application.Engines;
using Caseload.Application.Printing;
using Caseload.Application.Security;
using Caseload.Domain.Auditing;
using Caseload.Web.Features.Printing;
using Caseload.Web.Hosting;
using Caseload.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace Caseload.Web.Features.DataProtection;

/// <summary>
/// The insight package (issue #33 item 3, ADR 0052): everything recorded about one citizen and who read or changed it, as
/// a print view, a PDF (the same Chromium path as every print) or JSON. An administrator or the citizen's primary worker
/// may produce it; anyone else in the team is refused (403), anyone outside it never gets here (404, ADR 0025).
/// </summary>
[Authorize(Policy = Policies.CitizenRecords)]
[Route("borgere/{id:guid}/indsigt")]
public sealed class InsightController(InsightService insight, InsightDownloads downloads) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Package(ScopedCitizen citizen, bool pdf = false, bool fuldtCpr = false)
        => insight.MayProduce(citizen) ? await downloads.PackageAsync(this, citizen, pdf, fuldtCpr, $"/borgere/{citizen.Id}/udskrift") : Forbid();

    [HttpGet("json")]
    public async Task<IActionResult> Json(ScopedCitizen citizen)
        => insight.MayProduce(citizen) ? await downloads.JsonAsync(this, citizen) : Forbid();
}

/// <summary>The package as a print view, a PDF or a JSON file — for the citizen's page and for an administrator's request
/// by CPR number (<see cref="InsightRequestController"/>). Producing it is audited by <see cref="InsightService"/>.</summary>
public sealed class InsightDownloads(InsightService insight, PrintService printing, PrintOutput output, IOptions<PrintOptions> options)
{
    public async Task<IActionResult> PackageAsync(Controller controller, ScopedCitizen citizen, bool pdf, bool fullCpr, string back)
    {
        var ct = controller.HttpContext.RequestAborted;
        var package = await insight.ProduceAsync(citizen, pdf ? "PDF" : "udskrift", fullCpr, ct);
        if (package is null) return controller.Forbid();
        var choices = new PrintChoices(fullCpr, false);
        var head = await printing.CitizenAsync(citizen, choices, ct);
        var page = new PrintPage(head, head.TeamName, InsightService.Document, "alt registreret pr. " + DanishFormat.Time(package.ProducedAt),
            options.Value.Municipality, pdf, choices, false, controller.Request.Path, back, head.PrintedAt);
        return await output.ViewOrPdfAsync(controller, "~/Features/DataProtection/Insight.cshtml", page, InsightView.From(package),
            PrintOutput.FileName(InsightService.Document, head.Initials, head.PrintedAt));
    }

    public async Task<IActionResult> JsonAsync(Controller controller, ScopedCitizen citizen)
    {
        var package = await insight.ProduceAsync(citizen, "JSON", fullCpr: true, controller.HttpContext.RequestAborted);
        if (package is null) return controller.Forbid();
        var initials = Domain.Common.NameInitials.Compact(citizen.Name);
        var file = PrintOutput.FileName(InsightService.Document, initials, package.ProducedAt)[..^4] + ".json";
        return controller.File(JsonSerializer.SerializeToUtf8Bytes(InsightJson.From(package, options.Value.Municipality), InsightJson.Options), "application/json", file);
    }
}

/// <summary>The package as the print view shows it: Danish action and record names, Danish times.</summary>
public sealed record InsightView(CitizenDataRecord Citizen, IReadOnlyList<CitizenDataSection> Sections, IReadOnlyList<InsightView.Access> AccessLog)
{
    public sealed record Access(string At, string Who, string Action, string Record);

    public static InsightView From(InsightPackage p)
        => new(p.Citizen, p.Sections, [.. p.AccessLog.Select(a => new Access(DanishFormat.Time(a.At), a.Who, AuditActionNames.Danish(a.Action),
            Infrastructure.Auditing.AuditNameRegistry.DanishName(a.EntityType)))]);
}

/// <summary>The JSON download: Danish keys, Danish local times, the full CPR number (the package is for the citizen).</summary>
public static class InsightJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerOptions.Web)
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, // æ, ø and å readable in the file
    };

    public static object From(InsightPackage p, string municipality) => new Dictionary<string, object?>
    {
        ["dokument"] = InsightService.Document,
        ["kommune"] = municipality,
        ["udarbejdet"] = DanishTime.ToLocal(p.ProducedAt).ToString("yyyy-MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture),
        ["borger"] = Fields(p.Citizen),
        ["afsnit"] = p.Sections.Select(s => new Dictionary<string, object?>
        {
            ["titel"] = s.Title,
            ["poster"] = s.Records.Select(Fields).ToList(),
        }).ToList(),
        ["adgangslog"] = p.AccessLog.Select(a => new Dictionary<string, object?>
        {
            ["tidspunkt"] = DanishTime.ToLocal(a.At).ToString("yyyy-MM-dd HH:mm:ss", System.Globalization.CultureInfo.InvariantCulture),
            ["hvem"] = a.Who,
            ["handling"] = AuditActionNames.Danish(a.Action),
            ["oplysning"] = Infrastructure.Auditing.AuditNameRegistry.DanishName(a.EntityType),
        }).ToList(),
    };

    private static Dictionary<string, string?> Fields(CitizenDataRecord r)
    {
        var fields = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var f in r.Fields) fields.TryAdd(f.Name, f.Value);
        return fields;
    }
}

/// <summary>The audit log's actions in Danish (as on "Logning").</summary>
public static class AuditActionNames
{
    public static string Danish(AuditAction a) => a switch
    {
        AuditAction.Created => "Oprettet",
        AuditAction.Updated => "Ændret",
        AuditAction.Deleted => "Slettet",
        AuditAction.Viewed => "Set",
        AuditAction.RevealedCpr => "Vist CPR",
        AuditAction.Printed => "Udskrevet",
        AuditAction.Searched => "Søgt",
        AuditAction.SignedIn => "Logget ind",
        AuditAction.SignInFailed => "Mislykket login",
        AuditAction.LockedOut => "Låst",
        AuditAction.Downloaded => "Hentet",
        _ => a.ToString(),
    };
}
