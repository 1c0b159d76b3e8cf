using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Caseload.Web.Controllers;

/// <summary>Danish error pages. Never a stack trace outside Development.</summary>
[AllowAnonymous]
[Route("fejl")]
[ApiExplorerSettings(IgnoreApi = true)]
public sealed class ErrorController : Controller
{
    [Route("")]
    public IActionResult ServerError()
    {
        Response.StatusCode = StatusCodes.Status500InternalServerError;
        ViewData["CorrelationId"] = HttpContext.TraceIdentifier;
        return View("ServerError");
    }

    [Route("{code:int}")]
    public IActionResult Status(int code)
    {
        Response.StatusCode = code;
        return code == StatusCodes.Status404NotFound ? View("NotFound") : View("Status", code);
    }
}
