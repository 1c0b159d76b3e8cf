using Caseload.Application.DeadlineMail;
using Caseload.Application.Jobs;
using Caseload.Web.Hosting;
using Microsoft.Extensions.Options;

namespace Caseload.Web.Features.MyCitizens;

/// <summary>The "DeadlineMail" section: the morning mail about a worker's deadlines (issue #32 item 3).</summary>
public sealed class DeadlineMailOptions
{
    public const string Section = "DeadlineMail";

    /// <summary>Off: this instance sends no deadline mail.</summary>
    public bool Enabled { get; set; } = true;
    /// <summary>Danish hours in which the mail may go, on working days: from 07:00 until 16:00 by default.</summary>
    public TimeOnly SendFrom { get; set; } = new(7, 0);
    public TimeOnly SendUntil { get; set; } = new(16, 0);
    /// <summary>Deadlines due within this many working days are counted, overdue ones always.</summary>
    public int WorkingDaysAhead { get; set; } = 3;
    public int IntervalMinutes { get; set; } = 15;
}

/// <summary>Sends each primary worker with open deadlines one mail a working day (<see cref="DeadlineDigestService"/>),
/// every <c>DeadlineMail:IntervalMinutes</c> on the scheduler (ADR 0045); the claim rows keep it to one mail per day.</summary>
public sealed class DeadlineMailJob(DeadlineDigestService digests, IOptions<DeadlineMailOptions> options, PublicAddress address) : IScheduledJob
{
    public static string Key => "deadline-mail";
    public static string Name => "Mail om frister";

    public static TimeSpan Interval(IServiceProvider services)
        => TimeSpan.FromMinutes(Math.Max(1, services.GetRequiredService<IOptions<DeadlineMailOptions>>().Value.IntervalMinutes));

    public async Task<string> RunAsync(CancellationToken cancellationToken)
    {
        var o = options.Value;
        if (!o.Enabled) return "Slået fra (DeadlineMail:Enabled)";
        var run = await digests.SendDueAsync(Settings(o, address), cancellationToken);
        if (run.Day is not { } day) return $"Kun på arbejdsdage {o.SendFrom:HH\\:mm}-{o.SendUntil:HH\\:mm}: intet sendt";
        return $"Frister {day:dd-MM-yyyy}: {run.Sent} mails sendt, {run.Failed} fejlede, {run.NothingDue} uden frister";
    }

    public static DeadlineDigestSettings Settings(DeadlineMailOptions o, PublicAddress address)
        => new(o.SendFrom, o.SendUntil, Math.Clamp(o.WorkingDaysAhead, 0, 20), address.BaseUrl() + "/frister");
}
