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
                     nameof(ImplementationProject.TicksJson), nameof(ImplementationProject.PhaseHistoryJson), nameof(ImplementationProject.TrainingJson), nameof(ImplementationProject.GroupsJson) })
            b.Property(json).IsRequired();
        b.Ignore(p => p.Activities);
        b.Ignore(p => p.Roles);
        b.Ignore(p => p.Ticks);
        b.Ignore(p => p.PhaseHistory);
        b.Ignore(p => p.Training);
        b.Ignore(p => p.Groups);
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

/// <summary>A meeting of the steering group or implementation team; read per project, newest first.</summary>
internal sealed class ImplementationMeetingConfiguration : IEntityTypeConfiguration<ImplementationMeeting>
{
    public void Configure(EntityTypeBuilder<ImplementationMeeting> b)
    {
        b.ToTable("ImplementationMeetings");
        b.HasIndex(m => new { m.ProjectId, m.HeldOn });
        b.HasOne<ImplementationProject>().WithMany().HasForeignKey(m => m.ProjectId).OnDelete(DeleteBehavior.Restrict);
        b.Property(m => m.Participants).HasMaxLength(ImplementationMeeting.ShortMaxLength);
    }
}

/// <summary>A role description; one per method and role, so a team member's discipline finds exactly one.</summary>
internal sealed class RoleDescriptionConfiguration : IEntityTypeConfiguration<RoleDescription>
{
    public void Configure(EntityTypeBuilder<RoleDescription> b)
    {
        b.ToTable("RoleDescriptions");
        b.HasIndex(r => new { r.Method, r.Role }).IsUnique();
        b.Property(r => r.Role).HasMaxLength(RoleDescription.RoleMaxLength).IsRequired();
        b.Property(r => r.TasksJson).IsRequired();
        b.Ignore(r => r.Tasks);
    }
}

/// <summary>A reflection day: the figures as counted and the actions are one JSON value each.</summary>
internal sealed class ReflectionDayConfiguration : IEntityTypeConfiguration<ReflectionDay>
{
    public void Configure(EntityTypeBuilder<ReflectionDay> b)
    {
        b.ToTable("ReflectionDays");
        b.HasIndex(r => new { r.ProjectId, r.HeldOn });
        b.HasOne<ImplementationProject>().WithMany().HasForeignKey(r => r.ProjectId).OnDelete(DeleteBehavior.Restrict);
        b.Property(r => r.FiguresJson).IsRequired();
        b.Property(r => r.ActionsJson).IsRequired();
        b.Ignore(r => r.Figures);
        b.Ignore(r => r.Actions);
    }
}
