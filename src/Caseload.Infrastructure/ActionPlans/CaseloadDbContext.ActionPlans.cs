using Caseload.Application.ActionPlans;
using Microsoft.EntityFrameworkCore;

namespace Caseload.Infrastructure.Persistence;

/// <summary>The ACT engine's tables (ADR 0023).</summary>
public abstract partial class CaseloadDbContext : IActDbContext
{
    public DbSet<Domain.ActionPlans.ActionPlan> ActionPlans => Set<Domain.ActionPlans.ActionPlan>();
    public DbSet<Domain.ActionPlans.ActionPlanRevision> ActionPlanRevisions => Set<Domain.ActionPlans.ActionPlanRevision>();
    public DbSet<Domain.ActionPlans.ActTeamSettings> ActTeamSettings => Set<Domain.ActionPlans.ActTeamSettings>();
    public DbSet<Domain.ActionPlans.TeamMeeting> TeamMeetings => Set<Domain.ActionPlans.TeamMeeting>();
    public DbSet<Domain.ActionPlans.TeamMeetingItem> TeamMeetingItems => Set<Domain.ActionPlans.TeamMeetingItem>();
    public DbSet<Domain.ActionPlans.TeamMeetingTask> TeamMeetingTasks => Set<Domain.ActionPlans.TeamMeetingTask>();
    public DbSet<Domain.ActionPlans.IntensifiedSupport> IntensifiedSupports => Set<Domain.ActionPlans.IntensifiedSupport>();
    public DbSet<Domain.ActionPlans.TeamVisit> TeamVisits => Set<Domain.ActionPlans.TeamVisit>();
    public DbSet<Domain.ActionPlans.CalendarFeed> CalendarFeeds => Set<Domain.ActionPlans.CalendarFeed>();
    public DbSet<Domain.ActionPlans.SmsConsent> SmsConsents => Set<Domain.ActionPlans.SmsConsent>();
    public DbSet<Domain.ActionPlans.SmsReminder> SmsReminders => Set<Domain.ActionPlans.SmsReminder>();
}
