using Caseload.Domain.Citizens;
using Caseload.Domain.CourseEvents;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Caseload.Infrastructure.Persistence.Configurations;

internal sealed class CourseEventConfiguration : IEntityTypeConfiguration<CourseEvent>
{
    public void Configure(EntityTypeBuilder<CourseEvent> b)
    {
        b.ToTable("CourseEvents");
        b.HasKey(e => e.Sequence);
        b.Property(e => e.Sequence).ValueGeneratedOnAdd(); // identity / autoincrement: the feed's cursor
        b.Property(e => e.Type).HasMaxLength(CourseEvent.TypeMaxLength).IsRequired();
        b.Property(e => e.Code).HasMaxLength(CourseEvent.CodeMaxLength);
        b.Property(e => e.RecordedBy).HasMaxLength(450);
        b.HasIndex(e => new { e.CitizenId, e.OccurredAt }); // the citizen's timeline
        b.HasIndex(e => e.CourseId);
        b.HasIndex(e => new { e.TeamId, e.Type, e.OccurredOn }); // statistics per team and period
        b.HasOne<Citizen>().WithMany().HasForeignKey(e => e.CitizenId).OnDelete(DeleteBehavior.Restrict);
    }
}
