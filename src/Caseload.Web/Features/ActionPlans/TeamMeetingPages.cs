using Caseload.Application.ActionPlans;

namespace Caseload.Web.Features.ActionPlans;

/// <summary>The team's meetings: the next ones, those held, and (for the leader) the plan and settings forms.</summary>
public sealed record TeamMeetingsPage(TeamMeetingsOverview Overview, TeamMeetingPlanInput Plan, ActTeamSettingsInput Settings);

/// <summary>One meeting. <see cref="Posted"/>: the citizen whose review form failed, shown again with what was typed.</summary>
public sealed record TeamMeetingPage(TeamMeetingView Meeting, Guid? Posted = null)
{
    public string Url => $"/act/teams/{Meeting.TeamId}/teammoeder/{Meeting.Id}";
}

/// <summary>The minutes (or, before the meeting is closed, the agenda) as print view and PDF.</summary>
public sealed record TeamMeetingPrint(TeamMeetingView Meeting);
