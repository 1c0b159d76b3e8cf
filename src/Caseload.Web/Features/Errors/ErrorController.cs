using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Caseload.Web.Features.Errors;

/// <summary>Danish error pages. Never a stack trace outside Development.</summary>
[AllowAnonymous]
[IgnoreAntiforgeryToken] // a POST that failed its token check is re-executed here: the error page must not fail too
[Route("fejl")]
[ApiExplorerSettings(IgnoreApi = true)]
public sealed class ErrorController : Controller
{
    [Route("")]
    public IActionResult ServerError()
    {
        Response.StatusCode = StatusCodes.Status500InternalServerError;
        return View("ServerError", HttpContext.TraceIdentifier);
    }

    /// <summary>Only real error status codes (400–599); anything else is not found.</summary>
    [Route("{code:int:range(400,599)}")]
    public IActionResult Status([FromRoute] int code)
    {
        Response.StatusCode = code;
        return code == StatusCodes.Status404NotFound ? View("NotFound") : View("Status", code);
    }
}
