using Caseload.Domain.DropIn;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Caseload.Infrastructure.Persistence.Configurations;

/// <summary>A drop-in centre; its weekly schedule and absences are one JSON value each (read and saved as a whole).</summary>
internal sealed class DropInCentreConfiguration : IEntityTypeConfiguration<DropInCentre>
{
    public void Configure(EntityTypeBuilder<DropInCentre> b)
    {
        b.ToTable("DropInCentres");
        b.HasIndex(c => c.Name).IsUnique();
        b.Property(c => c.Name).HasMaxLength(DropInCentre.NameMaxLength).IsRequired();
        b.Property(c => c.Address).HasMaxLength(DropInCentre.TextMaxLength);
        b.Property(c => c.OpeningHours).HasMaxLength(DropInCentre.TextMaxLength);
        b.Property(c => c.PresencesJson).IsRequired();
        b.Property(c => c.AbsencesJson).IsRequired();
        b.Property(c => c.ActivitiesJson).IsRequired();
        b.Ignore(c => c.Activities);
        b.Ignore(c => c.Presences);
        b.Ignore(c => c.Absences);
    }
}
