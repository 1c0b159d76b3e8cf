using Caseload.Domain.FieldMode;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Caseload.Infrastructure.Persistence.Configurations;

internal sealed class FieldCheckoutConfiguration : IEntityTypeConfiguration<FieldCheckout>
{
    public void Configure(EntityTypeBuilder<FieldCheckout> b)
    {
        b.ToTable("FieldCheckouts");
        b.HasIndex(c => new { c.UserId, c.CitizenId }).IsUnique();
        b.Property(c => c.UserId).HasMaxLength(450).IsRequired();
    }
}

internal sealed class FieldConflictConfiguration : IEntityTypeConfiguration<FieldConflict>
{
    public void Configure(EntityTypeBuilder<FieldConflict> b)
    {
        b.ToTable("FieldConflicts");
        b.HasIndex(c => new { c.UserId, c.CitizenId });
        b.Property(c => c.UserId).HasMaxLength(450).IsRequired();
        b.Property(c => c.Form).HasMaxLength(FieldConflict.FormMaxLength).IsRequired();
        b.Property(c => c.Data).HasMaxLength(FieldConflict.DataMaxLength).IsRequired();
    }
}
