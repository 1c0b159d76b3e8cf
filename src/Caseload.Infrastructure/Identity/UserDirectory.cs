using Caseload.Application.Common;
using Caseload.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Caseload.Infrastructure.Identity;

/// <summary>Display names, remembered for the request (scoped): a page's sections and its layout often ask for the same people.</summary>
public sealed class UserDirectory(CaseloadDbContext db) : IUserDirectory
{
    private readonly Dictionary<string, string?> _known = [];
    private readonly Dictionary<Guid, IReadOnlyList<TeamContact>> _teams = [];

    public async Task<IReadOnlyDictionary<string, string>> NamesAsync(IEnumerable<string> userIds, CancellationToken ct = default)
    {
        var ids = userIds.Distinct().ToList();
        var missing = ids.Where(id => !_known.ContainsKey(id)).ToList();
        if (missing.Count > 0)
        {
            var found = await db.Users.AsNoTracking().Where(u => missing.Contains(u.Id)).Select(u => new { u.Id, u.FullName }).ToListAsync(ct);
            foreach (var id in missing) _known[id] = null;
            foreach (var u in found) _known[u.Id] = u.FullName;
        }
        return ids.Where(id => _known[id] is not null).ToDictionary(id => id, id => _known[id]!);
    }

    public async Task<IReadOnlyList<TeamContact>> TeamContactsAsync(Guid teamId, CancellationToken ct = default)
    {
        if (_teams.TryGetValue(teamId, out var known)) return known; // the citizen page's courses and contact sections both ask
        var contacts = await db.TeamMembers.AsNoTracking().Where(m => m.TeamId == teamId)
            .Join(db.Users.Where(u => u.IsActive), m => m.UserId, u => u.Id, (m, u) => new { u.Id, u.FullName, u.Email, u.PhoneNumber, m.Discipline })
            .OrderBy(c => c.FullName).Select(c => new TeamContact(c.Id, c.FullName, c.Email, c.PhoneNumber, c.Discipline)).ToListAsync(ct);
        foreach (var c in contacts) _known[c.UserId] = c.Name; // the page's names are mostly the team's: no second look-up
        return _teams[teamId] = contacts;
    }

    public Task<bool> IsActiveMemberAsync(Guid teamId, string? userId, CancellationToken ct = default)
        => db.TeamMembers.AnyAsync(m => m.TeamId == teamId && m.UserId == userId && db.Users.Any(u => u.Id == userId && u.IsActive), ct);

    public async Task<IReadOnlyList<TeamContact>> AllTeamMembersAsync(CancellationToken ct = default)
    {
        var rows = await db.TeamMembers.AsNoTracking()
            .Join(db.Users.Where(u => u.IsActive), m => m.UserId, u => u.Id, (m, u) => new { u.Id, u.FullName, u.Email, u.PhoneNumber, m.Discipline })
            .OrderBy(c => c.FullName).ToListAsync(ct);
        return [.. rows.DistinctBy(r => r.Id).Select(c => new TeamContact(c.Id, c.FullName, c.Email, c.PhoneNumber, c.Discipline))];
    }
}
