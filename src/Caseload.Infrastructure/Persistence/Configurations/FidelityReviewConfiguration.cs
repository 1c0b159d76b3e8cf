using Caseload.Domain.Results;
using Caseload.Domain.Teams;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Caseload.Infrastructure.Persistence.Configurations;

internal sealed class FidelityReviewConfiguration : IEntityTypeConfiguration<FidelityReview>
{
    public void Configure(EntityTypeBuilder<FidelityReview> b)
    {
        b.ToTable("FidelityReviews");
        // The team's reviews of a scale, newest first: the list, the latest before a new one, the previous of each.
        b.HasIndex(r => new { r.TeamId, r.Scale, r.ReviewedOn });
        b.Property(r => r.Scale).HasMaxLength(FidelityReview.ScaleMaxLength).IsRequired();
        b.Property(r => r.ItemsJson).IsRequired();
        b.Ignore(r => r.Items);
        // A team with reviews is not deleted: the reviews are the team's history.
        b.HasOne<Team>().WithMany().HasForeignKey(r => r.TeamId).OnDelete(DeleteBehavior.Restrict);
    }
}
