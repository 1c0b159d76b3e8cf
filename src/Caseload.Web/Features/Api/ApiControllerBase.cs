using Caseload.Application.Api;
using Caseload.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.RateLimiting;

namespace Caseload.Web.Features.Api;

/// <summary>
/// What every /api/v1 controller shares (ADR 0049): only the API's bearer scheme (<see cref="Policies.Api"/>), no antiforgery
/// (no cookie is accepted, so there is nothing to forge), the per-client rate limit, and the revocation check.
/// </summary>
[ApiController]
[Authorize(Policy = Policies.Api)]
[IgnoreAntiforgeryToken]
[EnableRateLimiting(ApiSetup.RateLimitPolicy)]
[ActiveApiClient]
[ProducesResponseType(StatusCodes.Status401Unauthorized)]
[ProducesResponseType(StatusCodes.Status429TooManyRequests)]
public abstract class ApiControllerBase : ControllerBase
{
    protected CancellationToken Ct => HttpContext.RequestAborted;

    /// <summary>Null from a read means out of scope or without consent: the same 404 as an id that does not exist.</summary>
    protected ActionResult<T> Found<T>(T? value) where T : class => value is null ? NotFound() : value;
}

/// <summary>
/// Before binding: a token of a revoked (or deleted) client is refused with 401 at once, though the token itself has not yet
/// expired — the grant is read from the database on every request (<see cref="ApiCaller"/>).
/// </summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class ActiveApiClientAttribute : Attribute, IAsyncAuthorizationFilter
{
    public async Task OnAuthorizationAsync(AuthorizationFilterContext context)
    {
        var caller = context.HttpContext.RequestServices.GetRequiredService<ApiCaller>();
        if (await caller.GrantAsync(context.HttpContext.RequestAborted) is not null) return;
        context.HttpContext.Response.Headers.WWWAuthenticate = "Bearer error=\"invalid_token\", error_description=\"The client has been revoked.\"";
        context.Result = new ObjectResult(new ProblemDetails
        {
            Status = StatusCodes.Status401Unauthorized,
            Title = "Ikke logget ind",
            Detail = "Klienten er tilbagekaldt eller findes ikke. Kontakt kommunens administrator af Caseload.",
        }) { StatusCode = StatusCodes.Status401Unauthorized, ContentTypes = { "application/problem+json" } };
    }
}
