using System.Diagnostics;
using System.Security.Claims;

namespace Caseload.Web.Hosting;

/// <summary>
/// One log line per request: method, path, status, elapsed ms and user id. Deliberately never the query
/// string or the body: searches (by CPR) and forms carry sensitive personal data.
/// </summary>
internal sealed class RequestLoggingMiddleware(RequestDelegate next, ILogger<RequestLoggingMiddleware> logger)
{
    public async Task InvokeAsync(HttpContext context)
    {
        var start = Stopwatch.GetTimestamp();
        try
        {
            await next(context);
        }
        finally
        {
            var elapsed = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
            var userId = context.User.FindFirstValue(ClaimTypes.NameIdentifier) ?? "-";
            var path = context.Request.PathBase + context.Request.Path;
            var level = context.Response.StatusCode >= 500 ? LogLevel.Error : LogLevel.Information;
            logger.Log(level, "HTTP {Method} {Path} responded {StatusCode} in {Elapsed:0.0} ms (user {UserId})",
                context.Request.Method, path.ToString(), context.Response.StatusCode, elapsed, userId);
        }
    }
}
