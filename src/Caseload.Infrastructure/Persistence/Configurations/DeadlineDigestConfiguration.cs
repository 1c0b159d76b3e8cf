using Caseload.Domain.DeadlineMail;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Caseload.Infrastructure.Persistence.Configurations;

internal sealed class DeadlineDigestConfiguration : IEntityTypeConfiguration<DeadlineDigest>
{
    public void Configure(EntityTypeBuilder<DeadlineDigest> b)
    {
        b.ToTable("DeadlineDigests");
        b.HasIndex(d => new { d.UserId, d.Date }).IsUnique(); // one mail per worker and day, whatever runs at once
        b.HasIndex(d => d.Date);
        b.Property(d => d.UserId).HasMaxLength(450).IsRequired();
        b.Property(d => d.Failure).HasMaxLength(DeadlineDigest.FailureMaxLength);
    }
}
