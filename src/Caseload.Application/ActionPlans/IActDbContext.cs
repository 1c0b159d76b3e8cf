using Caseload.Application.Common;
using Microsoft.EntityFrameworkCore;

namespace Caseload.Application.ActionPlans;

/// <summary>The ACT engine's view of the database: the shared context plus the engine's own tables, so that the shared
/// <see cref="ICaseloadDbContext"/> names no engine type (ADR 0023). The engine's services take this instead.</summary>
public interface IActDbContext : ICaseloadDbContext
{
    DbSet<Domain.ActionPlans.ActionPlan> ActionPlans { get; }
    DbSet<Domain.ActionPlans.ActionPlanRevision> ActionPlanRevisions { get; }
    DbSet<Domain.ActionPlans.ActTeamSettings> ActTeamSettings { get; }
    DbSet<Domain.ActionPlans.TeamMeeting> TeamMeetings { get; }
    DbSet<Domain.ActionPlans.TeamMeetingItem> TeamMeetingItems { get; }
    DbSet<Domain.ActionPlans.TeamMeetingTask> TeamMeetingTasks { get; }
    DbSet<Domain.ActionPlans.IntensifiedSupport> IntensifiedSupports { get; }
    DbSet<Domain.ActionPlans.TeamVisit> TeamVisits { get; }
    DbSet<Domain.ActionPlans.CalendarFeed> CalendarFeeds { get; }
    DbSet<Domain.ActionPlans.SmsConsent> SmsConsents { get; }
    DbSet<Domain.ActionPlans.SmsReminder> SmsReminders { get; }
}
