using Caseload.Application.DataProtection;
using Caseload.Domain.Teams;
using Caseload.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Caseload.Infrastructure.Identity;

/// <summary>Staff by role and team for the insight package's access log (ADR 0052): "Medarbejder · ACT-team Nord",
/// "Teamleder · ACT-team Nord (teamleder)", never a name.</summary>
public sealed class StaffRoles(CaseloadDbContext db) : IStaffRoles
{
    public async Task<IReadOnlyDictionary<string, string>> DescribeAsync(IReadOnlyCollection<string> userIds, CancellationToken ct)
    {
        var ids = userIds.ToList();
        var users = await db.Users.AsNoTracking().Where(u => ids.Contains(u.Id)).Select(u => u.Id).ToListAsync(ct);
        var roles = await (from ur in db.UserRoles.AsNoTracking()
                           join r in db.Roles on ur.RoleId equals r.Id
                           where ids.Contains(ur.UserId)
                           select new { ur.UserId, r.Name }).ToListAsync(ct);
        var teams = await (from m in db.TeamMembers.AsNoTracking()
                           join t in db.Teams on m.TeamId equals t.Id
                           where ids.Contains(m.UserId)
                           select new { m.UserId, t.Name, m.Role }).ToListAsync(ct);
        return users.ToDictionary(id => id, id =>
        {
            var role = string.Join(", ", roles.Where(r => r.UserId == id).Select(r => r.Name).OfType<string>().Order(StringComparer.Ordinal));
            var team = string.Join(", ", teams.Where(t => t.UserId == id).OrderBy(t => t.Name, StringComparer.Ordinal)
                .Select(t => t.Role == TeamRole.Leader ? $"{t.Name} (teamleder)" : t.Name));
            return (role.Length == 0 ? "Medarbejder" : role) + (team.Length == 0 ? " · uden team" : $" · {team}");
        });
    }
}
