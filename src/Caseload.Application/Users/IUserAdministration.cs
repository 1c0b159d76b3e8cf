namespace Caseload.Application.Users;

public sealed record UserListItem(string Id, string FullName, string Email, IReadOnlyList<string> Roles,
    IReadOnlyList<string> Teams, bool IsActive, bool IsLockedOut, bool TwoFactorEnabled);

/// <summary>User administration (Administrator only). Users are never deleted, only deactivated.
/// Implemented over ASP.NET Identity in the infrastructure layer.</summary>
public interface IUserAdministration
{
    Task<IReadOnlyList<UserListItem>> ListAsync(string? search, CancellationToken ct = default);
    Task<UserListItem?> FindAsync(string userId, CancellationToken ct = default);
    /// <summary>The form for a new user (all teams, none chosen) or for an existing one.</summary>
    Task<UserInput?> GetInputAsync(string? userId, CancellationToken ct = default);
    Task<Common.Result<string>> CreateAsync(UserInput input, CancellationToken ct = default);
    Task<Common.Result> UpdateAsync(string userId, UserInput input, CancellationToken ct = default);
    Task<Common.Result> SetActiveAsync(string userId, bool active, CancellationToken ct = default);
    Task<Common.Result> SetPasswordAsync(string userId, string? newPassword, CancellationToken ct = default);
    Task<Common.Result> UnlockAsync(string userId, CancellationToken ct = default);
    Task<Common.Result> ResetTwoFactorAsync(string userId, CancellationToken ct = default);
}
