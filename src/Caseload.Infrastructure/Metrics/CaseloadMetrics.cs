using System.Data.Common;
using System.Diagnostics.Metrics;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Caseload.Infrastructure.Metrics;

/// <summary>The app's own meter (ADR 0046), exposed for Prometheus with ASP.NET Core's request metrics. Counts only: no
/// user, citizen or URL with an id is ever a tag.</summary>
public static class CaseloadMetrics
{
    public const string MeterName = "Caseload";
    private static readonly Meter Meter = new(MeterName);

    private static readonly Counter<long> SqlCommands = Meter.CreateCounter<long>("caseload.sql.commands", description: "SQL commands sent by EF Core");
    private static readonly Counter<long> PdfRenders = Meter.CreateCounter<long>("caseload.pdf.renders", description: "PDF documents rendered");
    private static readonly Histogram<double> PdfDuration = Meter.CreateHistogram<double>("caseload.pdf.duration", unit: "s", description: "PDF render time");
    private static readonly Counter<long> SignInFailures = Meter.CreateCounter<long>("caseload.signin.failures", description: "Failed sign-ins (wrong password, unknown, deactivated, locked, refused by single sign-on)");

    public static void SqlCommand(string kind) => SqlCommands.Add(1, new KeyValuePair<string, object?>("kind", kind));

    public static void PdfRendered(bool succeeded, TimeSpan duration)
    {
        var tag = new KeyValuePair<string, object?>("outcome", succeeded ? "succeeded" : "failed");
        PdfRenders.Add(1, tag);
        PdfDuration.Record(duration.TotalSeconds, tag);
    }

    public static void SignInFailed(string reason) => SignInFailures.Add(1, new KeyValuePair<string, object?>("reason", reason));
}

/// <summary>Counts every SQL command of every DbContext (reader, non-query, scalar).</summary>
public sealed class SqlCommandMetrics : DbCommandInterceptor
{
    public override DbDataReader ReaderExecuted(DbCommand command, CommandExecutedEventData eventData, DbDataReader result)
    { CaseloadMetrics.SqlCommand("reader"); return result; }

    public override ValueTask<DbDataReader> ReaderExecutedAsync(DbCommand command, CommandExecutedEventData eventData, DbDataReader result, CancellationToken cancellationToken = default)
    { CaseloadMetrics.SqlCommand("reader"); return ValueTask.FromResult(result); }

    public override int NonQueryExecuted(DbCommand command, CommandExecutedEventData eventData, int result)
    { CaseloadMetrics.SqlCommand("nonquery"); return result; }

    public override ValueTask<int> NonQueryExecutedAsync(DbCommand command, CommandExecutedEventData eventData, int result, CancellationToken cancellationToken = default)
    { CaseloadMetrics.SqlCommand("nonquery"); return ValueTask.FromResult(result); }

    public override object? ScalarExecuted(DbCommand command, CommandExecutedEventData eventData, object? result)
    { CaseloadMetrics.SqlCommand("scalar"); return result; }

    public override ValueTask<object?> ScalarExecutedAsync(DbCommand command, CommandExecutedEventData eventData, object? result, CancellationToken cancellationToken = default)
    { CaseloadMetrics.SqlCommand("scalar"); return ValueTask.FromResult(result); }
}
