using Caseload.Application.Implementation;
using Caseload.Application.Security;
using Caseload.Domain.Implementation;
using Caseload.Web.Hosting;
using Caseload.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Caseload.Web.Features.Implementation;

public sealed record GroupsPageModel(GroupsView View, GroupsInput Input, MeetingMinutesInput Meeting);

/// <summary>The steering group and implementation team of a project, and the minutes of their meetings (issue #15 item 1).</summary>
[Authorize(Policy = Policies.Implementation)]
[Route("implementering/{projectId:guid}/grupper")]
public sealed class GroupsController(ImplementationGroupsService groups, Application.Common.Time.IDanishClock clock) : Controller
{
    public const int BlankMembers = 3;

    private CancellationToken Ct => HttpContext.RequestAborted;

    [HttpGet("")]
    public async Task<IActionResult> Index(OwnRecord<ImplementationProject> project)
        => await groups.GroupsAsync(project, Ct) is { } v ? Page(v, InputOf(v), NewMeeting()) : NotFound();

    [HttpPost("")]
    public async Task<IActionResult> Save(OwnRecord<ImplementationProject> project, [FromForm(Name = "Input")] GroupsInput input)
    {
        if (ModelState.IsValid && ModelState.AddErrors(await groups.SaveGroupsAsync(project, input, Ct), "Input"))
        {
            TempData["Status"] = "Styregruppe og implementeringsteam er gemt.";
            return Redirect($"/implementering/{project.Id}/grupper");
        }
        return await groups.GroupsAsync(project, Ct) is { } v ? Page(v, input, NewMeeting()) : NotFound();
    }

    [HttpPost("moeder")]
    public async Task<IActionResult> AddMeeting(OwnRecord<ImplementationProject> project, [FromForm(Name = "Meeting")] MeetingMinutesInput meeting)
    {
        if (ModelState.IsValid && ModelState.AddErrors(await groups.AddMeetingAsync(project, meeting, Ct), "Meeting"))
        {
            TempData["Status"] = "Mødet og referatet er gemt.";
            return Redirect($"/implementering/{project.Id}/grupper#moeder");
        }
        return await groups.GroupsAsync(project, Ct) is { } v ? Page(v, InputOf(v), meeting) : NotFound();
    }

    private ViewResult Page(GroupsView v, GroupsInput input, MeetingMinutesInput meeting)
    {
        Shared.FormRows.WithBlanks(input.Members, m => m.Id == Guid.Empty && string.IsNullOrWhiteSpace(m.Name), () => new GroupMemberInput(), BlankMembers);
        return View("Groups", new GroupsPageModel(v, input, meeting));
    }

    private MeetingMinutesInput NewMeeting() => new() { Group = ImplementationGroup.ImplementationTeam, HeldOn = clock.Today };

    private static GroupsInput InputOf(GroupsView v) => new()
    {
        Version = v.Version,
        Members = [.. v.Members.Select(m => new GroupMemberInput { Id = m.Id, Group = m.Group, Name = m.Name, Organisation = m.Organisation, Role = m.Role })],
    };
}
