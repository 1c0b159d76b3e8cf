using Caseload.Domain.ActionPlans;
using Caseload.Domain.Citizens;
using Caseload.Domain.Courses;
using Caseload.Domain.Teams;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Caseload.Infrastructure.ActionPlans;

/// <summary>One settings row per ACT team.</summary>
internal sealed class ActTeamSettingsConfiguration : IEntityTypeConfiguration<ActTeamSettings>
{
    public void Configure(EntityTypeBuilder<ActTeamSettings> b)
    {
        b.ToTable("ActTeamSettings");
        b.HasIndex(s => s.TeamId).IsUnique();
        b.HasOne<Team>().WithMany().HasForeignKey(s => s.TeamId).OnDelete(DeleteBehavior.Restrict);
        b.Ignore(s => s.CadenceDays);
    }
}

/// <summary>The team meeting with its agenda rows and tasks (ADR 0032).</summary>
internal sealed class TeamMeetingConfiguration : IEntityTypeConfiguration<TeamMeeting>
{
    public void Configure(EntityTypeBuilder<TeamMeeting> b)
    {
        b.ToTable("TeamMeetings");
        b.HasIndex(m => new { m.TeamId, m.Date });
        b.HasOne<Team>().WithMany().HasForeignKey(m => m.TeamId).OnDelete(DeleteBehavior.Restrict);
        b.Property(m => m.Place).HasMaxLength(TeamMeeting.PlaceMaxLength);
        b.Property(m => m.ClosedBy).HasMaxLength(450);
        b.Property(m => m.PresentWorkerIds).HasMaxLength(4000).IsRequired();
        b.Ignore(m => m.Present);
        b.Ignore(m => m.IsClosed);
        b.HasMany(m => m.Items).WithOne().HasForeignKey(i => i.MeetingId).OnDelete(DeleteBehavior.Cascade);
        b.Navigation(m => m.Items).UsePropertyAccessMode(PropertyAccessMode.Field);
        b.HasMany(m => m.Tasks).WithOne().HasForeignKey(t => t.MeetingId).OnDelete(DeleteBehavior.Cascade);
        b.Navigation(m => m.Tasks).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

internal sealed class TeamMeetingItemConfiguration : IEntityTypeConfiguration<TeamMeetingItem>
{
    public void Configure(EntityTypeBuilder<TeamMeetingItem> b)
    {
        b.ToTable("TeamMeetingItems");
        b.HasIndex(i => new { i.MeetingId, i.CitizenId }).IsUnique();
        b.HasIndex(i => i.CitizenId);
        b.HasOne<Citizen>().WithMany().HasForeignKey(i => i.CitizenId).OnDelete(DeleteBehavior.Restrict);
        b.Property(i => i.Note).HasMaxLength(TeamMeetingItem.NoteMaxLength);
        b.Property(i => i.Decisions).HasMaxLength(TeamMeetingItem.NoteMaxLength);
        b.Property(i => i.Reasons).HasMaxLength(TeamMeetingItem.ReasonsMaxLength);
        b.Property(i => i.ReviewedBy).HasMaxLength(450);
        b.Ignore(i => i.IsReviewed);
    }
}

internal sealed class TeamMeetingTaskConfiguration : IEntityTypeConfiguration<TeamMeetingTask>
{
    public void Configure(EntityTypeBuilder<TeamMeetingTask> b)
    {
        b.ToTable("TeamMeetingTasks");
        b.HasIndex(t => new { t.OwnerId, t.DoneOn });
        b.HasIndex(t => t.CitizenId);
        b.HasOne<Citizen>().WithMany().HasForeignKey(t => t.CitizenId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Team>().WithMany().HasForeignKey(t => t.TeamId).OnDelete(DeleteBehavior.Restrict);
        b.Property(t => t.Description).HasMaxLength(TeamMeetingTask.DescriptionMaxLength).IsRequired();
        b.Property(t => t.OwnerId).HasMaxLength(450).IsRequired();
        b.Property(t => t.OwnerKind).HasDefaultValue(TaskOwnerKind.Worker).HasSentinel((TaskOwnerKind)(-1));
        b.Property(t => t.OwnerName).HasMaxLength(TeamMeetingTask.OwnerNameMaxLength);
    }
}

/// <summary>Periods of intensified support on ACT courses.</summary>
internal sealed class IntensifiedSupportConfiguration : IEntityTypeConfiguration<IntensifiedSupport>
{
    public void Configure(EntityTypeBuilder<IntensifiedSupport> b)
    {
        b.ToTable("IntensifiedSupports");
        b.HasIndex(p => p.CourseId);
        b.HasIndex(p => new { p.TeamId, p.PlannedEndOn });
        b.HasIndex(p => p.CitizenId);
        b.HasOne<Course>().WithMany().HasForeignKey(p => p.CourseId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Citizen>().WithMany().HasForeignKey(p => p.CitizenId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Team>().WithMany().HasForeignKey(p => p.TeamId).OnDelete(DeleteBehavior.Restrict);
        b.Ignore(p => p.EndOn);
    }
}

/// <summary>Visits planned on the team's week (ADR 0033): read by team and week, and by worker for "Min uge" and the feed.</summary>
internal sealed class TeamVisitConfiguration : IEntityTypeConfiguration<TeamVisit>
{
    public void Configure(EntityTypeBuilder<TeamVisit> b)
    {
        b.ToTable("TeamVisits");
        b.HasIndex(v => new { v.TeamId, v.Date });
        b.HasIndex(v => new { v.WorkerId, v.Date });
        b.HasIndex(v => v.CitizenId);
        b.HasOne<Citizen>().WithMany().HasForeignKey(v => v.CitizenId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Team>().WithMany().HasForeignKey(v => v.TeamId).OnDelete(DeleteBehavior.Restrict);
        b.Property(v => v.WorkerId).HasMaxLength(450).IsRequired();
        b.Ignore(v => v.IsCancelled);
    }
}

/// <summary>One calendar address per user; found by the token's hash.</summary>
internal sealed class CalendarFeedConfiguration : IEntityTypeConfiguration<CalendarFeed>
{
    public void Configure(EntityTypeBuilder<CalendarFeed> b)
    {
        b.ToTable("CalendarFeeds");
        b.HasIndex(f => f.UserId).IsUnique();
        b.HasIndex(f => f.TokenHash).IsUnique();
        b.Property(f => f.UserId).HasMaxLength(450).IsRequired();
        b.Property(f => f.TokenHash).HasMaxLength(CalendarFeed.HashLength);
        b.Ignore(f => f.IsActive);
    }
}

/// <summary>Consents to SMS reminders, read by citizen (the page, the reminder job).</summary>
internal sealed class SmsConsentConfiguration : IEntityTypeConfiguration<SmsConsent>
{
    public void Configure(EntityTypeBuilder<SmsConsent> b)
    {
        b.ToTable("SmsConsents");
        b.HasIndex(s => s.CitizenId);
        b.HasOne<Citizen>().WithMany().HasForeignKey(s => s.CitizenId).OnDelete(DeleteBehavior.Restrict);
    }
}

/// <summary>One row per reminder and citizen: the unique key is the claim that makes a reminder go at most once, whichever run or
/// instance gets there first (ADR 0038).</summary>
internal sealed class SmsReminderConfiguration : IEntityTypeConfiguration<SmsReminder>
{
    public void Configure(EntityTypeBuilder<SmsReminder> b)
    {
        b.ToTable("SmsReminders");
        b.HasKey(r => r.Id);
        b.HasIndex(r => new { r.Kind, r.SubjectId, r.CitizenId }).IsUnique();
        b.HasIndex(r => new { r.CitizenId, r.ClaimedAt });
        b.HasOne<Citizen>().WithMany().HasForeignKey(r => r.CitizenId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Team>().WithMany().HasForeignKey(r => r.TeamId).OnDelete(DeleteBehavior.Restrict);
        b.Property(r => r.Failure).HasMaxLength(SmsReminder.FailureMaxLength);
    }
}
