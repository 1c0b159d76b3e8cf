using Caseload.Domain.Files;
using Caseload.Domain.Partners;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Caseload.Infrastructure.Persistence.Configurations;

/// <summary>A partner organisation; its contacts are one JSON value (edited as a list).</summary>
internal sealed class PartnerConfiguration : IEntityTypeConfiguration<Partner>
{
    public void Configure(EntityTypeBuilder<Partner> b)
    {
        b.ToTable("Partners");
        b.HasIndex(p => p.Name).IsUnique();
        b.Property(p => p.Name).HasMaxLength(Partner.NameMaxLength).IsRequired();
        b.Property(p => p.Address).HasMaxLength(Partner.ShortMaxLength);
        b.Property(p => p.Note).HasMaxLength(Partner.TextMaxLength);
        b.Property(p => p.ContactsJson).IsRequired();
        b.Ignore(p => p.Contacts);
    }
}

/// <summary>An organisational cooperation agreement; the review date is indexed for the reminder on the start page.</summary>
internal sealed class PartnerAgreementConfiguration : IEntityTypeConfiguration<PartnerAgreement>
{
    public void Configure(EntityTypeBuilder<PartnerAgreement> b)
    {
        b.ToTable("PartnerAgreements");
        b.HasIndex(a => a.PartnerId);
        b.HasIndex(a => a.ReviewOn);
        b.HasOne<Partner>().WithMany().HasForeignKey(a => a.PartnerId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<StoredFile>().WithMany().HasForeignKey(a => a.SignedFileId).OnDelete(DeleteBehavior.Restrict);
        b.Property(a => a.Title).HasMaxLength(PartnerAgreement.TitleMaxLength).IsRequired();
        b.Property(a => a.Parties).HasMaxLength(PartnerAgreement.TextMaxLength).IsRequired();
        b.Property(a => a.SignedFileName).HasMaxLength(StoredFile.FileNameMaxLength);
    }
}

/// <summary>An uploaded file, in the database so every web instance sees it (ADR 0019).</summary>
internal sealed class StoredFileConfiguration : IEntityTypeConfiguration<StoredFile>
{
    public void Configure(EntityTypeBuilder<StoredFile> b)
    {
        b.ToTable("StoredFiles");
        b.Property(f => f.FileName).HasMaxLength(StoredFile.FileNameMaxLength).IsRequired();
        b.Property(f => f.ContentType).HasMaxLength(40).IsRequired();
        b.Property(f => f.Content).IsRequired();
        b.Property(f => f.UploadedBy).HasMaxLength(256);
    }
}
