using System.Diagnostics;
using System.Diagnostics.Metrics;
using System.Reflection;
using Caseload.Application.Jobs;
using Caseload.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Quartz;

namespace Caseload.Infrastructure.Jobs;

/// <summary>The "Jobs" configuration section (ADR 0045).</summary>
public sealed class JobOptions
{
    public const string Section = "Jobs";
    /// <summary>PostgreSQL/SQL Server: create Quartz's tables at start-up when missing (the app's database user may create
    /// tables, as it does for the migrations). False: the DBA runs Quartz's script first.</summary>
    public bool ProvisionSchema { get; set; } = true;
    /// <summary>The scheduler's instance id in the cluster; generated (host name and time) when empty.</summary>
    public string? InstanceId { get; set; }
    /// <summary>False: this instance runs no jobs (the others in the cluster do).</summary>
    public bool Enabled { get; set; } = true;
}

/// <summary>A job as the admin page lists it.</summary>
public sealed record ScheduledJobInfo(string Key, string Name, Func<IServiceProvider, TimeSpan> Interval);

/// <summary>Every <see cref="IScheduledJob"/> the app has, found at start-up.</summary>
public sealed class JobRegistry(IReadOnlyList<ScheduledJobInfo> jobs)
{
    public IReadOnlyList<ScheduledJobInfo> Jobs { get; } = jobs;
}

public static class JobScheduling
{
    public const string SchedulerName = "Caseload";

    /// <summary>Quartz with every <see cref="IScheduledJob"/> in <paramref name="jobAssemblies"/>: a clustered store in the database
    /// on PostgreSQL and SQL Server (one run per trigger across all instances), in memory on SQLite (one instance).
    /// The store is chosen from the configuration the host was built with.</summary>
    public static IServiceCollection AddCaseloadJobs(this IServiceCollection services, IConfiguration configuration, params Assembly[] jobAssemblies)
    {
        var database = configuration.GetSection(DatabaseOptions.Section).Get<DatabaseOptions>() ?? new DatabaseOptions();
        var options = configuration.GetSection(JobOptions.Section).Get<JobOptions>() ?? new JobOptions();
        services.Configure<JobOptions>(configuration.GetSection(JobOptions.Section));

        var jobTypes = jobAssemblies.SelectMany(a => a.GetTypes())
            .Where(t => t is { IsClass: true, IsAbstract: false } && typeof(IScheduledJob).IsAssignableFrom(t))
            .OrderBy(t => t.FullName, StringComparer.Ordinal)
            .ToList();
        var infos = new List<ScheduledJobInfo>();
        services.AddSingleton(new JobRegistry(infos));
        services.AddSingleton<JobMetrics>();
        services.AddScoped<JobOverview>();
        services.AddHealthChecks().AddCheck<JobsHealthCheck>("jobs", tags: ["ready"]);

        services.AddQuartz(q =>
        {
            q.UseTimeProvider(TimeProvider.System); // the app's clock may be a test's fake; triggers run on real time
            q.ConfigureScheduler(s =>
            {
                s.InstanceName = SchedulerName;
                if (!string.IsNullOrWhiteSpace(options.InstanceId)) s.InstanceId = options.InstanceId;
            });
            switch (database.Provider)
            {
                case DatabaseProvider.Postgres or DatabaseProvider.SqlServer:
                    var cs = database.ConnectionString ?? throw new InvalidOperationException("Database:ConnectionString is required for the job store.");
                    q.UsePersistentStore(store =>
                    {
                        if (database.Provider == DatabaseProvider.Postgres) store.UsePostgres(cs);
                        else store.UseSqlServer(cs);
                        store.UseClustering(c =>
                        {
                            c.CheckinInterval = TimeSpan.FromSeconds(10);
                            c.CheckinMisfireThreshold = TimeSpan.FromSeconds(30);
                        });
                        if (options.ProvisionSchema) store.ProvisionSchema();
                    });
                    break;
                default:
                    q.UseInMemoryStore(); // SQLite: one instance
                    break;
            }
            foreach (var type in jobTypes)
                infos.Add((ScheduledJobInfo)typeof(JobScheduling).GetMethod(nameof(Register), BindingFlags.NonPublic | BindingFlags.Static)!
                    .MakeGenericMethod(type).Invoke(null, [q])!);
        });
        foreach (var type in jobTypes) services.AddScoped(type);
        if (options.Enabled) services.AddQuartzHostedService(o => o.WaitForJobsToComplete = true);
        return services;
    }

    private static ScheduledJobInfo Register<TJob>(IQuartzBuilder q) where TJob : class, IScheduledJob
    {
        var key = new JobKey(TJob.Key);
        q.AddJob<RecordedJob<TJob>>(j => j.WithIdentity(key).StoreDurably().DisallowConcurrentExecution().WithDescription(TJob.Name));
        // At start-up and then every interval. Several instances share the trigger in a clustered store: one of them fires it.
        // Real time, not the app's clock (a test's fake clock would put the start in the past, and Quartz would skip it as misfired).
        q.AddTrigger((sp, t) => t.ForJob(key).WithIdentity(TJob.Key).StartAt(TimeProvider.System.GetUtcNow()).WithSimpleSchedule(TJob.Interval(sp), null));
        return new ScheduledJobInfo(TJob.Key, TJob.Name, TJob.Interval);
    }
}

/// <summary>Runs one <see cref="IScheduledJob"/> in its own scope and records the run (<see cref="JobRun"/>), whatever the outcome.</summary>
internal sealed class RecordedJob<TJob>(IServiceScopeFactory scopes, TimeProvider clock, JobMetrics metrics, ILogger<RecordedJob<TJob>> logger) : IJob
    where TJob : class, IScheduledJob
{
    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default)
    {
        var run = new JobRun
        {
            Id = Guid.NewGuid(),
            JobKey = TJob.Key,
            Instance = await context.Scheduler.GetSchedulerInstanceId(cancellationToken),
            StartedAt = clock.GetUtcNow().UtcDateTime,
        };
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            run.Summary = await scope.ServiceProvider.GetRequiredService<TJob>().RunAsync(cancellationToken);
            run.Outcome = JobOutcome.Succeeded;
        }
#pragma warning disable CA1031 // a failed run is recorded and logged; the next one tries again
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
#pragma warning restore CA1031
        {
            logger.LogWarning(e, "Background job {Job} failed", TJob.Key);
            run.Outcome = JobOutcome.Failed;
            run.Summary = "Fejlede: " + e.GetType().Name + " (se loggen)"; // the message may hold data: only in the log
        }
        run.EndedAt = clock.GetUtcNow().UtcDateTime;
        if (run.Summary.Length > JobRun.SummaryMaxLength) run.Summary = run.Summary[..JobRun.SummaryMaxLength];
        metrics.Record(TJob.Key, run.Outcome, run.EndedAt - run.StartedAt);
        await using var recordScope = scopes.CreateAsyncScope();
        var db = recordScope.ServiceProvider.GetRequiredService<CaseloadDbContext>();
        db.JobRuns.Add(run);
        await db.SaveChangesAsync(CancellationToken.None);
    }
}

/// <summary>The jobs' meter (ADR 0046): runs by job and outcome, and their duration.</summary>
public sealed class JobMetrics : IDisposable
{
    public const string MeterName = "Caseload.Jobs";
    private readonly Meter _meter = new(MeterName);
    private readonly Counter<long> _runs;
    private readonly Histogram<double> _duration;

    public JobMetrics()
    {
        _runs = _meter.CreateCounter<long>("caseload.job.runs", description: "Background job runs");
        _duration = _meter.CreateHistogram<double>("caseload.job.duration", unit: "s", description: "Background job run time");
    }

    public void Record(string job, JobOutcome outcome, TimeSpan duration)
    {
        var tags = new TagList { { "job", job }, { "outcome", outcome.ToString() } };
        _runs.Add(1, tags);
        _duration.Record(duration.TotalSeconds, tags);
    }

    public void Dispose() => _meter.Dispose();
}

/// <summary>A job with its last run, for the admin page.</summary>
public sealed record JobStatus(string Key, string Name, TimeSpan Interval, JobRun? LastRun, JobRun? LastFailure);

/// <summary>Reads the jobs' last runs (the admin page "Baggrundsjob").</summary>
public sealed class JobOverview(JobRegistry registry, CaseloadDbContext db, IServiceProvider services)
{
    public async Task<IReadOnlyList<JobStatus>> StatusAsync(CancellationToken ct)
    {
        var keys = registry.Jobs.Select(j => j.Key).ToList();
        // The last run and the last failure per job: two small queries over the (JobKey, StartedAt) index.
        var last = await db.JobRuns.AsNoTracking().Where(r => keys.Contains(r.JobKey))
            .GroupBy(r => r.JobKey).Select(g => g.OrderByDescending(r => r.StartedAt).First()).ToListAsync(ct);
        var failed = await db.JobRuns.AsNoTracking().Where(r => keys.Contains(r.JobKey) && r.Outcome == JobOutcome.Failed)
            .GroupBy(r => r.JobKey).Select(g => g.OrderByDescending(r => r.StartedAt).First()).ToListAsync(ct);
        return registry.Jobs.Select(j => new JobStatus(j.Key, j.Name, j.Interval(services),
            last.FirstOrDefault(r => r.JobKey == j.Key), failed.FirstOrDefault(r => r.JobKey == j.Key))).ToList();
    }

    /// <summary>The newest runs of all jobs.</summary>
    public async Task<IReadOnlyList<JobRun>> RecentAsync(int count, CancellationToken ct)
        => await db.JobRuns.AsNoTracking().OrderByDescending(r => r.StartedAt).Take(count).ToListAsync(ct);
}

/// <summary>Readiness (ADR 0046): the scheduler of this instance is running (Jobs:Enabled=false: not checked).</summary>
public sealed class JobsHealthCheck(IServiceProvider services, Microsoft.Extensions.Options.IOptions<JobOptions> options)
    : Microsoft.Extensions.Diagnostics.HealthChecks.IHealthCheck
{
    public async Task<Microsoft.Extensions.Diagnostics.HealthChecks.HealthCheckResult> CheckHealthAsync(
        Microsoft.Extensions.Diagnostics.HealthChecks.HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        if (!options.Value.Enabled) return Microsoft.Extensions.Diagnostics.HealthChecks.HealthCheckResult.Healthy("Jobs are off on this instance");
        var scheduler = await services.GetRequiredService<ISchedulerFactory>().GetScheduler(cancellationToken);
        var status = await scheduler.GetStatus(cancellationToken);
        // Still starting (the store is being set up): the instance can serve users, so degraded (200), not unready.
        // Stopped: the failure status (503).
        return status switch
        {
            SchedulerStatus.Running => Microsoft.Extensions.Diagnostics.HealthChecks.HealthCheckResult.Healthy(),
            SchedulerStatus.ShuttingDown or SchedulerStatus.Shutdown =>
                new Microsoft.Extensions.Diagnostics.HealthChecks.HealthCheckResult(context.Registration.FailureStatus, $"Scheduler {status}"),
            _ => Microsoft.Extensions.Diagnostics.HealthChecks.HealthCheckResult.Degraded($"Scheduler {status}"),
        };
    }
}
