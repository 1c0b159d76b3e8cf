using Caseload.Application.Auditing;
using Caseload.Application.Common;
using Caseload.Domain.Auditing;
using Caseload.Application.Common.Time;
using FluentValidation;
using Caseload.Application.Users;
using Caseload.Domain.Teams;
using Caseload.Infrastructure.Persistence;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Caseload.Infrastructure.Identity;

/// <summary>User administration over ASP.NET Identity and the teams' membership lists.
/// Every change is written to the audit log by the save interceptor (secrets excluded).</summary>
public sealed class UserAdministration(UserManager<ApplicationUser> users, CaseloadDbContext db, IDanishClock clock,
    CommandRunner commands, IValidator<UserInput> validator, Sessions.UserSessions sessions, IAuditLog audit) : IUserAdministration
{
    public async Task<IReadOnlyList<UserListItem>> ListAsync(string? search, CancellationToken ct = default)
    {
        var query = users.Users.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(search))
        {
            var s = search.Trim().ToLowerInvariant();
            query = query.Where(u => u.FullName.ToLower().Contains(s) || (u.Email != null && u.Email.ToLower().Contains(s)));
        }
        var list = await query.OrderBy(u => u.FullName).Take(500).ToListAsync(ct);
        var ids = list.Select(u => u.Id).ToList();
        var roles = await (from ur in db.UserRoles join r in db.Roles on ur.RoleId equals r.Id
                           where ids.Contains(ur.UserId) select new { ur.UserId, r.Name }).ToListAsync(ct);
        var teams = await (from m in db.TeamMembers join t in db.Teams on m.TeamId equals t.Id
                           where ids.Contains(m.UserId) select new { m.UserId, t.Name, m.Role }).ToListAsync(ct);
        var now = new DateTimeOffset(clock.UtcNow);
        return list.Select(u => new UserListItem(u.Id, u.FullName, u.Email ?? "",
            roles.Where(r => r.UserId == u.Id).Select(r => r.Name!).Order().ToList(),
            teams.Where(t => t.UserId == u.Id).Select(t => t.Role == TeamRole.Leader ? $"{t.Name} (teamleder)" : t.Name).Order().ToList(),
            u.IsActive, u.LockoutEnd > now, u.TwoFactorEnabled)).ToList();
    }

    public async Task<UserListItem?> FindAsync(string userId, CancellationToken ct = default)
    {
        var user = await users.FindByIdAsync(userId);
        return user is null ? null : (await ListAsync(user.Email, ct)).FirstOrDefault(u => u.Id == userId);
    }

    public async Task<UserInput?> GetInputAsync(string? userId, CancellationToken ct = default)
    {
        var allTeams = await db.Teams.AsNoTracking().OrderBy(t => t.Name).Select(t => new { t.Id, t.Name }).ToListAsync(ct);
        var input = new UserInput
        {
            Teams = allTeams.Select(t => new TeamMembershipInput { TeamId = t.Id, TeamName = t.Name }).ToList(),
        };
        if (userId is null) return input;

        var user = await users.FindByIdAsync(userId);
        if (user is null) return null;
        input.FullName = user.FullName;
        input.Email = user.Email;
        input.ConcurrencyStamp = user.ConcurrencyStamp;
        input.Roles = [.. await users.GetRolesAsync(user)];
        var memberships = await db.TeamMembers.AsNoTracking().Where(m => m.UserId == userId).ToListAsync(ct);
        foreach (var t in input.Teams)
        {
            var m = memberships.FirstOrDefault(x => x.TeamId == t.TeamId);
            if (m is null) continue;
            t.Role = m.Role;
            t.Fte = m.Fte;
            t.Discipline = m.Discipline;
        }
        return input;
    }

    /// <summary>The user, roles and team memberships in one transaction: all or nothing.</summary>
    public Task<Result<string>> CreateAsync(UserInput input, CancellationToken ct = default)
        => commands.RunAsync(validator, input, async token =>
        {
            if (string.IsNullOrWhiteSpace(input.Password))
                return Result.Fail("Angiv en første adgangskode (mindst 12 tegn).", nameof(input.Password));
            var email = input.Email!.Trim();
            var user = new ApplicationUser { UserName = email, Email = email, EmailConfirmed = true, FullName = input.FullName!.Trim() };
            var created = await users.CreateAsync(user, input.Password);
            if (!created.Succeeded) return FromIdentity(created, nameof(input.Password));
            var roles = await users.AddToRolesAsync(user, input.Roles.Distinct());
            if (!roles.Succeeded) return FromIdentity(roles, nameof(input.Roles));
            await SaveMembershipsAsync(user.Id, input.Teams, token);
            return Result.Success(user.Id);
        }, ct);

    /// <summary>Changed roles end the user's sessions: the roles travel in the sign-in ticket.</summary>
    public async Task<Result> UpdateAsync(string userId, UserInput input, CancellationToken ct = default)
        => await commands.RunAsync(validator, input, async token =>
        {
            var user = await users.FindByIdAsync(userId);
            if (user is null) return Result.NotFound("Brugeren findes ikke.");
            if (input.ConcurrencyStamp is not null && input.ConcurrencyStamp != user.ConcurrencyStamp)
                return Result.Conflict();
            var email = input.Email!.Trim();
            user.FullName = input.FullName!.Trim();
            if (!string.Equals(user.Email, email, StringComparison.OrdinalIgnoreCase))
            {
                user.Email = email;
                user.UserName = email;
            }
            var updated = await users.UpdateAsync(user);
            if (!updated.Succeeded) return FromIdentity(updated, nameof(input.Email));

            var current = await users.GetRolesAsync(user);
            var wanted = input.Roles.Distinct().ToList();
            await users.RemoveFromRolesAsync(user, current.Except(wanted));
            await users.AddToRolesAsync(user, wanted.Except(current));
            if (!current.Order().SequenceEqual(wanted.Order())) await sessions.EndAllAsync(user.Id, token);
            await SaveMembershipsAsync(user.Id, input.Teams, token);
            return Result.Ok;
        }, ct);

    public Task<Result> SetActiveAsync(string userId, bool active, CancellationToken ct = default)
        => commands.RunAsync(async token =>
        {
            var user = await users.FindByIdAsync(userId);
            if (user is null) return Result.NotFound("Brugeren findes ikke.");
            // A deactivated user cannot sign in: their citizens must have another primary worker first (issue #28 item 6).
            var citizens = active ? 0 : await db.Courses.CountAsync(c => c.PrimaryWorkerId == userId && c.Status == Domain.Courses.CourseStatus.Active, token);
            if (citizens > 0)
                return Result.Fail($"{user.FullName} er tovholder for {citizens} {(citizens == 1 ? "borger" : "borgere")}. Flyt dem til en anden " +
                                   "medarbejder først (teamlederen gør det under Flyt borgere på teamets side); deaktiver derefter brugeren.");
            user.IsActive = active;
            user.DeactivatedAt = active ? null : clock.UtcNow;
            await users.UpdateAsync(user);
            await users.UpdateSecurityStampAsync(user);
            if (!active) await sessions.EndAllAsync(user.Id, CancellationToken.None); // signed out at once
            return Result.Ok;
        }, ct);

    public async Task<Result> SetPasswordAsync(string userId, string? newPassword, CancellationToken ct = default)
    {
        var user = await users.FindByIdAsync(userId);
        if (user is null) return Result.NotFound("Brugeren findes ikke.");
        if (string.IsNullOrWhiteSpace(newPassword)) return Result.Fail("Angiv en ny adgangskode.", "NewPassword");
        if (newPassword.Length > UserInputValidator.PasswordMaxLength)
            return Result.Fail($"Adgangskoden må højst være {UserInputValidator.PasswordMaxLength} tegn.", "NewPassword");
        var token = await users.GeneratePasswordResetTokenAsync(user);
        var result = await users.ResetPasswordAsync(user, token, newPassword);
        if (!result.Succeeded) return FromIdentity(result, "NewPassword");
        await users.SetLockoutEndDateAsync(user, null);
        await users.ResetAccessFailedCountAsync(user);
        await sessions.EndAllAsync(user.Id, ct);
        await audit.RecordAsync(AuditAction.Updated, AuditNames.User, user.Id, details: "Ny adgangskode sat af en administrator; brugerens sessioner er afsluttet", ct: ct);
        return Result.Ok;
    }

    public async Task<Result> UnlockAsync(string userId, CancellationToken ct = default)
    {
        var user = await users.FindByIdAsync(userId);
        if (user is null) return Result.NotFound("Brugeren findes ikke.");
        await users.SetLockoutEndDateAsync(user, null);
        await users.ResetAccessFailedCountAsync(user);
        await audit.RecordAsync(AuditAction.Updated, AuditNames.User, user.Id, details: "Låst op af en administrator", ct: ct);
        return Result.Ok;
    }

    /// <summary>The user lost their phone: two-factor is turned off and the authenticator key replaced; they set it up again.</summary>
    public async Task<Result> ResetTwoFactorAsync(string userId, CancellationToken ct = default)
    {
        var user = await users.FindByIdAsync(userId);
        if (user is null) return Result.NotFound("Brugeren findes ikke.");
        await users.SetTwoFactorEnabledAsync(user, false);
        await users.ResetAuthenticatorKeyAsync(user);
        await sessions.EndAllAsync(user.Id, ct);
        await audit.RecordAsync(AuditAction.Updated, AuditNames.User, user.Id, details: "To-faktor nulstillet af en administrator; brugerens sessioner er afsluttet", ct: ct);
        return Result.Ok;
    }

    private async Task SaveMembershipsAsync(string userId, IEnumerable<TeamMembershipInput> wanted, CancellationToken ct)
    {
        var teams = await db.Teams.Include(t => t.Members).ToListAsync(ct);
        foreach (var w in wanted)
        {
            var team = teams.FirstOrDefault(t => t.Id == w.TeamId);
            if (team is null) continue;
            var member = team.Members.FirstOrDefault(m => m.UserId == userId);
            if (w.Role is null)
            {
                if (member is not null) team.RemoveMember(userId);
            }
            else if (member is null)
            {
                team.AddMember(userId, w.Role.Value, w.Fte, w.Discipline);
            }
            else
            {
                member.ChangeRole(w.Role.Value);
                member.ChangeFte(w.Fte);
                member.ChangeDiscipline(w.Discipline);
            }
        }
    }

    private static Result FromIdentity(IdentityResult result, string field)
        => Result.Invalid(result.Errors.Select(e => new KeyValuePair<string, string>(
            e.Code.Contains("Email", StringComparison.Ordinal) || e.Code.Contains("UserName", StringComparison.Ordinal) ? "Email" : field,
            e.Description)));
}
