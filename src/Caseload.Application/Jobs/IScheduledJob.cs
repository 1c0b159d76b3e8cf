namespace Caseload.Application.Jobs;

/// <summary>
/// A background job (ADR 0045). Adding one is one class: implement this in a feature folder of the web project, and the
/// scheduler finds it, runs it every <see cref="Interval"/> on one instance of the cluster, records each run and shows it
/// on the admin page "Baggrundsjob". The class is resolved from a new scope per run, so it may take scoped services.
/// </summary>
public interface IScheduledJob
{
    /// <summary>Stable key (the scheduler's job name and the run table's key), e.g. "sms-reminders".</summary>
    static abstract string Key { get; }

    /// <summary>Danish name for the admin page, e.g. "SMS-påmindelser".</summary>
    static abstract string Name { get; }

    /// <summary>How often the job runs; from settings read through <paramref name="services"/> if it has one.</summary>
    static abstract TimeSpan Interval(IServiceProvider services);

    /// <summary>Does the work and returns a short Danish summary for the admin page ("3 kladder slettet"). No personal data.</summary>
    Task<string> RunAsync(CancellationToken cancellationToken);
}
