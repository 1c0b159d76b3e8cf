using Caseload.Domain.Api;
using Caseload.Domain.CourseEvents;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Caseload.Infrastructure.Persistence.Configurations;

internal sealed class ApiClientConfiguration : IEntityTypeConfiguration<ApiClient>
{
    public void Configure(EntityTypeBuilder<ApiClient> b)
    {
        b.ToTable("ApiClients");
        b.Property(c => c.Name).HasMaxLength(ApiClient.NameMaxLength).IsRequired();
        b.Property(c => c.Receiver).HasMaxLength(ApiClient.ReceiverMaxLength).IsRequired();
        b.Property(c => c.SecretHash).HasMaxLength(ApiClient.HashMaxLength).IsRequired();
        b.Property(c => c.RevokedBy).HasMaxLength(450);
        // A short list read with the client (never queried into): one text column reads the same on all three providers.
        b.Property(c => c.TeamIds).HasMaxLength(2000).HasConversion(
            ids => string.Join(',', ids.Select(id => id.ToString("D"))),
            text => text.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(Guid.Parse).ToList(),
            new ValueComparer<IReadOnlyList<Guid>>((a, c) => a!.SequenceEqual(c!), ids => ids.Aggregate(0, (h, id) => HashCode.Combine(h, id)),
                ids => ids.ToList()));
    }
}

internal sealed class FeedPositionConfiguration : IEntityTypeConfiguration<FeedPosition>
{
    public void Configure(EntityTypeBuilder<FeedPosition> b)
    {
        b.ToTable("FeedPositions");
        b.HasKey(p => p.Position);
        b.Property(p => p.Position).ValueGeneratedNever(); // given by the stamping step, never by the database (ADR 0050)
        b.HasIndex(p => p.Sequence).IsUnique();
        // Erasing a citizen's events erases their positions with them.
        b.HasOne<CourseEvent>().WithMany().HasForeignKey(p => p.Sequence).OnDelete(DeleteBehavior.Cascade);
    }
}
