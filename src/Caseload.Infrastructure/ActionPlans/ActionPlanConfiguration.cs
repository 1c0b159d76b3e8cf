using Caseload.Domain.ActionPlans;
using Caseload.Domain.Citizens;
using Caseload.Domain.Teams;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Caseload.Infrastructure.ActionPlans;

/// <summary>One ACT action plan per citizen; its goals are one JSON document per save (a revision is a snapshot).</summary>
internal sealed class ActionPlanConfiguration : IEntityTypeConfiguration<ActionPlan>
{
    public void Configure(EntityTypeBuilder<ActionPlan> b)
    {
        b.ToTable("ActionPlans");
        b.HasIndex(p => p.CitizenId).IsUnique();
        b.HasOne<Citizen>().WithMany().HasForeignKey(p => p.CitizenId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Team>().WithMany().HasForeignKey(p => p.TeamId).OnDelete(DeleteBehavior.Restrict);
        b.Property(p => p.GoalsJson).IsRequired();
        b.Property(p => p.CitizensView).HasMaxLength(ActionPlan.TextMaxLength);
        b.Ignore(p => p.Goals);
        b.HasMany(p => p.Revisions).WithOne().HasForeignKey(r => r.ActionPlanId).OnDelete(DeleteBehavior.Cascade);
        b.Navigation(p => p.Revisions).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

internal sealed class ActionPlanRevisionConfiguration : IEntityTypeConfiguration<ActionPlanRevision>
{
    public void Configure(EntityTypeBuilder<ActionPlanRevision> b)
    {
        b.ToTable("ActionPlanRevisions");
        b.HasIndex(r => new { r.ActionPlanId, r.Number }).IsUnique();
        b.Property(r => r.SavedBy).HasMaxLength(450);
        b.Property(r => r.GoalsJson).IsRequired();
        b.Property(r => r.CitizensView).HasMaxLength(ActionPlan.TextMaxLength);
        b.Ignore(r => r.Goals);
    }
}
