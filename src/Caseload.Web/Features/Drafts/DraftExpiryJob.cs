using Caseload.Application.Drafts;

namespace Caseload.Web.Features.Drafts;

/// <summary>Removes drafts older than 30 days (<see cref="Domain.Drafts.Draft.KeepDays"/>) at start-up and then every
/// hour (issue #28 item 7). Before, an old draft went only when its author saved a form; a user who never did kept them.
/// On the app's clock (TimeProvider), so tests move time instead of waiting.</summary>
public sealed class DraftExpiryJob(IServiceScopeFactory scopes, TimeProvider time, ILogger<DraftExpiryJob> logger) : BackgroundService
{
    public static readonly TimeSpan Interval = TimeSpan.FromHours(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval, time);
        do
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var removed = await scope.ServiceProvider.GetRequiredService<DraftService>().DeleteExpiredAsync(stoppingToken);
                if (removed > 0) logger.LogInformation("Removed {Count} expired drafts", removed);
            }
#pragma warning disable CA1031 // a failed round (database busy or away) is logged; the next hour tries again
            catch (Exception e) when (e is not OperationCanceledException)
#pragma warning restore CA1031
            {
                logger.LogWarning(e, "Expired drafts could not be removed");
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
