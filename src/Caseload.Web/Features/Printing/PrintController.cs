using Caseload.Application.ActionPlans;
using Caseload.Application.Agreements;
using Caseload.Application.Citizens;
using Caseload.Application.Common.Time;
using Caseload.Application.Cti;
using Caseload.Domain.Cti;
using Caseload.Application.Documents;
using Caseload.Application.Meetings;
using Caseload.Application.NetworkMaps;
using Caseload.Application.Outreach;
using Caseload.Application.Printing;
using Caseload.Application.Security;
using Caseload.Web.Hosting;
using Caseload.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace Caseload.Web.Features.Printing;

/// <summary>
/// Every template as a print view (HTML for the printer) and as an A4 PDF made by Chromium from the same view (ADR 0018).
/// The CPR number is masked and a secret address left out unless the user chooses otherwise; each print is audited
/// with the document and its version. File names carry initials and the date, never a CPR number.
/// </summary>
[Authorize(Policy = Policies.CitizenRecords)]
[Route("borgere/{id:guid}/udskrift")]
public sealed class PrintController(PrintService printing, PrintOutput output, IOptions<PrintOptions> options) : Controller
{
    private CancellationToken Ct => HttpContext.RequestAborted;

    [HttpGet("netvaerkskort")]
    public async Task<IActionResult> NetworkMap(ScopedCitizen citizen, [FromServices] NetworkMapQueries maps, bool pdf = false, bool fuldtCpr = false, bool hemmeligAdresse = false)
        => await PrintAsync(citizen, pdf, fuldtCpr, hemmeligAdresse, async c =>
        {
            var map = await maps.MapAsync(c, Ct);
            return !map.Exists ? null : new Doc<NetworkMapView>("Netværkskort", "Netvaerkskort", $"version {map.Versions.Count}, gemt {DanishFormat.Time(map.LastSavedAt!.Value)}",
                "NetworkMap", $"/borgere/{citizen.Id}/netvaerkskort", map);
        });

    [HttpGet("samarbejdsaftale/{agreementId:guid}")]
    public async Task<IActionResult> Agreement(ScopedCitizen citizen, [FromRoute] Guid agreementId, [FromServices] AgreementQueries agreements, bool pdf = false, bool fuldtCpr = false, bool hemmeligAdresse = false)
        => await PrintAsync(citizen, pdf, fuldtCpr, hemmeligAdresse, async c =>
            await agreements.AgreementAsync(c, agreementId, Ct) is { Id: not null } a
                ? new Doc<AgreementView>("Samarbejdsaftale", "Samarbejdsaftale", Saved(a.SavedAt), "Agreement", $"/borgere/{citizen.Id}/samarbejdsaftaler/{agreementId}", a)
                : null);

    [HttpGet("indsatsplan")]
    public async Task<IActionResult> ActionPlan(ScopedCitizen citizen, [FromServices] ActionPlanService plans, bool pdf = false, bool fuldtCpr = false, bool hemmeligAdresse = false)
        => await PrintAsync(citizen, pdf, fuldtCpr, hemmeligAdresse, async c =>
            await plans.PlanAsync(c, Ct) is { Revisions.Count: > 0 } p
                ? new Doc<ActionPlanView>("ACT-indsatsplan", "ACT-indsatsplan", $"revision {p.Revisions[0].Number} af {DanishFormat.Time(p.Revisions[0].SavedAt)}",
                    "ActionPlan", $"/borgere/{citizen.Id}/indsatsplan", p)
                : null);

    [HttpGet("cti-plan")]
    public async Task<IActionResult> CtiPlan(ScopedCitizen citizen, [FromServices] CtiQueries cti, bool pdf = false, bool fuldtCpr = false, bool hemmeligAdresse = false)
        => await PrintAsync(citizen, pdf, fuldtCpr, hemmeligAdresse, async c =>
            await cti.CourseAsync(c, Ct) is { } course
                ? new Doc<CtiCourseView>("CTI – langsigtet plan og overdragelsesplan", "CTI-plan", $"forløbets status: {course.Stage.Danish()}", "CtiPlan", $"/borgere/{citizen.Id}/cti", course)
                : null);

    [HttpGet("cti-maalinger")]
    public async Task<IActionResult> CtiMeasurements(ScopedCitizen citizen, [FromServices] CtiQueries cti, bool pdf = false, bool fuldtCpr = false, bool hemmeligAdresse = false)
        => await PrintAsync(citizen, pdf, fuldtCpr, hemmeligAdresse, async c =>
            await cti.CourseAsync(c, Ct) is { } course
                ? new Doc<CtiCourseView>("CTI – målinger", "CTI-maalinger", $"{course.Measurements.Count} målinger", "CtiMeasurements", $"/borgere/{citizen.Id}/cti", course)
                : null);

    [HttpGet("koordinerende-moede/{meetingId:guid}")]
    public Task<IActionResult> MeetingAgenda(ScopedCitizen citizen, [FromRoute] Guid meetingId, [FromServices] MeetingQueries meetings, bool pdf = false, bool fuldtCpr = false,
        bool hemmeligAdresse = false)
        => Meeting(citizen, meetingId, meetings, minutes: false, pdf, fuldtCpr, hemmeligAdresse);

    [HttpGet("koordinerende-moede/{meetingId:guid}/referat")]
    public Task<IActionResult> MeetingMinutes(ScopedCitizen citizen, [FromRoute] Guid meetingId, [FromServices] MeetingQueries meetings, bool pdf = false, bool fuldtCpr = false,
        bool hemmeligAdresse = false)
        => Meeting(citizen, meetingId, meetings, minutes: true, pdf, fuldtCpr, hemmeligAdresse);

    private Task<IActionResult> Meeting(ScopedCitizen citizen, Guid meetingId, MeetingQueries meetings, bool minutes, bool pdf, bool fuldtCpr, bool hemmeligAdresse)
        => PrintAsync(citizen, pdf, fuldtCpr, hemmeligAdresse, async c =>
            await meetings.MeetingAsync(c, meetingId, Ct) is { Id: not null } m
                ? new Doc<MeetingPrint>(minutes ? "Koordinerende møde – referat" : "Koordinerende møde – invitation og dagsorden",
                    minutes ? "Referat" : "Dagsorden", Saved(m.SavedAt), "Meeting", $"/borgere/{citizen.Id}/koordinerende-moeder/{meetingId}", new MeetingPrint(m, minutes))
                : null);

    [HttpGet("screening/{referralId:guid}")]
    public async Task<IActionResult> Screening(ScopedCitizen citizen, [FromRoute] Guid referralId, [FromServices] ReferralQueries referrals, bool pdf = false, bool fuldtCpr = false, bool hemmeligAdresse = false)
        => await PrintAsync(citizen, pdf, fuldtCpr, hemmeligAdresse, async c =>
            await referrals.ReferralAsync(c, referralId, Ct) is { } r
                ? new Doc<ReferralView>("Screeningsskema – fremskudt sagsbehandling", "Screeningsskema", r.ScreenedOn is { } s ? $"screenet {DanishFormat.Date(s)}" : "ikke screenet endnu",
                    "Screening", $"/borgere/{citizen.Id}/fs/henvendelser/{referralId}", r)
                : null);

    [HttpGet("oversigt")]
    public async Task<IActionResult> Summary(ScopedCitizen citizen, [FromServices] CitizenQueries citizens, [FromServices] CitizenDocuments documents, bool pdf = false, bool fuldtCpr = false,
        bool hemmeligAdresse = false)
        => await PrintAsync(citizen, pdf, fuldtCpr, hemmeligAdresse, async c =>
            new Doc<CitizenSummaryPrint>("Borgeroversigt", "Borgeroversigt", "oplysningerne som de er nu",
                "CitizenSummary", $"/borgere/{citizen.Id}", new CitizenSummaryPrint(await citizens.MasterDataAsync(c, Ct), await documents.ForCitizenAsync(c, Ct))));

    /// <summary>One document to print: its title, the file name's first part, its version, the print view and the page it belongs to.</summary>
    private sealed record Doc<T>(string Title, string FileStem, string Version, string View, string BackUrl, T Document);

    private async Task<IActionResult> PrintAsync<T>(ScopedCitizen citizen, bool pdf, bool fullCpr, bool secretAddress, Func<ScopedCitizen, Task<Doc<T>?>> load)
    {
        var doc = await load(citizen);
        if (doc is null) return NotFound();
        var choices = new PrintChoices(fullCpr, secretAddress && citizen.MaySeeSecretAddress);
        var head = await printing.CitizenAsync(citizen, choices, Ct);
        await printing.RecordAsync(citizen, doc.Title, doc.Version, pdf, choices, Ct);
        var page = new PrintPage(head, head.TeamName, doc.Title, doc.Version, options.Value.Municipality, pdf, choices, citizen.MaySeeSecretAddress,
            Request.Path, doc.BackUrl, head.PrintedAt);
        return await output.ViewOrPdfAsync(this, $"~/Features/Printing/{doc.View}.cshtml", page, doc.Document,
            PrintOutput.FileName(doc.FileStem, head.Initials, head.PrintedAt));
    }

    private static string Saved(DateTime? at) => at is { } t ? $"gemt {DanishFormat.Time(t)}" : "ikke gemt";
}

/// <summary>The meeting as invitation and agenda, or as minutes.</summary>
public sealed record MeetingPrint(MeetingView Meeting, bool Minutes);

/// <summary>The citizen summary: the record and the documents.</summary>
public sealed record CitizenSummaryPrint(CitizenMasterData Record, CitizenDocumentsSummary Documents);
