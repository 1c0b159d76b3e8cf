using Caseload.Application.CitizenPortal;
using Caseload.Application.Engines;
using Caseload.Web.Engines;
using Caseload.Web.Hosting;
using Caseload.Application.Security;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Caseload.Web.Features.CitizenPortal;

/// <summary>The citizen's own view (issue #34, ADR 0042): its own cookie scheme with server-side sessions and a 15-minute idle
/// timeout, and the access section on the citizen page.</summary>
public sealed class CitizenPortalWebModule : IEngineModule
{
    public static readonly TimeSpan IdleTimeout = TimeSpan.FromMinutes(15);

    public void Register(IServiceCollection services)
    {
        services.AddSingleton(new CitizenSection("CitizenAccessSection", CitizenPageColumn.Side, 12));
        // "Ring til mig" for the primary worker (ADR 0048): one query, empty for users who are no one's primary worker.
        services.AddSingleton(new StartPageCard("CallRequestsCard", 5, u => u.IsInRole(Roles.Worker) || u.IsInRole(Roles.TeamLeader)));
        services.AddAuthentication().AddCookie(CitizenActor.Scheme, o =>
        {
            o.LoginPath = "/mig/log-ind";
            o.LogoutPath = "/mig/log-ud";
            o.AccessDeniedPath = "/mig/log-ind";
            o.Cookie.Name = "caseload.mig";
            o.Cookie.Path = "/mig"; // the browser sends it nowhere else
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = Microsoft.AspNetCore.Http.SameSiteMode.Lax;
            o.ExpireTimeSpan = IdleTimeout;
            o.SlidingExpiration = true;
        });
        services.AddOptions<CookieAuthenticationOptions>(CitizenActor.Scheme)
            .Configure<IOptions<SecurityOptions>, Microsoft.AspNetCore.Hosting.IWebHostEnvironment>((o, security, environment)
                => o.Cookie.SecurePolicy = WebServiceSetup.CookieSecurity(security.Value, environment));
    }
}
