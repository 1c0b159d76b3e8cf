using Caseload.Application.ActionPlans;
using Caseload.Application.Jobs;
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
/// Sends the SMS reminders of the day before (ADR 0038), every <c>Sms:IntervalMinutes</c> (15) on the scheduler (ADR 0045).
/// The work is <see cref="SmsReminderService.SendDueAsync"/>, whose claim rows keep a reminder to one text even if two runs met.
/// </summary>
public sealed class SmsReminderJob(SmsReminderService reminders, IOptions<SmsReminderJobOptions> options) : IScheduledJob
{
    public static string Key => "sms-reminders";
    public static string Name => "SMS-påmindelser";

    public static TimeSpan Interval(IServiceProvider services)
        => TimeSpan.FromMinutes(Math.Max(1, services.GetRequiredService<IOptions<SmsReminderJobOptions>>().Value.IntervalMinutes));

    public async Task<string> RunAsync(CancellationToken cancellationToken)
    {
        var o = options.Value;
        if (!o.RemindersEnabled) return "Slået fra (Sms:RemindersEnabled)";
        var run = await reminders.SendDueAsync(o.SendFrom, o.SendUntil, cancellationToken);
        if (run.DueDate is not { } due) return $"Uden for tidsrummet {o.SendFrom:HH\\:mm}-{o.SendUntil:HH\\:mm}: intet sendt";
        return $"Påmindelser for {due:dd-MM-yyyy}: {run.Sent} sendt, {run.Failed} fejlede";
    }
}
