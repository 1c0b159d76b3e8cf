using Caseload.Application.Api;
using Caseload.Application.Security;
using Caseload.Domain.Api;
using Caseload.Web.Hosting;
using Caseload.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Caseload.Web.Features.Admin.ApiClients;

/// <summary>"API-klienter" (Administrator, ADR 0049): register another system with its teams and rights — the secret is shown
/// once, on the page the registration answers with, and never again — and revoke it.</summary>
[Authorize(Policy = Policies.Admin)]
[Route("admin/api-klienter")]
public sealed class ApiClientsController(ApiClientAdministration clients, Application.Teams.TeamAdministration teams) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index() => View(await clients.ListAsync(HttpContext.RequestAborted));

    [HttpGet("ny")]
    public async Task<IActionResult> Create() => View(await FormAsync(new ApiClientInput()));

    [HttpPost("ny")]
    public async Task<IActionResult> Create([FromForm] ApiClientInput input)
    {
        if (ModelState.IsValid)
        {
            var result = await clients.RegisterAsync(input, HttpContext.RequestAborted);
            if (ModelState.AddErrors(result))
            {
                // Not post/redirect/get on purpose: the secret must not travel in an address or TempData, and is shown only here.
                Response.Headers.CacheControl = "no-store";
                return View("Created", new ApiClientCreatedModel(input.Name!, result.Value!.ClientId, result.Value.Secret, PublicBase()));
            }
        }
        return View(await FormAsync(input));
    }

    [HttpPost("{id:guid}/tilbagekald")]
    public async Task<IActionResult> Revoke(OwnRecord<ApiClient> client)
    {
        var result = await clients.RevokeAsync(client, HttpContext.RequestAborted);
        if (result.Failure == Application.Common.FailureKind.NotFound) return NotFound();
        TempData["Status"] = result.Succeeded ? "Klienten er tilbagekaldt. Dens adgang ophørte med det samme." : string.Join(" ", result.Errors.Select(e => e.Value));
        return Redirect("/admin/api-klienter");
    }

    private async Task<ApiClientFormModel> FormAsync(ApiClientInput input)
        => new(input, [.. (await teams.ListAsync(HttpContext.RequestAborted)).Select(t => (t.Id, t.Name, t.Method))]);

    private string PublicBase() => $"{Request.Scheme}://{Request.Host}";
}

public sealed record ApiClientFormModel(ApiClientInput Input, IReadOnlyList<(Guid Id, string Name, Domain.Teams.Method Method)> Teams);

public sealed record ApiClientCreatedModel(string Name, Guid ClientId, string Secret, string BaseUrl);
