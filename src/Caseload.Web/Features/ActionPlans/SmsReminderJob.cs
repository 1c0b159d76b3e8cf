using Caseload.Application.ActionPlans;
using Microsoft.Extensions.Options;

namespace Caseload.Web.Features.ActionPlans;

/// <summary>The "Sms" section's settings for the reminder job (the gateway's are Infrastructure's <c>SmsOptions</c>).</summary>
public sealed class SmsReminderJobOptions
{
    public const string Section = "Sms";

    /// <summary>Off: no reminder is sent by this instance (e.g. when another process sends them).</summary>
    public bool RemindersEnabled { get; set; } = true;
    /// <summary>Danish hours in which reminders go (no SMS at night): from 09:00 until 20:00 by default.</summary>
    public TimeOnly SendFrom { get; set; } = new(9, 0);
    public TimeOnly SendUntil { get; set; } = new(20, 0);
    public int IntervalMinutes { get; set; } = 15;
}

/// <summary>
/// Sends the SMS reminders of the day before (ADR 0038): at start-up and then every 15 minutes, on the app's clock (TimeProvider),
/// so tests move time instead of waiting. A hosted service until the app has a job framework; the work is
/// <see cref="SmsReminderService.SendDueAsync"/>, whose claim rows make it safe to run on several instances at once.
/// </summary>
public sealed class SmsReminderJob(IServiceScopeFactory scopes, TimeProvider time, IOptions<SmsReminderJobOptions> options, ILogger<SmsReminderJob> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var o = options.Value;
        if (!o.RemindersEnabled) return;
        using var timer = new PeriodicTimer(TimeSpan.FromMinutes(Math.Max(1, o.IntervalMinutes)), time);
        do
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var run = await scope.ServiceProvider.GetRequiredService<SmsReminderService>().SendDueAsync(o.SendFrom, o.SendUntil, stoppingToken);
                if (run.Sent + run.Failed > 0) logger.LogInformation("SMS reminders for {Date}: {Sent} sent, {Failed} failed", run.DueDate, run.Sent, run.Failed);
            }
#pragma warning disable CA1031 // a failed round (database busy or away) is logged; the next round tries again
            catch (Exception e) when (e is not OperationCanceledException)
#pragma warning restore CA1031
            {
                logger.LogWarning(e, "SMS reminders could not be sent");
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
