using Caseload.Application.Common;
using Caseload.Application.Users;
using Caseload.Web.Hosting;
using FluentValidation;
using Microsoft.AspNetCore.Mvc;

namespace Caseload.Web.Areas.Admin.Controllers;

/// <summary>Users: create, edit roles and teams, deactivate (never delete), set a password, unlock.</summary>
public sealed class UsersController(IUserAdministration admin, IValidator<UserInput> validator, ICurrentUser me) : AdminController
{
    public async Task<IActionResult> Index(string? q)
    {
        ViewData["Query"] = q;
        return View(await admin.ListAsync(q));
    }

    [HttpGet]
    public async Task<IActionResult> Create() => View(await admin.GetInputAsync(null));

    [HttpPost]
    public async Task<IActionResult> Create(UserInput input)
    {
        if (!await validator.ValidateIntoAsync(input, ModelState)) return View(input);
        var (result, _) = await admin.CreateAsync(input);
        if (!ModelState.AddErrors(result)) return View(input);
        TempData["Status"] = $"Brugeren {input.FullName} er oprettet.";
        return RedirectToAction(nameof(Index));
    }

    [HttpGet]
    public async Task<IActionResult> Edit(string id)
    {
        var input = await admin.GetInputAsync(id);
        if (input is null) return NotFound();
        return await EditView(id, input);
    }

    [HttpPost]
    public async Task<IActionResult> Edit(string id, UserInput input)
    {
        if (await admin.FindAsync(id) is null) return NotFound();
        if (!await validator.ValidateIntoAsync(input, ModelState)) return await EditView(id, input);
        if (!ModelState.AddErrors(await admin.UpdateAsync(id, input))) return await EditView(id, input);
        TempData["Status"] = $"Ændringerne for {input.FullName} er gemt.";
        return RedirectToAction(nameof(Index));
    }

    [HttpPost]
    public async Task<IActionResult> Deactivate(string id)
    {
        if (id == me.UserId)
        {
            TempData["Status"] = "Du kan ikke deaktivere dig selv.";
            return RedirectToAction(nameof(Edit), new { id });
        }
        return await Done(await admin.SetActiveAsync(id, false), id, "Brugeren er deaktiveret og kan ikke længere logge ind.");
    }

    [HttpPost]
    public async Task<IActionResult> Activate(string id)
        => await Done(await admin.SetActiveAsync(id, true), id, "Brugeren er aktiveret igen.");

    [HttpPost]
    public async Task<IActionResult> Unlock(string id)
        => await Done(await admin.UnlockAsync(id), id, "Brugeren er låst op.");

    [HttpPost]
    public async Task<IActionResult> SetPassword(string id, string? newPassword)
    {
        var result = await admin.SetPasswordAsync(id, newPassword);
        if (result.Succeeded) return await Done(result, id, "Den nye adgangskode er sat. Giv den til brugeren ad en sikker vej.");
        ModelState.AddErrors(result);
        var input = await admin.GetInputAsync(id);
        return input is null ? NotFound() : await EditView(id, input);
    }

    private async Task<IActionResult> EditView(string id, UserInput input)
    {
        var user = await admin.FindAsync(id);
        if (user is null) return NotFound();
        ViewData["User"] = user;
        return View("Edit", input);
    }

    private async Task<IActionResult> Done(Result result, string id, string message)
    {
        if (await admin.FindAsync(id) is null) return NotFound();
        TempData["Status"] = result.Succeeded ? message : string.Join(" ", result.Errors.Select(e => e.Value));
        return RedirectToAction(nameof(Edit), new { id });
    }

}
