using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;

namespace Caseload.Web.Hosting;

/// <summary>
/// Reads a posted form before anything else asks for it (issue #28 item 1). A form the server cannot read — a NUL or
/// other forbidden character, more than 1,024 fields, a value over 4 MB, a body over the action's size limit — used to
/// fail inside the antiforgery check and the error page's own model binding, and Kestrel answered "HTTP/1.1 0". Here it
/// becomes a 400 or 413 with a Danish page that says what was wrong (<see cref="RequestProblem"/>).
/// Runs after the size-limit filters (order 900) and before the antiforgery check (order 1000).
/// </summary>
internal sealed class UnreadableRequestFilter : IAsyncAuthorizationFilter, IOrderedFilter
{
    public int Order => 950;

    public async Task OnAuthorizationAsync(AuthorizationFilterContext context)
    {
        var request = context.HttpContext.Request;
        // The error page itself (a re-executed request) must not fail on the same form again.
        if (!request.HasFormContentType || context.HttpContext.Features.Get<Microsoft.AspNetCore.Diagnostics.IStatusCodeReExecuteFeature>() is not null
            || context.HttpContext.Features.Get<Microsoft.AspNetCore.Diagnostics.IExceptionHandlerFeature>() is not null) return;
        try
        {
            await request.ReadFormAsync(context.HttpContext.RequestAborted);
        }
        catch (Exception e) when (RequestProblem.Of(e) is { } problem)
        {
            context.HttpContext.Items[RequestProblem.Key] = problem;
            context.Result = new StatusCodeResult(problem.Status); // the status code page shows the Danish text
        }
    }
}

/// <summary>Why a request could not be read, for the error page.</summary>
internal sealed record RequestProblem(int Status, string Title, string Text)
{
    public const string Key = "Caseload.RequestProblem";

    public static readonly RequestProblem TooLarge = new(StatusCodes.Status413PayloadTooLarge, "Det sendte er for stort",
        $"Det, du sendte, er for stort. En fil må højst være {Domain.Files.StoredFile.MaxBytes / 1024 / 1024} MB; " +
        "skan den fx med lavere opløsning eller i sort-hvid. Gå tilbage med browserens tilbage-knap — det, du skrev, står der normalt stadig.");

    public static readonly RequestProblem Unreadable = new(StatusCodes.Status400BadRequest, "Forespørgslen kunne ikke læses",
        "Formularen kunne ikke læses: den indeholdt et tegn, der ikke kan gemmes (fx et usynligt kontroltegn fra en kopieret " +
        "tekst), eller alt for mange felter. Gå tilbage, ret teksten og gem igen.");

    public static readonly RequestProblem UrlTooLong = new(StatusCodes.Status414UriTooLong, "Adressen er for lang",
        "Adressen er for lang. Brug en kortere søgning, eller gå til forsiden.");

    /// <summary>The problem a failed form read means; null for anything else (a real error: the 500 page).</summary>
    public static RequestProblem? Of(Exception e) => e switch
    {
        // Kestrel: the body is over the request's size limit (413) or malformed (400).
        BadHttpRequestException { StatusCode: StatusCodes.Status413PayloadTooLarge } => TooLarge,
        BadHttpRequestException => Unreadable,
        // The form reader's own limits: "Multipart body length limit …", "Form value length limit …" mean too large;
        // a field count over the limit or a NUL mean unreadable.
        InvalidDataException d when d.Message.Contains("length limit", StringComparison.OrdinalIgnoreCase) => TooLarge,
        InvalidDataException => Unreadable,
        IOException => Unreadable, // the client broke off mid-body
        _ => null,
    };
}
