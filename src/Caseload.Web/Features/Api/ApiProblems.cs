using Caseload.Application.Common;
using Microsoft.AspNetCore.Mvc;

namespace Caseload.Web.Features.Api;

/// <summary>Danish problem details (RFC 9457) for the API's answers.</summary>
internal static class ApiProblems
{
    public static bool IsApiRequest(HttpRequest request)
        => request.Path.StartsWithSegments("/api", StringComparison.Ordinal) || request.Path.StartsWithSegments(ApiSetup.TokenPath, StringComparison.Ordinal);

    public static Task WriteAsync(HttpContext context, int status, string title, string detail)
    {
        context.Response.StatusCode = status;
        return context.Response.WriteAsJsonAsync(new ProblemDetails { Status = status, Title = title, Detail = detail }, options: null,
            contentType: "application/problem+json");
    }

    /// <summary>A failed command as problem details: validation 400 (errors by field, camelCase as in the JSON), not found 404,
    /// forbidden 403, conflict 409.</summary>
    public static ObjectResult From(Result result)
    {
        var detail = string.Join(" ", result.Errors.Where(e => e.Key.Length == 0).Select(e => e.Value));
        var (status, title) = result.Failure switch
        {
            FailureKind.NotFound => (StatusCodes.Status404NotFound, "Findes ikke"),
            FailureKind.Forbidden => (StatusCodes.Status403Forbidden, "Ingen adgang"),
            FailureKind.Conflict => (StatusCodes.Status409Conflict, "Konflikt"),
            _ => (StatusCodes.Status400BadRequest, "Forespørgslen er ugyldig"),
        };
        ProblemDetails problem = status == StatusCodes.Status400BadRequest
            ? new ValidationProblemDetails(result.Errors.Where(e => e.Key.Length > 0).GroupBy(e => CamelCase(e.Key))
                .ToDictionary(g => g.Key, g => g.Select(e => e.Value).ToArray()))
            : new ProblemDetails();
        problem.Status = status;
        problem.Title = title;
        problem.Detail = detail.Length > 0 ? detail : null;
        return new ObjectResult(problem) { StatusCode = status, ContentTypes = { "application/problem+json" } };
    }

    private static string CamelCase(string name) => name.Length == 0 ? name : char.ToLowerInvariant(name[0]) + name[1..];
}
