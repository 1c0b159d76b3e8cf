using Caseload.Application.Drafts;
using Caseload.Application.Jobs;

namespace Caseload.Web.Features.Drafts;

/// <summary>Removes drafts older than 30 days (<see cref="Domain.Drafts.Draft.KeepDays"/>) at start-up and then every
/// hour (issue #28 item 7), on the scheduler (ADR 0045). Before, an old draft went only when its author saved a form; a
/// user who never did kept them.</summary>
public sealed class DraftExpiryJob(DraftService drafts) : IScheduledJob
{
    public static string Key => "draft-expiry";
    public static string Name => "Sletning af gamle kladder";
    public static TimeSpan Interval(IServiceProvider services) => TimeSpan.FromHours(1);

    public async Task<string> RunAsync(CancellationToken cancellationToken)
    {
        var removed = await drafts.DeleteExpiredAsync(cancellationToken);
        return removed == 1 ? "1 kladde over 30 dage slettet" : $"{removed} kladder over 30 dage slettet";
    }
}
