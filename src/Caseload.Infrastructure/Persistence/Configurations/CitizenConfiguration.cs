using Caseload.Domain.Citizens;
using Caseload.Domain.Teams;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Caseload.Infrastructure.Persistence.Configurations;

internal sealed class CitizenConfiguration : IEntityTypeConfiguration<Citizen>
{
    public void Configure(EntityTypeBuilder<Citizen> b)
    {
        b.ToTable("Citizens");
        b.Property(c => c.Name).HasMaxLength(Citizen.NameMaxLength).IsRequired();
        b.Property(c => c.Cpr)
            .HasConversion(cpr => cpr!.Digits, digits => CprNumber.Parse(digits))
            .HasMaxLength(CprNumber.StoredLength)
            .HasColumnName("Cpr");
        // One municipality per deployment: a CPR number is unique across the database. Null while unknown
        // (a referral may come first); NULLs do not collide (SQL Server gets a filtered index).
        b.HasIndex(c => c.Cpr).IsUnique();
        b.HasIndex(c => c.Name);
        b.Property(c => c.Address).HasMaxLength(Citizen.AddressMaxLength);
        b.Property(c => c.Phone).HasMaxLength(Citizen.PhoneMaxLength);
        b.Property(c => c.SecondaryPhone).HasMaxLength(Citizen.PhoneMaxLength);
        b.Property(c => c.Email).HasMaxLength(Citizen.EmailMaxLength);
        b.Property(c => c.InterpreterLanguage).HasMaxLength(Citizen.LanguageMaxLength);
        b.Property(c => c.ActingMunicipality).HasMaxLength(Citizen.MunicipalityMaxLength);
        b.Property(c => c.Notes).HasMaxLength(Citizen.NotesMaxLength);
        b.Ignore(c => c.DateOfBirth);
        b.HasOne<Team>().WithMany().HasForeignKey(c => c.TeamId).OnDelete(DeleteBehavior.Restrict);
    }
}
