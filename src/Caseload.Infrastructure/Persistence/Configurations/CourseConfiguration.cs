using Caseload.Domain.Citizens;
using Caseload.Domain.Courses;
using Caseload.Domain.Teams;
using Caseload.Infrastructure.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Caseload.Infrastructure.Persistence.Configurations;

internal sealed class CourseConfiguration : IEntityTypeConfiguration<Course>
{
    public void Configure(EntityTypeBuilder<Course> b)
    {
        b.ToTable("Courses");
        b.Property(c => c.PrimaryWorkerId).HasMaxLength(450).IsRequired();
        b.Property(c => c.CloseReason).HasMaxLength(Course.ReasonMaxLength);
        b.Ignore(c => c.IsActive);
        b.HasIndex(c => new { c.TeamId, c.Status });
        b.HasIndex(c => new { c.PrimaryWorkerId, c.Status });
        b.HasIndex(c => c.CitizenId);
        b.HasOne<Citizen>().WithMany().HasForeignKey(c => c.CitizenId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Team>().WithMany().HasForeignKey(c => c.TeamId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<ApplicationUser>().WithMany().HasForeignKey(c => c.PrimaryWorkerId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(c => c.Assignments).WithOne().HasForeignKey(a => a.CourseId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(c => c.Members).WithOne().HasForeignKey(m => m.CourseId).OnDelete(DeleteBehavior.Cascade);
        b.Navigation(c => c.Assignments).UsePropertyAccessMode(PropertyAccessMode.Field);
        b.Navigation(c => c.Members).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

internal sealed class CourseAssignmentConfiguration : IEntityTypeConfiguration<CourseAssignment>
{
    public void Configure(EntityTypeBuilder<CourseAssignment> b)
    {
        b.ToTable("CourseAssignments");
        b.Property(a => a.FromWorkerId).HasMaxLength(450);
        b.Property(a => a.ToWorkerId).HasMaxLength(450).IsRequired();
        b.Property(a => a.By).HasMaxLength(450);
        b.Property(a => a.Reason).HasMaxLength(Course.ReasonMaxLength).IsRequired();
    }
}

internal sealed class CourseMemberConfiguration : IEntityTypeConfiguration<CourseMember>
{
    public void Configure(EntityTypeBuilder<CourseMember> b)
    {
        b.ToTable("CourseMembers");
        b.Property(m => m.UserId).HasMaxLength(450).IsRequired();
        b.Property(m => m.Discipline).HasMaxLength(TeamMember.DisciplineMaxLength).IsRequired();
        b.HasIndex(m => new { m.CourseId, m.UserId }).IsUnique();
    }
}
