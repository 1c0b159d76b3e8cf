using Caseload.Application.Courses;
using Caseload.Application.Security;
using Caseload.Web.Hosting;
using Caseload.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Caseload.Web.Features.Courses;

/// <summary>Starting, reassigning, closing a course and attaching ACT disciplines: the team leader's actions,
/// limited to teams the user leads (the access scope's handles prove it; anything else answers 404).</summary>
[Authorize(Policy = Policies.TeamLeader)]
public sealed class CoursesController(CourseService courses) : Controller
{
    [HttpPost("borgere/{id:guid}/forloeb")]
    public async Task<IActionResult> Start(ScopedCitizen citizen, [FromForm] StartCourseInput input)
    {
        if (!citizen.LeadsTeam) return NotFound();
        var result = ModelState.IsValid ? await courses.StartAsync(citizen, input, HttpContext.RequestAborted) : null;
        TempData["Status"] = result?.Succeeded == true ? "Forløbet er startet." : ModelState.ErrorText(result);
        return Redirect($"/borgere/{citizen.Id}");
    }

    [HttpGet("forloeb/{id:guid}/tovholder")]
    public async Task<IActionResult> Reassign(LedCourse course)
    {
        var form = await courses.ReassignFormAsync(course, HttpContext.RequestAborted);
        return form is null ? NotFound() : View(new ReassignModel(form, new ReassignInput { Version = form.Version }));
    }

    [HttpPost("forloeb/{id:guid}/tovholder")]
    public async Task<IActionResult> Reassign(LedCourse course, [FromForm] ReassignInput input)
    {
        if (ModelState.IsValid && ModelState.AddErrors(await courses.ReassignAsync(course, input, HttpContext.RequestAborted)))
        {
            TempData["Status"] = "Borgeren har fået ny tovholder.";
            return Redirect($"/tavle?teamId={course.TeamId}");
        }
        var form = await courses.ReassignFormAsync(course, HttpContext.RequestAborted);
        if (form is null) return NotFound();
        // The current state (a conflict shows who is primary worker now); what was typed is kept, the version refreshed.
        input.Version = form.Version;
        return View(new ReassignModel(form, input));
    }

    [HttpGet("tavle/{teamId:guid}/flyt-alle")]
    public async Task<IActionResult> BulkReassign(LedTeam team, string? from)
    {
        var model = await BulkModelAsync(team, new BulkReassignInput { From = from });
        return model is null ? NotFound() : View(model);
    }

    [HttpPost("tavle/{teamId:guid}/flyt-alle")]
    public async Task<IActionResult> BulkReassign(LedTeam team, [FromQuery] string? from, [FromForm] BulkReassignInput input,
        [FromForm(Name = "visBelastning")] bool showLoad = false)
    {
        input.From = from; // whose citizens: part of the address, like the preview
        if (ModelState.IsValid && !showLoad) // "Vis belastning" only shows each worker's load after the chosen split
        {
            var result = await courses.BulkReassignAsync(team, input, HttpContext.RequestAborted);
            if (ModelState.AddErrors(result))
            {
                TempData["Status"] = global::Caseload.Domain.Common.DanishText.Count(result.Value, "borger", "borgere") + " har fået ny tovholder.";
                return Redirect($"/tavle?teamId={team.Id}");
            }
        }
        var model = await BulkModelAsync(team, input);
        return model is null ? NotFound() : View(model);
    }

    [HttpPost("forloeb/{id:guid}/tilknyt")]
    public async Task<IActionResult> AttachMember(LedCourse course, [FromForm] AttachMemberInput input)
    {
        var result = ModelState.IsValid ? await courses.AttachMemberAsync(course, input, HttpContext.RequestAborted) : null;
        TempData["Status"] = result?.Succeeded == true ? "Medarbejderen er tilknyttet forløbet." : ModelState.ErrorText(result);
        return Redirect($"/borgere/{course.CitizenId}");
    }

    [HttpGet("forloeb/{id:guid}/afslut")]
    public async Task<IActionResult> Close(LedCourse course)
    {
        var input = await courses.CloseFormAsync(course, HttpContext.RequestAborted);
        return input is null ? NotFound() : View(new CloseCourseModel(course.Id, course.CitizenId, input));
    }

    [HttpPost("forloeb/{id:guid}/afslut")]
    public async Task<IActionResult> Close(LedCourse course, [FromForm] CloseCourseInput input)
    {
        if (ModelState.IsValid && ModelState.AddErrors(await courses.CloseAsync(course, input, HttpContext.RequestAborted)))
        {
            TempData["Status"] = "Forløbet er afsluttet. Historikken er bevaret.";
            return Redirect($"/borgere/{course.CitizenId}");
        }
        return View(new CloseCourseModel(course.Id, course.CitizenId, input));
    }

    private async Task<BulkReassignModel?> BulkModelAsync(LedTeam team, BulkReassignInput input)
    {
        var workers = await courses.WorkersAsync(team, HttpContext.RequestAborted);
        var from = workers.FirstOrDefault(w => w.UserId == input.From);
        if (from is null) return null;
        return new BulkReassignModel(team.Id, from, await courses.BulkPreviewAsync(team, from.UserId, HttpContext.RequestAborted), workers, input);
    }
}
