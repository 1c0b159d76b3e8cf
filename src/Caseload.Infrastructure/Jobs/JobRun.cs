using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Caseload.Infrastructure.Jobs;

public enum JobOutcome
{
    Succeeded,
    Failed,
}

/// <summary>One run of a background job (ADR 0045): shown on the admin page "Baggrundsjob".</summary>
public class JobRun
{
    public const int KeyMaxLength = 100;
    public const int SummaryMaxLength = 500;

    public Guid Id { get; set; }
    public string JobKey { get; set; } = string.Empty;
    /// <summary>The scheduler instance (web instance) that ran it.</summary>
    public string Instance { get; set; } = string.Empty;
    /// <summary>UTC.</summary>
    public DateTime StartedAt { get; set; }
    public DateTime EndedAt { get; set; }
    public JobOutcome Outcome { get; set; }
    /// <summary>What it did, in Danish, without personal data.</summary>
    public string Summary { get; set; } = string.Empty;
}

internal sealed class JobRunConfiguration : IEntityTypeConfiguration<JobRun>
{
    public void Configure(EntityTypeBuilder<JobRun> b)
    {
        b.ToTable("JobRuns");
        b.Property(r => r.JobKey).HasMaxLength(JobRun.KeyMaxLength);
        b.Property(r => r.Instance).HasMaxLength(200);
        b.Property(r => r.Summary).HasMaxLength(JobRun.SummaryMaxLength);
        b.HasIndex(r => new { r.JobKey, r.StartedAt }); // the admin page: the last run per job
    }
}
