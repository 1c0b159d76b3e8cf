using Caseload.Domain.CitizenPortal;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Caseload.Infrastructure.CitizenPortal;

internal sealed class CitizenCommentConfiguration : IEntityTypeConfiguration<CitizenComment>
{
    public void Configure(EntityTypeBuilder<CitizenComment> b)
    {
        b.ToTable("CitizenComments");
        b.HasIndex(c => new { c.CitizenId, c.DocumentKey });
        b.Property(c => c.DocumentKey).HasMaxLength(CitizenComment.KeyMaxLength);
        b.Property(c => c.Text).HasMaxLength(CitizenComment.TextMaxLength);
        b.HasOne<Domain.Citizens.Citizen>().WithMany().HasForeignKey(c => c.CitizenId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class CitizenConfirmationConfiguration : IEntityTypeConfiguration<CitizenConfirmation>
{
    public void Configure(EntityTypeBuilder<CitizenConfirmation> b)
    {
        b.ToTable("CitizenConfirmations");
        // One confirmation per version: two taps at once give one row, the second a duplicate the command answers calmly.
        b.HasIndex(c => new { c.CitizenId, c.DocumentKey, c.DocumentVersion }).IsUnique();
        b.Property(c => c.DocumentKey).HasMaxLength(CitizenComment.KeyMaxLength);
        b.HasOne<Domain.Citizens.Citizen>().WithMany().HasForeignKey(c => c.CitizenId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class SelfReportedWho5Configuration : IEntityTypeConfiguration<SelfReportedWho5>
{
    public void Configure(EntityTypeBuilder<SelfReportedWho5> b)
    {
        b.ToTable("SelfReportedWho5");
        b.HasIndex(w => w.CitizenId);
        b.HasOne<Domain.Citizens.Citizen>().WithMany().HasForeignKey(w => w.CitizenId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class CallRequestConfiguration : IEntityTypeConfiguration<CallRequest>
{
    public void Configure(EntityTypeBuilder<CallRequest> b)
    {
        b.ToTable("CallRequests");
        b.HasIndex(r => new { r.CitizenId, r.HandledAt });
        b.Property(r => r.HandledBy).HasMaxLength(450);
        b.HasOne<Domain.Citizens.Citizen>().WithMany().HasForeignKey(r => r.CitizenId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class CodeRequestConfiguration : IEntityTypeConfiguration<CodeRequest>
{
    public void Configure(EntityTypeBuilder<CodeRequest> b)
    {
        b.ToTable("CodeRequests");
        b.Property(r => r.KeyHash).HasMaxLength(CodeRequest.KeyHashLength).IsFixedLength(false);
        b.HasIndex(r => new { r.KeyHash, r.At });
        b.HasIndex(r => r.At);
    }
}
