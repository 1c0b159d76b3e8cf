using Caseload.Domain.Drafts;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Caseload.Infrastructure.Persistence.Configurations;

internal sealed class DraftConfiguration : IEntityTypeConfiguration<Draft>
{
    public void Configure(EntityTypeBuilder<Draft> b)
    {
        b.ToTable("Drafts");
        b.HasIndex(d => new { d.UserId, d.Key }).IsUnique();
        b.Property(d => d.UserId).HasMaxLength(450).IsRequired();
        b.Property(d => d.Key).HasMaxLength(Draft.KeyMaxLength).IsRequired();
        b.Property(d => d.Data).HasMaxLength(Draft.DataMaxLength).IsRequired();
    }
}
