using System.Collections.Concurrent;
using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Caseload.TestSupport;

/// <summary>Counts the SQL commands the app runs (and keeps their text), so tests can assert a page's query
/// count and what it reads.</summary>
public sealed class SqlCommandCounter : DbCommandInterceptor
{
    private ConcurrentQueue<string> _texts = new();

    public int Count => _texts.Count;

    /// <summary>The commands since the last <see cref="Reset"/>, in order.</summary>
    public IReadOnlyList<string> Texts => [.. _texts];

    public void Reset() => Interlocked.Exchange(ref _texts, new ConcurrentQueue<string>());

    private void Seen(DbCommand command) => _texts.Enqueue(command.CommandText);

    public override InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result)
    { Seen(command); return result; }

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData,
        InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    { Seen(command); return ValueTask.FromResult(result); }

    public override InterceptionResult<object> ScalarExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<object> result)
    { Seen(command); return result; }

    public override ValueTask<InterceptionResult<object>> ScalarExecutingAsync(DbCommand command, CommandEventData eventData,
        InterceptionResult<object> result, CancellationToken cancellationToken = default)
    { Seen(command); return ValueTask.FromResult(result); }

    public override InterceptionResult<int> NonQueryExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<int> result)
    { Seen(command); return result; }

    public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(DbCommand command, CommandEventData eventData,
        InterceptionResult<int> result, CancellationToken cancellationToken = default)
    { Seen(command); return ValueTask.FromResult(result); }
}
