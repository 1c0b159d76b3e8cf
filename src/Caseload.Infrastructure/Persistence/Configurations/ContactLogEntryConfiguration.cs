using Caseload.Domain.Citizens;
using Caseload.Domain.Contacts;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Caseload.Infrastructure.Persistence.Configurations;

internal sealed class ContactLogEntryConfiguration : IEntityTypeConfiguration<ContactLogEntry>
{
    public void Configure(EntityTypeBuilder<ContactLogEntry> b)
    {
        b.ToTable("ContactLog");
        b.Property(c => c.Place).HasMaxLength(ContactLogEntry.PlaceMaxLength);
        b.Property(c => c.Participants).HasMaxLength(ContactLogEntry.ParticipantsMaxLength);
        b.Property(c => c.Note).HasMaxLength(ContactLogEntry.NoteMaxLength);
        b.Property(c => c.AuthorId).HasMaxLength(450).IsRequired();
        b.HasIndex(c => new { c.CitizenId, c.OccurredAt });
        b.HasOne<Citizen>().WithMany().HasForeignKey(c => c.CitizenId).OnDelete(DeleteBehavior.Restrict);
        b.OwnsMany(c => c.WorkersPresent, w =>
        {
            w.ToTable("ContactWorkers");
            w.WithOwner().HasForeignKey("ContactLogEntryId");
            w.Property(x => x.UserId).HasMaxLength(450).IsRequired();
            w.HasKey("ContactLogEntryId", nameof(ContactWorker.UserId));
        });
        b.Navigation(c => c.WorkersPresent).HasField("_workersPresent").UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}
