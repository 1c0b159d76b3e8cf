using Microsoft.AspNetCore.Server.Kestrel.Core;

namespace Caseload.Web.Hosting;

/// <summary>
/// Over-long addresses get the Danish 414 page (issue #28 item 2). Kestrel itself answers a request line over its limit
/// with an empty 414 that no app code can change (aspnet/KestrelHttpServer#2947), so Kestrel's limit is raised well
/// above the app's and the app refuses what lies between. See ADR 0028.
/// </summary>
internal static class RequestLineLimit
{
    /// <summary>The app's limit for path and query (Kestrel's former default line length).</summary>
    public const int MaxUrlLength = 8 * 1024;
    /// <summary>Kestrel's limit: beyond this it still answers with an empty 414.</summary>
    public const int KestrelMaxRequestLine = 256 * 1024;

    public static IServiceCollection AddRequestLineLimit(this IServiceCollection services)
        => services.Configure<KestrelServerOptions>(o => o.Limits.MaxRequestLineSize = KestrelMaxRequestLine);

    public static void UseRequestLineLimit(this IApplicationBuilder app)
        => app.Use((context, next) =>
        {
            var request = context.Request;
            if ((request.Path.Value?.Length ?? 0) + (request.QueryString.Value?.Length ?? 0) > MaxUrlLength)
            {
                context.Items[RequestProblem.Key] = RequestProblem.UrlTooLong;
                context.Response.StatusCode = StatusCodes.Status414UriTooLong;
                return Task.CompletedTask; // the status code page fills in the body
            }
            return next(context);
        });
}
