using Caseload.Application.Cti;
using Caseload.Application.Security;
using Caseload.Domain.Cti;
using Caseload.Web.Hosting;
using Caseload.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Caseload.Web.Features.Cti;

/// <summary>The CTI course page and its steps (ADR 0007: the engine's own feature folder). Its pages open the
/// citizen's record (an audited read, ADR 0025); every change goes through <see cref="CtiService"/>.</summary>
[Authorize(Policy = Policies.CitizenRecords)]
[Route("borgere/{id:guid}/cti")]
public sealed class CtiController(CtiService cti, CtiQueries queries) : Controller
{
    private CancellationToken Ct => HttpContext.RequestAborted;

    [HttpGet("")]
    public async Task<IActionResult> Course([OpensRecord("CTI-forløb")] ScopedCitizen citizen)
    {
        var course = await queries.CourseAsync(citizen, Ct);
        return course is null ? NotFound() : View(course);
    }

    [HttpPost("start")]
    public async Task<IActionResult> Start(ScopedCitizen citizen, [FromForm] StartCtiInput input)
    {
        if (!citizen.LeadsTeam) return NotFound();
        var result = ModelState.IsValid ? await cti.StartAsync(citizen, input, Ct) : null;
        TempData["Status"] = result?.Succeeded == true ? "CTI-forløbet er startet med kontaktskabelse." : ModelState.ErrorText(result);
        return Redirect(result?.Succeeded == true ? $"/borgere/{citizen.Id}/cti" : $"/borgere/{citizen.Id}");
    }

    [HttpPost("kontaktskabelse")]
    public async Task<IActionResult> ContactPeriod(ScopedCitizen citizen, [FromForm] ContactPeriodInput input)
    {
        var result = ModelState.IsValid ? await cti.UpdateContactPeriodAsync(citizen, input, Ct) : null;
        TempData["Status"] = result?.Succeeded == true ? "Kontaktskabelsen er opdateret." : ModelState.ErrorText(result);
        return Redirect($"/borgere/{citizen.Id}/cti");
    }

    [HttpGet("overgang/{step}")]
    public async Task<IActionResult> Transition([OpensRecord("CTI-faseskift")] ScopedCitizen citizen, [FromRoute] string step)
    {
        var course = await queries.CourseAsync(citizen, Ct);
        if (course is null || CtiSlugs.Transition(step) is not { } kind || course.Next != kind || !course.MayChange) return NotFound();
        var input = new TransitionInput
        {
            Date = course.Plan?.PlannedDateOf(kind) is { } planned && planned <= course.Today ? planned : course.Today,
            Version = course.Version,
            Checklist = CtiChecklists.For(kind).Select(_ => new ChecklistItemInput()).ToList(),
        };
        return View(new TransitionModel(course, kind, input));
    }

    [HttpPost("overgang/{step}")]
    public async Task<IActionResult> Transition(ScopedCitizen citizen, [FromRoute] string step, [FromForm] TransitionInput input)
    {
        if (CtiSlugs.Transition(step) is not { } kind) return NotFound();
        while (input.Checklist.Count < CtiChecklists.For(kind).Count) input.Checklist.Add(new ChecklistItemInput());
        if (ModelState.IsValid && ModelState.AddErrors(await cti.AdvanceAsync(citizen, kind, input, Ct)))
        {
            TempData["Status"] = $"{kind.Danish()} er registreret.";
            return Redirect($"/borgere/{citizen.Id}/cti");
        }
        var course = await queries.CourseAsync(citizen, Ct);
        return course is null ? NotFound() : View(new TransitionModel(course, kind, input));
    }

    [HttpGet("afbryd")]
    public async Task<IActionResult> Interrupt([OpensRecord("Afbrydelse af CTI-forløb")] ScopedCitizen citizen)
    {
        var course = await queries.CourseAsync(citizen, Ct);
        if (course is null || !course.MayChange) return NotFound();
        return View(new InterruptModel(course, new InterruptInput { Date = course.Today, Version = course.Version }));
    }

    [HttpPost("afbryd")]
    public async Task<IActionResult> Interrupt(ScopedCitizen citizen, [FromForm] InterruptInput input)
    {
        if (ModelState.IsValid && ModelState.AddErrors(await cti.InterruptAsync(citizen, input, Ct)))
        {
            TempData["Status"] = "CTI-forløbet er registreret som afbrudt. Historikken er bevaret.";
            return Redirect($"/borgere/{citizen.Id}/cti");
        }
        var course = await queries.CourseAsync(citizen, Ct);
        return course is null ? NotFound() : View(new InterruptModel(course, input));
    }

    [HttpGet("maaling/{point}")]
    public async Task<IActionResult> Measurement([OpensRecord("CTI-måling")] ScopedCitizen citizen, [FromRoute] string point)
    {
        var course = await queries.CourseAsync(citizen, Ct);
        if (course is null || CtiSlugs.Point(point) is not { } p || !course.MayChange) return NotFound();
        var m = course.MeasurementAt(p);
        var input = m is null
            ? new MeasurementInput { Point = p, Date = course.Today }
            : new MeasurementInput
            {
                Point = p, Date = m.Date, Who5Cheerful = m.Who5[0], Who5Calm = m.Who5[1], Who5Active = m.Who5[2], Who5Rested = m.Who5[3],
                Who5Interested = m.Who5[4], LifeSituation = m.LifeSituation, Housing = m.Housing, SubstanceUse = m.SubstanceUse,
                Readiness = m.Readiness, CitizensWords = m.CitizensWords,
            };
        return View(new MeasurementModel(course, p, input));
    }

    [HttpPost("maaling/{point}")]
    public async Task<IActionResult> Measurement(ScopedCitizen citizen, [FromRoute] string point, [FromForm] MeasurementInput input)
    {
        if (CtiSlugs.Point(point) is not { } p) return NotFound();
        input.Point = p;
        if (ModelState.IsValid && ModelState.AddErrors(await cti.RecordMeasurementAsync(citizen, input, Ct)))
        {
            TempData["Status"] = $"Målingen ved {p.Danish().ToLowerInvariant()} er gemt.";
            return Redirect($"/borgere/{citizen.Id}/cti");
        }
        var course = await queries.CourseAsync(citizen, Ct);
        return course is null ? NotFound() : View(new MeasurementModel(course, p, input));
    }

    [HttpGet("maal")]
    public async Task<IActionResult> Goal([OpensRecord("CTI-mål")] ScopedCitizen citizen, [FromQuery] Guid? goal)
    {
        var course = await queries.CourseAsync(citizen, Ct);
        if (course is null || !course.MayChange) return NotFound();
        var existing = course.Goals.FirstOrDefault(g => g.Id == goal);
        if (goal is not null && existing is null) return NotFound();
        var input = existing is null ? new GoalInput { Status = GoalStatus.NotStarted }
            : new GoalInput { GoalId = existing.Id, Goal = existing.Goal, Activities = existing.Activities, Support = existing.Support, Status = existing.Status };
        return View(new GoalModel(course, input));
    }

    [HttpPost("maal")]
    public async Task<IActionResult> Goal(ScopedCitizen citizen, [FromForm] GoalInput input)
    {
        if (ModelState.IsValid && ModelState.AddErrors(await cti.SaveGoalAsync(citizen, input, Ct)))
        {
            TempData["Status"] = "Målet er gemt i den langsigtede plan.";
            return Redirect($"/borgere/{citizen.Id}/cti#plan");
        }
        var course = await queries.CourseAsync(citizen, Ct);
        return course is null ? NotFound() : View(new GoalModel(course, input));
    }

    [HttpGet("overdragelse")]
    public async Task<IActionResult> Handover([OpensRecord("CTI-overdragelsesmøde")] ScopedCitizen citizen)
    {
        var course = await queries.CourseAsync(citizen, Ct);
        if (course is null || !course.MayChange) return NotFound();
        return View(new HandoverModel(course, PlanOf(course), new HandoverMeetingInput { Date = course.Plan?.HandoverMeetingDue }));
    }

    [HttpPost("overdragelse")]
    public async Task<IActionResult> Handover(ScopedCitizen citizen, [FromForm] HandoverPlanInput plan)
    {
        if (ModelState.IsValid && ModelState.AddErrors(await cti.SaveHandoverPlanAsync(citizen, plan, Ct)))
        {
            TempData["Status"] = "Overdragelsesplanen er gemt.";
            return Redirect($"/borgere/{citizen.Id}/cti/overdragelse");
        }
        var course = await queries.CourseAsync(citizen, Ct);
        return course is null ? NotFound() : View(new HandoverModel(course, plan, new HandoverMeetingInput()));
    }

    [HttpPost("overdragelse/moede")]
    public async Task<IActionResult> HandoverMeeting(ScopedCitizen citizen, [FromForm(Name = "Meeting")] HandoverMeetingInput meeting)
    {
        if (ModelState.IsValid && ModelState.AddErrors(await cti.AddHandoverMeetingAsync(citizen, meeting, Ct), "Meeting"))
        {
            TempData["Status"] = meeting.Held ? "Overdragelsesmødet er registreret som holdt." : "Overdragelsesmødet er booket.";
            return Redirect($"/borgere/{citizen.Id}/cti/overdragelse");
        }
        var course = await queries.CourseAsync(citizen, Ct);
        return course is null ? NotFound() : View("Handover", new HandoverModel(course, PlanOf(course), meeting));
    }

    [HttpPost("overdragelse/moede/{meetingId}/holdt")]
    public async Task<IActionResult> HandoverMeetingHeld(ScopedCitizen citizen, [FromRoute] string meetingId)
    {
        var result = await cti.MarkHandoverMeetingHeldAsync(citizen, meetingId, Ct);
        TempData["Status"] = result.Succeeded ? "Mødet er markeret som holdt." : string.Join(" ", result.Errors.Select(e => e.Value));
        return Redirect($"/borgere/{citizen.Id}/cti/overdragelse");
    }

    private static HandoverPlanInput PlanOf(CtiCourseView c) => new()
    {
        LongTermNeeds = c.LongTermNeeds, SupportAfterCourse = c.SupportAfterCourse, ResponsiblePersonName = c.ResponsiblePersonName,
        ResponsiblePersonRole = c.ResponsiblePersonRole, ResponsiblePersonContact = c.ResponsiblePersonContact,
    };
}
