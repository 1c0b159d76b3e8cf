namespace Caseload.Application.Common;

/// <summary>A member of a team as others need to reach them (meeting participants, task owners).</summary>
public sealed record TeamContact(string UserId, string Name, string? Email, string? Phone, string? Discipline);

public interface IUserDirectory
{
    Task<IReadOnlyDictionary<string, string>> NamesAsync(IEnumerable<string> userIds, CancellationToken ct = default);

    /// <summary>The active members of a team, by name.</summary>
    Task<IReadOnlyList<TeamContact>> TeamContactsAsync(Guid teamId, CancellationToken ct = default);

    /// <summary>Whether the user is an active (not deactivated) member of the team: who may be handed a course.</summary>
    Task<bool> IsActiveMemberAsync(Guid teamId, string? userId, CancellationToken ct = default);

    /// <summary>Every active member of any team, once each, by name (e.g. who can be scheduled at a drop-in centre).</summary>
    Task<IReadOnlyList<TeamContact>> AllTeamMembersAsync(CancellationToken ct = default);
}
