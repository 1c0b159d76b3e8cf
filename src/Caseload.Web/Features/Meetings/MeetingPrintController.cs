using Caseload.Application.Meetings;
using Caseload.Application.Printing;
using Caseload.Application.Security;
using Caseload.Web.Features.Printing;
using Caseload.Web.Hosting;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace Caseload.Web.Features.Meetings;

/// <summary>The meeting as invitation and agenda, or as minutes.</summary>
public sealed record MeetingPrint(MeetingView Meeting, bool Minutes);

/// <summary>A coordinating meeting's invitation and agenda, or its minutes, printed or as PDF (ADR 0018, ADR 0023).</summary>
public sealed class MeetingPrintController(PrintService printing, PrintOutput output, IOptions<PrintOptions> options,
    MeetingQueries meetings) : CitizenPrintController(printing, output, options)
{
    [HttpGet("koordinerende-moede/{meetingId:guid}")]
    public Task<IActionResult> MeetingAgenda(ScopedCitizen citizen, [FromRoute] Guid meetingId, bool pdf = false, bool fuldtCpr = false, bool hemmeligAdresse = false)
        => Meeting(citizen, meetingId, minutes: false, pdf, fuldtCpr, hemmeligAdresse);

    [HttpGet("koordinerende-moede/{meetingId:guid}/referat")]
    public Task<IActionResult> MeetingMinutes(ScopedCitizen citizen, [FromRoute] Guid meetingId, bool pdf = false, bool fuldtCpr = false, bool hemmeligAdresse = false)
        => Meeting(citizen, meetingId, minutes: true, pdf, fuldtCpr, hemmeligAdresse);

    private Task<IActionResult> Meeting(ScopedCitizen citizen, Guid meetingId, bool minutes, bool pdf, bool fuldtCpr, bool hemmeligAdresse)
        => PrintAsync(citizen, pdf, fuldtCpr, hemmeligAdresse, async c =>
            await meetings.MeetingAsync(c, meetingId, Ct) is { Id: not null } m
                ? new PrintDoc<MeetingPrint>(minutes ? "Koordinerende møde – referat" : "Koordinerende møde – invitation og dagsorden",
                    minutes ? "Referat" : "Dagsorden", Saved(m.SavedAt), "~/Features/Meetings/PrintMeeting.cshtml",
                    $"/borgere/{citizen.Id}/koordinerende-moeder/{meetingId}", new MeetingPrint(m, minutes))
                : null);
}
