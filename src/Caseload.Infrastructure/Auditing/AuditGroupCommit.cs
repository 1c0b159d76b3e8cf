using Caseload.Domain.Auditing;
using Caseload.Infrastructure.Persistence;
using Microsoft.Extensions.DependencyInjection;

namespace Caseload.Infrastructure.Auditing;

/// <summary>
/// Group commit for read events (ADR 0035): the audit rows of requests that arrive while a commit is on its way are
/// written together in the next transaction, and each request waits until its own row is committed. Durability is
/// unchanged (every caller returns only after its row is on disk), but concurrent page views share one commit (and on
/// SQLite one fsync) instead of queueing for the write lock one by one.
/// </summary>
public sealed class AuditGroupCommit(IServiceScopeFactory scopes)
{
    /// <summary>An upper bound on one transaction, so a burst cannot build one huge INSERT (a larger single write,
    /// such as a long list behind a figure, goes alone).</summary>
    internal const int MaxBatch = 200;

    private readonly Lock _gate = new();
    private List<Pending> _queue = [];
    private bool _writing;
    private long _commits;

    /// <summary>Transactions written so far by this process (for monitoring, and for the test that rows share them).</summary>
    public long Commits => Interlocked.Read(ref _commits);

    public Task WriteAsync(AuditEntry entry) => WriteAsync([entry]);

    /// <summary>Rows that belong together (one read of several citizens' records): always saved in the same commit.</summary>
    public Task WriteAsync(IReadOnlyList<AuditEntry> entries)
    {
        var pending = new Pending(entries, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));
        bool lead;
        lock (_gate)
        {
            _queue.Add(pending);
            lead = !_writing;
            _writing = true;
        }
        // The first caller starts a writer that runs until the queue is empty; it runs off the caller's thread, so
        // no request carries its colleagues' rows, and without the caller's context (its request ends first).
        if (lead)
            using (ExecutionContext.SuppressFlow())
                _ = Task.Run(DrainAsync);
        return pending.Saved.Task;
    }

    private async Task DrainAsync()
    {
        while (true)
        {
            List<Pending> batch;
            lock (_gate)
            {
                if (_queue.Count == 0)
                {
                    _writing = false;
                    return;
                }
                var take = 0;
                for (var rows = 0; take < _queue.Count && (take == 0 || rows + _queue[take].Entries.Count <= MaxBatch); take++)
                    rows += _queue[take].Entries.Count;
                batch = _queue[..take];
                _queue = _queue[take..];
            }
            try
            {
                await SaveAsync(batch.SelectMany(p => p.Entries));
                foreach (var p in batch) p.Saved.SetResult();
            }
            catch when (batch.Count > 1)
            {
                // One bad row must not fail its colleagues' page views: each is tried on its own, and only a row
                // that cannot be saved fails its own request (as before group commit).
                foreach (var p in batch)
                {
                    try
                    {
                        await SaveAsync(p.Entries);
                        p.Saved.SetResult();
                    }
                    catch (Exception e)
                    {
                        p.Saved.SetException(e);
                    }
                }
            }
            catch (Exception e)
            {
                batch[0].Saved.SetException(e);
            }
        }
    }

    private async Task SaveAsync(IEnumerable<AuditEntry> entries)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CaseloadDbContext>();
        db.AuditEntries.AddRange(entries);
        // Not cancellable: an audit event must not be lost because the client went away.
        await db.SaveChangesAsync(CancellationToken.None);
        Interlocked.Increment(ref _commits);
    }

    private sealed record Pending(IReadOnlyList<AuditEntry> Entries, TaskCompletionSource Saved);
}
