using Caseload.Domain.Citizens;
using Caseload.Domain.NetworkMaps;
using Caseload.Domain.Teams;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Caseload.Infrastructure.Persistence.Configurations;

/// <summary>One network map per citizen; its persons are one JSON document per save (a version is a snapshot).</summary>
internal sealed class NetworkMapConfiguration : IEntityTypeConfiguration<NetworkMap>
{
    public void Configure(EntityTypeBuilder<NetworkMap> b)
    {
        b.ToTable("NetworkMaps");
        b.HasIndex(m => m.CitizenId).IsUnique();
        b.HasOne<Citizen>().WithMany().HasForeignKey(m => m.CitizenId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Team>().WithMany().HasForeignKey(m => m.TeamId).OnDelete(DeleteBehavior.Restrict);
        b.Property(m => m.MadeBy).HasMaxLength(450).IsRequired();
        b.Property(m => m.ResponsibleWorkerId).HasMaxLength(450);
        b.Property(m => m.PersonsJson).IsRequired();
        b.Ignore(m => m.Persons);
        b.HasMany(m => m.Versions).WithOne().HasForeignKey(v => v.NetworkMapId).OnDelete(DeleteBehavior.Cascade);
        b.Navigation(m => m.Versions).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

internal sealed class NetworkMapVersionConfiguration : IEntityTypeConfiguration<NetworkMapVersion>
{
    public void Configure(EntityTypeBuilder<NetworkMapVersion> b)
    {
        b.ToTable("NetworkMapVersions");
        b.HasIndex(v => new { v.NetworkMapId, v.Number }).IsUnique();
        b.HasIndex(v => v.CitizenId);
        b.Property(v => v.SavedBy).HasMaxLength(450);
        b.Property(v => v.ResponsibleWorkerId).HasMaxLength(450);
        b.Property(v => v.PersonsJson).IsRequired();
        b.Ignore(v => v.Persons);
    }
}
