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

    /// <summary>The citizen's own view (/mig, ADR 0042): only a citizen signed in with the citizen scheme.</summary>
    public const string Citizen = "Citizen";

    /// <summary>Other systems' API (/api/v1, ADR 0049): only a bearer token of a registered client, never a cookie.</summary>
    public const string Api = "Api";
    public const string ApiScheme = OpenIddict.Validation.AspNetCore.OpenIddictValidationAspNetCoreDefaults.AuthenticationScheme;

    /// <summary>The staff's sign-in: every policy but <see cref="Citizen"/> authenticates with this scheme only, so a citizen's
    /// cookie can never open a staff page (ADR 0042).</summary>
    public const string StaffScheme = "Identity.Application";

    public static void Add(AuthorizationOptions o)
    {
        o.DefaultPolicy = Staff().RequireAuthenticatedUser().Build();
        o.FallbackPolicy = Staff().RequireAuthenticatedUser().Build();
        o.AddPolicy(Admin, Staff().RequireRole(Roles.Administrator).Build());
        o.AddPolicy(Manager, Staff().RequireRole(Roles.Manager).Build());
        o.AddPolicy(TeamLeader, Staff().RequireRole(Roles.TeamLeader).Build());
        o.AddPolicy(Implementation, Staff().RequireRole(Roles.Manager, Roles.TeamLeader).Build());
        o.AddPolicy(Organisation, Staff().RequireRole(Roles.Manager, Roles.TeamLeader, Roles.Administrator).Build());
        // Citizen pages: any role may open them, but IAccessScope shows only the citizens of the user's own
        // teams — so a manager or administrator sees citizen detail only where also a team member (domain §1).
        o.AddPolicy(CitizenRecords, Staff().RequireRole(Roles.Worker, Roles.TeamLeader, Roles.Manager, Roles.Administrator).Build());
        o.AddPolicy(Citizen, new AuthorizationPolicyBuilder(Application.CitizenPortal.CitizenActor.Scheme)
            .RequireAuthenticatedUser().RequireClaim(Application.CitizenPortal.CitizenActor.CitizenClaim).Build());
        o.AddPolicy(Api, new AuthorizationPolicyBuilder(ApiScheme).RequireAuthenticatedUser()
            .RequireAssertion(c => Application.Api.ApiClientActor.ClientIdOf(c.User.FindFirst("sub")?.Value) is not null).Build());
    }

    private static AuthorizationPolicyBuilder Staff() => new(StaffScheme);
}
