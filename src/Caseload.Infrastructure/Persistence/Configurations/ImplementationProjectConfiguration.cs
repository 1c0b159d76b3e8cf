using Caseload.Domain.Implementation;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Caseload.Infrastructure.Persistence.Configurations;

/// <summary>An implementation project: the plan's rows, the role table, the checklist ticks and the phase history are one
/// JSON value each (a document saved as a whole, ADR 0016).</summary>
internal sealed class ImplementationProjectConfiguration : IEntityTypeConfiguration<ImplementationProject>
{
    public void Configure(EntityTypeBuilder<ImplementationProject> b)
    {
        b.ToTable("ImplementationProjects");
        b.HasIndex(p => new { p.Method, p.Unit }).IsUnique();
        b.Property(p => p.Unit).HasMaxLength(ImplementationProject.UnitMaxLength).IsRequired();
        foreach (var json in new[] { nameof(ImplementationProject.ActivitiesJson), nameof(ImplementationProject.RolesJson),
                     nameof(ImplementationProject.TicksJson), nameof(ImplementationProject.PhaseHistoryJson), nameof(ImplementationProject.TrainingJson) })
            b.Property(json).IsRequired();
        b.Ignore(p => p.Activities);
        b.Ignore(p => p.Roles);
        b.Ignore(p => p.Ticks);
        b.Ignore(p => p.PhaseHistory);
        b.Ignore(p => p.Training);
    }
}

/// <summary>A readiness assessment of a project: the five drivers are one JSON value (the assessment is saved as a whole).</summary>
internal sealed class ReadinessAssessmentConfiguration : IEntityTypeConfiguration<ReadinessAssessment>
{
    public void Configure(EntityTypeBuilder<ReadinessAssessment> b)
    {
        b.ToTable("ReadinessAssessments");
        b.HasIndex(a => new { a.ProjectId, a.AssessedOn });
        b.HasOne<ImplementationProject>().WithMany().HasForeignKey(a => a.ProjectId).OnDelete(DeleteBehavior.Restrict);
        b.Property(a => a.DriversJson).IsRequired();
        b.Ignore(a => a.Drivers);
    }
}
