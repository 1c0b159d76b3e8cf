using Caseload.Domain.Citizens;
using Caseload.Domain.Courses;
using Caseload.Domain.Cti;
using Caseload.Domain.Teams;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Caseload.Infrastructure.Cti;

/// <summary>The CTI engine's tables (ADR 0007): one row per course, its transitions, measurements, goals, plan
/// versions and handover meetings.</summary>
internal sealed class CtiCourseConfiguration : IEntityTypeConfiguration<CtiCourse>
{
    public void Configure(EntityTypeBuilder<CtiCourse> b)
    {
        b.ToTable("CtiCourses");
        b.HasIndex(c => c.CourseId).IsUnique();
        b.HasIndex(c => new { c.TeamId, c.Stage });
        b.HasIndex(c => c.CitizenId);
        b.HasOne<Course>().WithMany().HasForeignKey(c => c.CourseId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Citizen>().WithMany().HasForeignKey(c => c.CitizenId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Team>().WithMany().HasForeignKey(c => c.TeamId).OnDelete(DeleteBehavior.Restrict);
        b.Property(c => c.InterruptionNote).HasMaxLength(CtiCourse.TextMaxLength);
        b.Property(c => c.ReceivingMunicipality).HasMaxLength(CtiCourse.NameMaxLength);
        b.Property(c => c.ReceivingContactPerson).HasMaxLength(CtiCourse.NameMaxLength);
        b.Property(c => c.EndMeasurementMissingBecause).HasMaxLength(CtiCourse.NameMaxLength);
        b.Property(c => c.LongTermNeeds).HasMaxLength(CtiCourse.TextMaxLength);
        b.Property(c => c.SupportAfterCourse).HasMaxLength(CtiCourse.TextMaxLength);
        b.Property(c => c.ResponsiblePersonName).HasMaxLength(CtiCourse.NameMaxLength);
        b.Property(c => c.ResponsiblePersonRole).HasMaxLength(CtiCourse.NameMaxLength);
        b.Property(c => c.ResponsiblePersonContact).HasMaxLength(CtiCourse.NameMaxLength);
        b.Ignore(c => c.IsActive);
        b.Ignore(c => c.Plan);
        b.Ignore(c => c.NextTransition);
        b.Ignore(c => c.HandoverMeetingMissing);
        b.HasMany(c => c.Transitions).WithOne().HasForeignKey(t => t.CtiCourseId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(c => c.Measurements).WithOne().HasForeignKey(m => m.CtiCourseId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(c => c.Goals).WithOne().HasForeignKey(g => g.CtiCourseId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(c => c.PlanVersions).WithOne().HasForeignKey(v => v.CtiCourseId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(c => c.HandoverMeetings).WithOne().HasForeignKey(m => m.CtiCourseId).OnDelete(DeleteBehavior.Cascade);
        foreach (var n in new[] { nameof(CtiCourse.Transitions), nameof(CtiCourse.Measurements), nameof(CtiCourse.Goals),
                     nameof(CtiCourse.PlanVersions), nameof(CtiCourse.HandoverMeetings) })
            b.Navigation(n).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

internal sealed class CtiTransitionConfiguration : IEntityTypeConfiguration<CtiTransition>
{
    public void Configure(EntityTypeBuilder<CtiTransition> b)
    {
        b.ToTable("CtiTransitions");
        b.Property(t => t.Comment).HasMaxLength(CtiCourse.TextMaxLength);
        b.Property(t => t.RecordedBy).HasMaxLength(450);
        b.HasMany(t => t.Answers).WithOne().HasForeignKey(a => a.TransitionId).OnDelete(DeleteBehavior.Cascade);
        b.Navigation(t => t.Answers).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

internal sealed class CtiChecklistAnswerConfiguration : IEntityTypeConfiguration<CtiChecklistAnswer>
{
    public void Configure(EntityTypeBuilder<CtiChecklistAnswer> b)
    {
        b.ToTable("CtiChecklistAnswers");
        b.Property(a => a.NotRelevantReason).HasMaxLength(CtiCourse.CommentMaxLength);
        b.HasIndex(a => new { a.TransitionId, a.Number }).IsUnique();
    }
}

internal sealed class CtiMeasurementConfiguration : IEntityTypeConfiguration<CtiMeasurement>
{
    public void Configure(EntityTypeBuilder<CtiMeasurement> b)
    {
        b.ToTable("CtiMeasurements");
        b.Property(m => m.CitizensWords).HasMaxLength(CtiMeasurement.WordsMaxLength);
        b.Ignore(m => m.Who5Answers);
        b.HasIndex(m => new { m.CtiCourseId, m.Point }).IsUnique();
    }
}

internal sealed class CtiGoalConfiguration : IEntityTypeConfiguration<CtiGoal>
{
    public void Configure(EntityTypeBuilder<CtiGoal> b)
    {
        b.ToTable("CtiGoals");
        b.Property(g => g.Goal).HasMaxLength(CtiGoal.GoalMaxLength).IsRequired();
        b.Property(g => g.Activities).HasMaxLength(CtiCourse.TextMaxLength);
        b.Property(g => g.Support).HasMaxLength(CtiCourse.TextMaxLength);
    }
}

internal sealed class CtiPlanVersionConfiguration : IEntityTypeConfiguration<CtiPlanVersion>
{
    public void Configure(EntityTypeBuilder<CtiPlanVersion> b)
    {
        b.ToTable("CtiPlanVersions");
        b.Property(v => v.Label).HasMaxLength(CtiCourse.NameMaxLength).IsRequired();
        b.Property(v => v.GoalsJson).IsRequired(); // unbounded text: three goals with activities
        b.Ignore(v => v.GoalsAtTheTime);
    }
}

internal sealed class CtiHandoverMeetingConfiguration : IEntityTypeConfiguration<CtiHandoverMeeting>
{
    public void Configure(EntityTypeBuilder<CtiHandoverMeeting> b)
    {
        b.ToTable("CtiHandoverMeetings");
        b.Property(m => m.Participants).HasMaxLength(CtiCourse.TextMaxLength).IsRequired();
    }
}
