using Caseload.Web.Hosting;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;

namespace Caseload.Web.Features.Errors;

/// <summary>The error page's text for one status code.</summary>
public sealed record ErrorPageModel(int Code, string Title, string Text, bool ExpiredForm);

/// <summary>Danish error pages. Never a stack trace outside Development.</summary>
/// <remarks>The actions bind nothing from the request: a re-executed request whose form could not be read would
/// otherwise fail binding here too and set status 0 (issue #28 item 1).</remarks>
[AllowAnonymous]
[IgnoreAntiforgeryToken] // a POST that failed its token check is re-executed here: the error page must not fail too
[Route("fejl")]
[ApiExplorerSettings(IgnoreApi = true)]
public sealed class ErrorController : Controller
{
    /// <summary>The exception handler's page; asked for directly (no exception) it is just an unknown page.</summary>
    [Route("")]
    public IActionResult ServerError()
    {
        if (HttpContext.Features.Get<IExceptionHandlerFeature>() is null) return Status(StatusCodes.Status404NotFound);
        Response.StatusCode = StatusCodes.Status500InternalServerError;
        return View("ServerError", HttpContext.TraceIdentifier);
    }

    /// <summary>Only real error status codes (400–599); anything else is not found.</summary>
    [Route("{code:int:range(400,599)}")]
    public IActionResult Status() => Status(int.Parse((string)RouteData.Values["code"]!, System.Globalization.CultureInfo.InvariantCulture));

    private ViewResult Status(int code)
    {
        Response.StatusCode = code;
        if (code == StatusCodes.Status404NotFound) return View("NotFound");
        var problem = HttpContext.Items[RequestProblem.Key] as RequestProblem;
        return View("Status", problem is not null
            ? new ErrorPageModel(code, problem.Title, problem.Text, ExpiredForm: false)
            : code switch
            {
                // Without a reason of our own, a 400 on a POST is the antiforgery check: an old or foreign form.
                400 => new ErrorPageModel(code, "Siden er udløbet — gå tilbage og gem igen", "", ExpiredForm: true),
                405 => new ErrorPageModel(code, "Forespørgslen kunne ikke gennemføres", "Siden kan ikke bruges på den måde. Gå til forsiden og prøv derfra.", false),
                413 => new ErrorPageModel(code, RequestProblem.TooLarge.Title, RequestProblem.TooLarge.Text, false),
                414 => new ErrorPageModel(code, RequestProblem.UrlTooLong.Title, RequestProblem.UrlTooLong.Text, false),
                429 => new ErrorPageModel(code, "For mange forespørgsler", "Du har sendt mange forespørgsler på kort tid. Vent et øjeblik, og prøv igen.", false),
                >= 500 => new ErrorPageModel(code, "Der opstod en fejl", "Beklager – noget gik galt hos os. Prøv igen om lidt.", false),
                _ => new ErrorPageModel(code, "Forespørgslen kunne ikke gennemføres", $"Serveren svarede med kode {code}. Prøv igen, eller gå til forsiden.", false),
            });
    }
}
