using Caseload.Domain.Teams;
using Caseload.Infrastructure.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Caseload.Infrastructure.Persistence.Configurations;

internal sealed class TeamConfiguration : IEntityTypeConfiguration<Team>
{
    public void Configure(EntityTypeBuilder<Team> b)
    {
        b.ToTable("Teams");
        b.Property(t => t.Name).HasMaxLength(Team.NameMaxLength).IsRequired();
        b.HasIndex(t => t.Name).IsUnique();
        b.Property(t => t.CaseloadLimitPerFte).HasPrecision(5, 2);
        b.HasMany(t => t.Members).WithOne().HasForeignKey(m => m.TeamId).OnDelete(DeleteBehavior.Cascade);
        b.Navigation(t => t.Members).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

internal sealed class TeamMemberConfiguration : IEntityTypeConfiguration<TeamMember>
{
    public void Configure(EntityTypeBuilder<TeamMember> b)
    {
        b.ToTable("TeamMembers");
        b.Property(m => m.UserId).HasMaxLength(450).IsRequired();
        b.Property(m => m.Fte).HasPrecision(3, 2);
        b.Property(m => m.Discipline).HasMaxLength(TeamMember.DisciplineMaxLength);
        b.HasIndex(m => new { m.TeamId, m.UserId }).IsUnique();
        b.HasIndex(m => m.UserId);
        b.HasOne<ApplicationUser>().WithMany().HasForeignKey(m => m.UserId).OnDelete(DeleteBehavior.Restrict);
    }
}
