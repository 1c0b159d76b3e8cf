using Caseload.Application.Board;
using Caseload.Application.Common;
using Caseload.Application.Courses;
using Caseload.Web.Hosting;
using Caseload.Web.Models;
using Caseload.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Caseload.Web.Areas.Leader.Controllers;

/// <summary>The team leader's caseload board and (re)assignment of primary workers. Every action is limited
/// to teams the user leads (checked in the services).</summary>
[Area("Leader")]
[Authorize(Policy = Policies.TeamLeader)]
public sealed class BoardController(CaseloadBoard board, CourseService courses) : Controller
{
    public async Task<IActionResult> Index(Guid? teamId, string? worker)
    {
        var view = await board.ForTeamAsync(teamId, worker);
        if (view is null) return teamId is null ? View("NoTeam") : NotFound();
        ViewData["Worker"] = worker;
        return View(view);
    }

    [HttpGet]
    public async Task<IActionResult> Reassign(Guid courseId)
    {
        var model = await ReassignModelAsync(courseId, null, null);
        return model is null ? NotFound() : View(model);
    }

    [HttpPost]
    public async Task<IActionResult> Reassign(Guid courseId, string? newWorkerId, string? reason)
    {
        var result = await courses.ReassignAsync(courseId, newWorkerId, reason);
        if (result.Succeeded)
        {
            var course = await courses.FindLedCourseAsync(courseId);
            TempData["Status"] = "Borgeren har fået ny tovholder.";
            return RedirectToAction(nameof(Index), new { teamId = course!.TeamId });
        }
        ModelState.AddErrors(result);
        var model = await ReassignModelAsync(courseId, newWorkerId, reason);
        return model is null ? NotFound() : View(model);
    }

    [HttpGet]
    public async Task<IActionResult> BulkReassign(Guid teamId, string from)
    {
        var model = await BulkModelAsync(teamId, from, null, null);
        return model is null ? NotFound() : View(model);
    }

    [HttpPost]
    public async Task<IActionResult> BulkReassign(Guid teamId, string from, string? toWorkerId, string? reason)
    {
        var (result, moved) = await courses.BulkReassignAsync(teamId, from, toWorkerId, reason);
        if (result.Succeeded)
        {
            TempData["Status"] = $"{moved} borgere har fået ny tovholder.";
            return RedirectToAction(nameof(Index), new { teamId });
        }
        ModelState.AddErrors(result);
        var model = await BulkModelAsync(teamId, from, toWorkerId, reason);
        return model is null ? NotFound() : View(model);
    }

    [HttpPost]
    public async Task<IActionResult> StartCourse(Guid citizenId, string? primaryWorkerId, DateOnly? startDate)
    {
        var result = startDate is null
            ? Result.Fail("Angiv startdato for forløbet.")
            : await courses.StartAsync(citizenId, primaryWorkerId, startDate.Value);
        TempData["Status"] = result.Succeeded ? "Forløbet er startet." : string.Join(" ", result.Errors.Select(e => e.Value));
        return RedirectToAction("Details", "Citizens", new { area = "Worker", id = citizenId });
    }

    [HttpPost]
    public async Task<IActionResult> AttachMember(Guid courseId, Guid citizenId, string? userId, string? discipline)
    {
        var result = await courses.AttachMemberAsync(courseId, userId, discipline);
        TempData["Status"] = result.Succeeded ? "Medarbejderen er tilknyttet forløbet." : string.Join(" ", result.Errors.Select(e => e.Value));
        return RedirectToAction("Details", "Citizens", new { area = "Worker", id = citizenId });
    }

    [HttpGet]
    public async Task<IActionResult> Close(Guid courseId)
    {
        var course = await courses.FindLedCourseAsync(courseId);
        return course is null ? NotFound() : View(new CloseCourseModel(course.Id, course.CitizenId, DateOnly.FromDateTime(DateTime.Today), null));
    }

    [HttpPost]
    public async Task<IActionResult> Close(Guid courseId, DateOnly? endDate, string? reason)
    {
        var course = await courses.FindLedCourseAsync(courseId);
        if (course is null) return NotFound();
        var result = endDate is null ? Result.Fail("Angiv slutdato.") : await courses.CloseAsync(courseId, endDate.Value, reason);
        if (result.Succeeded)
        {
            TempData["Status"] = "Forløbet er afsluttet. Historikken er bevaret.";
            return RedirectToAction("Details", "Citizens", new { area = "Worker", id = course.CitizenId });
        }
        ModelState.AddErrors(result);
        return View(new CloseCourseModel(courseId, course.CitizenId, endDate ?? DateOnly.FromDateTime(DateTime.Today), reason));
    }

    private async Task<ReassignModel?> ReassignModelAsync(Guid courseId, string? newWorkerId, string? reason)
    {
        var course = await courses.FindLedCourseAsync(courseId);
        if (course is null || !course.IsActive) return null;
        var workers = await courses.WorkersOfTeamAsync(course.TeamId);
        return new ReassignModel(course.Id, course.TeamId, course.CitizenId, await courses.CitizenNameAsync(course.CitizenId), course.PrimaryWorkerId,
            workers.FirstOrDefault(w => w.UserId == course.PrimaryWorkerId)?.Name ?? "", workers, newWorkerId, reason);
    }

    private async Task<BulkReassignModel?> BulkModelAsync(Guid teamId, string from, string? toWorkerId, string? reason)
    {
        var workers = await courses.WorkersOfTeamAsync(teamId);
        var fromWorker = workers.FirstOrDefault(w => w.UserId == from);
        if (fromWorker is null) return null;
        return new BulkReassignModel(teamId, fromWorker, await courses.BulkPreviewAsync(teamId, from), workers, toWorkerId, reason);
    }

}
