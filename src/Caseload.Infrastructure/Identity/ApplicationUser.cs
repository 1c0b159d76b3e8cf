using Microsoft.AspNetCore.Identity;

namespace Caseload.Infrastructure.Identity;

/// <summary>A user. Never hard-deleted: deactivated users keep their history (domain.md §6).</summary>
public class ApplicationUser : IdentityUser
{
    public const int FullNameMaxLength = 150;

    public string FullName { get; set; } = string.Empty;
    public bool IsActive { get; set; } = true;
    public DateTime? DeactivatedAt { get; set; }
}
