using Caseload.Domain.Citizens;
using Caseload.Domain.Meetings;
using Caseload.Domain.Teams;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Caseload.Infrastructure.Persistence.Configurations;

/// <summary>A coordinating meeting: participants and agenda are one JSON value each (ADR 0016); its tasks are rows of their
/// own, found by owner for the start page.</summary>
internal sealed class CoordinatingMeetingConfiguration : IEntityTypeConfiguration<CoordinatingMeeting>
{
    public void Configure(EntityTypeBuilder<CoordinatingMeeting> b)
    {
        b.ToTable("CoordinatingMeetings");
        b.HasIndex(m => new { m.CitizenId, m.Date });
        b.HasOne<Citizen>().WithMany().HasForeignKey(m => m.CitizenId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Team>().WithMany().HasForeignKey(m => m.TeamId).OnDelete(DeleteBehavior.Restrict);
        b.Property(m => m.Place).HasMaxLength(CoordinatingMeeting.ShortMaxLength);
        b.Property(m => m.CitizenWhereabouts).HasMaxLength(CoordinatingMeeting.ShortMaxLength);
        b.Property(m => m.ChairId).HasMaxLength(450);
        b.Property(m => m.MinuteTakerName).HasMaxLength(MeetingParticipant.NameMaxLength);
        foreach (var p in new[] { nameof(CoordinatingMeeting.ChairPhone), nameof(CoordinatingMeeting.MinuteTakerPhone),
                     nameof(CoordinatingMeeting.MinuteTakerEmail), nameof(CoordinatingMeeting.CitizenEmail) })
            b.Property(p).HasMaxLength(MeetingParticipant.TextMaxLength);
        b.Property(m => m.ParticipantsJson).IsRequired();
        b.Property(m => m.AgendaJson).IsRequired();
        b.Ignore(m => m.Participants);
        b.Ignore(m => m.Agenda);
        b.HasMany(m => m.Tasks).WithOne().HasForeignKey(t => t.MeetingId).OnDelete(DeleteBehavior.Cascade);
        b.Navigation(m => m.Tasks).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

internal sealed class MeetingTaskConfiguration : IEntityTypeConfiguration<MeetingTask>
{
    public void Configure(EntityTypeBuilder<MeetingTask> b)
    {
        b.ToTable("MeetingTasks");
        b.HasIndex(t => new { t.OwnerId, t.DoneOn, t.DueOn });
        b.HasIndex(t => t.CitizenId);
        b.Property(t => t.OwnerId).HasMaxLength(450).IsRequired();
        b.Property(t => t.Description).HasMaxLength(MeetingTask.DescriptionMaxLength).IsRequired();
    }
}
