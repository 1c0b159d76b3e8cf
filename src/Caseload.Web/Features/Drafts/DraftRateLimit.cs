using System.Security.Claims;
using System.Threading.RateLimiting;

namespace Caseload.Web.Features.Drafts;

/// <summary>
/// The autosave endpoint is limited per user (issue #28 item 7) with ASP.NET Core's rate limiter: a form saves at most
/// every 30 seconds and when it is hidden, so 30 saves a minute leave room for several tabs while a script posting
/// drafts in a loop gets 429 (the Danish status page; autosave.js keeps the draft on the device and tries again).
/// </summary>
public static class DraftRateLimit
{
    public const string Policy = "kladder";
    public const int SavesPerMinute = 30;

    public static IServiceCollection AddDraftRateLimit(this IServiceCollection services)
        => services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.AddPolicy(Policy, http => RateLimitPartition.GetFixedWindowLimiter(
                http.User.FindFirstValue(ClaimTypes.NameIdentifier) ?? "anonym",
                _ => new FixedWindowRateLimiterOptions { PermitLimit = SavesPerMinute, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 }));
        });
}
