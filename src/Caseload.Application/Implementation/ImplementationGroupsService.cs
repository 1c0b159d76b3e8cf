using Caseload.Application.Common;
using Caseload.Application.Common.Time;
using Caseload.Application.Security;
using Caseload.Domain.Implementation;
using Microsoft.EntityFrameworkCore;

namespace Caseload.Application.Implementation;

public sealed class GroupMemberInput
{
    public Guid Id { get; set; }
    public ImplementationGroup? Group { get; set; }
    public string? Name { get; set; }
    public string? Organisation { get; set; }
    public string? Role { get; set; }
}

public sealed class GroupsInput
{
    public List<GroupMemberInput> Members { get; set; } = [];
    public Guid Version { get; set; }
}

public sealed class MeetingMinutesInput
{
    public ImplementationGroup? Group { get; set; }
    public DateOnly? HeldOn { get; set; }
    public string? Participants { get; set; }
    public string? Agenda { get; set; }
    public string? Minutes { get; set; }
    public string? Decisions { get; set; }
}

public sealed record MeetingRow(Guid Id, ImplementationGroup Group, DateOnly HeldOn, string? Participants, string? Agenda, string? Minutes, string? Decisions);

/// <summary>The steering group and implementation team of a project, their meetings (newest first) and when the
/// implementation team must meet next (at least every two months while planning and carrying out, §2.4).</summary>
public sealed record GroupsView(ProjectListRow Project, Guid Version, IReadOnlyList<GroupMember> Members, IReadOnlyList<MeetingRow> Meetings,
    DateOnly? NextTeamMeetingDue, DateOnly Today)
{
    public bool TeamMeetingOverdue => NextTeamMeetingDue < Today;
}

/// <summary>Who carries the implementation (steering group, implementation team) and the minutes of their meetings.</summary>
public sealed class ImplementationGroupsService(ICaseloadDbContext db, IDanishClock clock, CommandRunner commands)
{
    public async Task<GroupsView?> GroupsAsync(OwnRecord<ImplementationProject> project, CancellationToken ct = default)
    {
        var p = await db.ImplementationProjects.AsNoTracking().FirstOrDefaultAsync(x => x.Id == project.Id, ct);
        if (p is null) return null;
        var meetings = await db.ImplementationMeetings.AsNoTracking().Where(m => m.ProjectId == project.Id).OrderByDescending(m => m.HeldOn).ThenByDescending(m => m.CreatedAt)
            .Select(m => new MeetingRow(m.Id, m.Group, m.HeldOn, m.Participants, m.Agenda, m.Minutes, m.Decisions)).ToListAsync(ct);
        var today = clock.Today;
        var lastTeamMeeting = meetings.Where(m => m.Group == ImplementationGroup.ImplementationTeam && m.HeldOn <= today).Select(m => (DateOnly?)m.HeldOn).FirstOrDefault();
        return new GroupsView(new ProjectListRow(p.Id, p.Method, p.Unit, p.Phase, p.PhaseSince), p.Version, p.Groups, meetings,
            ImplementationMeeting.NextTeamMeetingDue(p.Phase, p.PhaseSince, lastTeamMeeting), today);
    }

    public Task<Result> SaveGroupsAsync(OwnRecord<ImplementationProject> project, GroupsInput input, CancellationToken ct = default)
        => commands.RunAsync(async token =>
        {
            var p = await db.ImplementationProjects.FirstOrDefaultAsync(x => x.Id == project.Id, token);
            if (p is null) return Result.NotFound(ImplementationService.GoneMessage);
            commands.Expect(p, input.Version);
            p.SaveGroups(input.Members.Select(m => new GroupMember(m.Id, m.Group ?? ImplementationGroup.ImplementationTeam, m.Name ?? "", m.Organisation, m.Role)));
            return Result.Ok;
        }, ct);

    public Task<Result> AddMeetingAsync(OwnRecord<ImplementationProject> project, MeetingMinutesInput input, CancellationToken ct = default)
        => commands.RunAsync(async token =>
        {
            if (!await db.ImplementationProjects.AnyAsync(p => p.Id == project.Id, token)) return Result.NotFound(ImplementationService.GoneMessage);
            if (input.Group is null) return Result.Fail("Vælg hvilken gruppe der holdt mødet.", nameof(input.Group));
            db.ImplementationMeetings.Add(new ImplementationMeeting(project.Id, input.Group.Value, input.HeldOn, input.Participants, input.Agenda, input.Minutes,
                input.Decisions, clock.Today));
            return Result.Ok;
        }, ct);
}
