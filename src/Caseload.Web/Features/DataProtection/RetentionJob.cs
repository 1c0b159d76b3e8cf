using Caseload.Application.DataProtection;
using Caseload.Application.Jobs;
using Microsoft.Extensions.Options;

namespace Caseload.Web.Features.DataProtection;

/// <summary>Retention (issue #33 item 3, ADR 0052) on the scheduler (ADR 0045): anonymises the citizens past the period and
/// deletes audit rows past theirs, once a day by default. Its summary holds counts only.</summary>
public sealed class RetentionJob(RetentionService retention, IOptions<RetentionOptions> options) : IScheduledJob
{
    public static string Key => "retention";
    public static string Name => "Anonymisering efter opbevaringsperioden";

    public static TimeSpan Interval(IServiceProvider services)
        => TimeSpan.FromHours(Math.Max(1, services.GetRequiredService<IOptions<RetentionOptions>>().Value.IntervalHours));

    public async Task<string> RunAsync(CancellationToken cancellationToken)
    {
        var o = options.Value;
        if (!o.Enabled) return "Slået fra (Retention:Enabled)";
        var run = await retention.RunAsync(cancellationToken);
        return $"{run.Anonymised} borgere anonymiseret ({run.RowsErased} rækker), {run.KeptByActivity} holdt af nyere aktivitet, "
            + $"{run.Failed} fejlede; {run.AuditRowsDeleted} logrækker ældre end {o.AuditYears} år slettet";
    }
}
