using Caseload.Application.Security;
using Microsoft.AspNetCore.Authorization;

namespace Caseload.Web.Security;

/// <summary>One policy per kind of page, named on each controller. Everything else needs a signed-in user (the fallback policy).</summary>
public static class Policies
{
    public const string Admin = "Admin";
    public const string Manager = "Manager";
    public const string TeamLeader = "TeamLeader";
    /// <summary>Implementing a method (issue #15): managers and team leaders.</summary>
    public const string Implementation = "Implementation";
    public const string CitizenRecords = "CitizenRecords";
    /// <summary>The organisation's own registers — drop-in centres and partner organisations: managers and team leaders,
    /// and the administrator (domain.md §1, ADR 0030).</summary>
    public const string Organisation = "Organisation";

    public static void Add(AuthorizationOptions o)
    {
        o.FallbackPolicy = new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build();
        o.AddPolicy(Admin, p => p.RequireRole(Roles.Administrator));
        o.AddPolicy(Manager, p => p.RequireRole(Roles.Manager));
        o.AddPolicy(TeamLeader, p => p.RequireRole(Roles.TeamLeader));
        o.AddPolicy(Implementation, p => p.RequireRole(Roles.Manager, Roles.TeamLeader));
        o.AddPolicy(Organisation, p => p.RequireRole(Roles.Manager, Roles.TeamLeader, Roles.Administrator));
        // Citizen pages: any role may open them, but IAccessScope shows only the citizens of the user's own
        // teams — so a manager or administrator sees citizen detail only where also a team member (domain §1).
        o.AddPolicy(CitizenRecords, p => p.RequireRole(Roles.Worker, Roles.TeamLeader, Roles.Manager, Roles.Administrator));
    }
}
