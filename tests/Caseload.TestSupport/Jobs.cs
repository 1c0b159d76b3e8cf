using Caseload.Infrastructure.Jobs;
using Caseload.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Quartz;

namespace Caseload.TestSupport;

/// <summary>Background jobs in tests (ADR 0045): fire one through the app's own scheduler and wait for its recorded run.</summary>
public static class TestJobs
{
    public static async Task<int> RunCountAsync(CaseloadAppFactory app, string key)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<CaseloadDbContext>().JobRuns.CountAsync(r => r.JobKey == key);
    }

    /// <summary>Waits until the job has <paramref name="count"/> runs recorded (up to 60 s after the app has started: the build
    /// machines are shared).</summary>
    public static async Task WaitForRunsAsync(CaseloadAppFactory app, string key, int count)
    {
        _ = app.Services; // starts the app
        for (var waited = System.Diagnostics.Stopwatch.StartNew(); await RunCountAsync(app, key) < count; await Task.Delay(100))
            if (waited.Elapsed > TimeSpan.FromSeconds(60)) throw new TimeoutException($"Job {key} did not reach {count} runs within 60 s");
    }

    /// <summary>Lets the start-up run finish, fires the job once more through the scheduler and returns that run.</summary>
    public static async Task<JobRun> RunAsync(CaseloadAppFactory app, string key)
    {
        await WaitForRunsAsync(app, key, 1); // every job also runs at start-up
        var before = await RunIdsAsync(app, key);
        var scheduler = await app.Services.GetRequiredService<ISchedulerFactory>().GetScheduler();
        await scheduler.TriggerJob(new JobKey(key));
        await WaitForRunsAsync(app, key, before.Count + 1);
        await using var scope = app.Services.CreateAsyncScope();
        var runs = await scope.ServiceProvider.GetRequiredService<CaseloadDbContext>().JobRuns.Where(r => r.JobKey == key).ToListAsync();
        return runs.Single(r => !before.Contains(r.Id));
    }

    public static async Task<HashSet<Guid>> RunIdsAsync(CaseloadAppFactory app, string key)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return (await scope.ServiceProvider.GetRequiredService<CaseloadDbContext>().JobRuns.Where(r => r.JobKey == key)
            .Select(r => r.Id).ToListAsync()).ToHashSet();
    }
}
