using Caseload.Application.Common;
using Caseload.Application.Users;
using Caseload.Web.Hosting;
using Caseload.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Caseload.Web.Features.Admin.Users;

/// <summary>Users: create, edit roles and teams, deactivate (never delete), set a password, unlock. The service
/// validates and saves each change in one transaction.</summary>
[Authorize(Policy = Policies.Admin)]
[Route("admin/brugere")]
public sealed class UsersController(IUserAdministration admin, ICurrentUser me) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(string? q) => View(new UserListModel(q, await admin.ListAsync(q, HttpContext.RequestAborted)));

    [HttpGet("ny")]
    public async Task<IActionResult> Create() => View(await admin.GetInputAsync(null, HttpContext.RequestAborted));

    [HttpPost("ny")]
    public async Task<IActionResult> Create([FromForm] UserInput input)
    {
        if (!ModelState.IsValid) return View(await WithTeamNamesAsync(input));
        var result = await admin.CreateAsync(input, HttpContext.RequestAborted);
        if (!ModelState.AddErrors(result)) return View(await WithTeamNamesAsync(input));
        TempData["Status"] = $"Brugeren {input.FullName} er oprettet.";
        return Redirect("/admin/brugere");
    }

    [HttpGet("{id}")]
    public async Task<IActionResult> Edit([FromRoute] string id)
    {
        var input = await admin.GetInputAsync(id, HttpContext.RequestAborted);
        if (input is null) return NotFound();
        return await EditView(id, input);
    }

    [HttpPost("{id}")]
    public async Task<IActionResult> Edit([FromRoute] string id, [FromForm] UserInput input)
    {
        if (await admin.FindAsync(id, HttpContext.RequestAborted) is null) return NotFound();
        if (!ModelState.IsValid || !ModelState.AddErrors(await admin.UpdateAsync(id, input, HttpContext.RequestAborted)))
            return await EditView(id, await WithTeamNamesAsync(input));
        TempData["Status"] = $"Ændringerne for {input.FullName} er gemt.";
        return Redirect("/admin/brugere");
    }

    [HttpPost("{id}/deaktiver")]
    public async Task<IActionResult> Deactivate([FromRoute] string id)
    {
        if (id == me.UserId)
        {
            TempData["Status"] = "Du kan ikke deaktivere dig selv.";
            return Redirect($"/admin/brugere/{id}");
        }
        return await Done(await admin.SetActiveAsync(id, false, HttpContext.RequestAborted), id, "Brugeren er deaktiveret og kan ikke længere logge ind.");
    }

    [HttpPost("{id}/aktiver")]
    public async Task<IActionResult> Activate([FromRoute] string id)
        => await Done(await admin.SetActiveAsync(id, true, HttpContext.RequestAborted), id, "Brugeren er aktiveret igen.");

    [HttpPost("{id}/laas-op")]
    public async Task<IActionResult> Unlock([FromRoute] string id)
        => await Done(await admin.UnlockAsync(id, HttpContext.RequestAborted), id, "Brugeren er låst op.");

    [HttpPost("{id}/to-faktor-nulstil")]
    public async Task<IActionResult> ResetTwoFactor([FromRoute] string id)
        => await Done(await admin.ResetTwoFactorAsync(id, HttpContext.RequestAborted), id,
            "To-faktor er nulstillet. Brugeren er logget ud og sætter to-faktor op igen ved næste log ind.");

    [HttpPost("{id}/adgangskode")]
    public async Task<IActionResult> SetPassword([FromRoute] string id, [FromForm] string? newPassword)
    {
        var result = await admin.SetPasswordAsync(id, newPassword, HttpContext.RequestAborted);
        if (result.Succeeded) return await Done(result, id, "Den nye adgangskode er sat. Giv den til brugeren ad en sikker vej.");
        ModelState.AddErrors(result);
        var input = await admin.GetInputAsync(id, HttpContext.RequestAborted);
        return input is null ? NotFound() : await EditView(id, input);
    }

    private async Task<IActionResult> EditView(string id, UserInput input)
    {
        var user = await admin.FindAsync(id, HttpContext.RequestAborted);
        return user is null ? NotFound() : View("Edit", new UserEditModel(user, input));
    }

    /// <summary>A posted form carries team ids only: the names are looked up again for showing it.</summary>
    private async Task<UserInput> WithTeamNamesAsync(UserInput input)
    {
        var blank = await admin.GetInputAsync(null, HttpContext.RequestAborted);
        foreach (var team in input.Teams)
            team.TeamName = blank!.Teams.FirstOrDefault(t => t.TeamId == team.TeamId)?.TeamName ?? "";
        return input;
    }

    private async Task<IActionResult> Done(Result result, string id, string message)
    {
        if (await admin.FindAsync(id, HttpContext.RequestAborted) is null) return NotFound();
        TempData["Status"] = result.Succeeded ? message : string.Join(" ", result.Errors.Select(e => e.Value));
        return Redirect($"/admin/brugere/{id}");
    }
}

public sealed record UserListModel(string? Query, IReadOnlyList<UserListItem> Users);

public sealed record UserEditModel(UserListItem User, UserInput Input);
