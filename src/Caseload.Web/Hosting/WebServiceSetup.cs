using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Caseload.Application.Common;
using Caseload.Web.Features.Account;
using Caseload.Web.Security;
using FluentValidation;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.WebEncoders;

namespace Caseload.Web.Hosting;

/// <summary>The "Security" configuration section.</summary>
public sealed class SecurityOptions
{
    public const string Section = "Security";
    /// <summary>Sign out after this many minutes without a request (sliding).</summary>
    public int IdleTimeoutMinutes { get; set; } = 30;
    /// <summary>Roles whose users must use two-factor authentication (authenticator app).</summary>
    public string[] RequireTwoFactorForRoles { get; set; } = [];
    /// <summary>Outside Development, cookies are sent over HTTPS only. Turn off only for a local trial on plain HTTP.</summary>
    public bool RequireHttps { get; set; } = true;
    /// <summary>Behind a TLS-terminating reverse proxy: honour X-Forwarded-For/-Proto.</summary>
    public bool TrustForwardedHeaders { get; set; }
}

internal static class WebServiceSetup
{
    /// <summary>Secure-only cookies outside Development, unless a local plain-HTTP trial turns it off.</summary>
    internal static CookieSecurePolicy CookieSecurity(SecurityOptions security, IWebHostEnvironment environment)
        => environment.IsDevelopment() || !security.RequireHttps ? CookieSecurePolicy.SameAsRequest : CookieSecurePolicy.Always;

    public static IServiceCollection AddCaseloadWeb(this IServiceCollection services, IConfiguration configuration,
        IWebHostEnvironment environment)
    {
        services.Configure<SecurityOptions>(configuration.GetSection(SecurityOptions.Section));
        services.Configure<Features.Printing.PrintOptions>(configuration.GetSection(Features.Printing.PrintOptions.Section));
        services.AddSingleton<Features.Printing.PrintStyles>();
        services.AddHtmlCompression();
        services.AddScoped<Features.Printing.PrintOutput>();
        services.AddSingleton<Features.Citizens.CitizenPageSections>();
        // The engines' web parts: sections, menu entries, start-page cards, print documents (ADR 0023).
        Application.Engines.EngineModules.AddEngineModulesFrom(services, typeof(WebServiceSetup).Assembly);
        // The PDF renderer serves the print views' css and fonts from the app's own static files, nothing else.
        services.PostConfigure<Infrastructure.Pdf.PdfOptions>(o => o.StaticRoot ??= environment.WebRootPath);
        services.AddOptions<AppOptions>().Bind(configuration.GetSection(AppOptions.Section))
            .Validate(o => environment.IsDevelopment() || Uri.TryCreate(o.PublicBaseUrl, UriKind.Absolute, out var u) && u.Scheme is "https" or "http",
                "App:PublicBaseUrl (e.g. https://caseload.kommune.dk) is required outside Development: mail links are built from it.")
            .ValidateOnStart();
        services.AddHttpContextAccessor();
        services.AddRequestLineLimit();
        // Background jobs: every IScheduledJob of the web project, on Quartz (ADR 0045).
        Infrastructure.Jobs.JobScheduling.AddCaseloadJobs(services, configuration, typeof(WebServiceSetup).Assembly);
        Features.Drafts.DraftRateLimit.AddDraftRateLimit(services);
        services.AddSingleton<PublicAddress>();
        services.AddSingleton<Features.Account.PasswordResetMailer>();
        services.AddHostedService(sp => sp.GetRequiredService<Features.Account.PasswordResetMailer>());
        services.AddSingleton<ICurrentUser, HttpCurrentUser>(); // reads the current request each time: no state of its own
        services.Configure<ForwardedHeadersOptions>(o =>
        {
            o.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            o.KnownIPNetworks.Clear(); // the proxy is whatever sits in front (set TrustForwardedHeaders only then)
            o.KnownProxies.Clear();
        });

        services.AddControllersWithViews(o =>
        {
            // Every unsafe method (POST, PUT, DELETE…) must carry an antiforgery token.
            o.Filters.Add(new AutoValidateAntiforgeryTokenAttribute());
            o.Filters.Add(new UnreadableRequestFilter()); // an instance, so its order (after the size limits, before antiforgery) counts
            o.Filters.Add<RequireTwoFactorFilter>();
            o.Filters.Add<Features.Drafts.DraftCleanupFilter>();
            o.Filters.Add(new ScopeHandleFilter()); // after the two-factor filter: a redirected user has opened nothing
            o.ModelBindingMessageProvider.UseDanishMessages();
            o.ModelBinderProviders.Insert(0, new TolerantDecimalModelBinderProvider());
            o.ModelBinderProviders.Insert(0, new DateModelBinderProvider());
            o.ModelBinderProviders.Insert(0, new CheckboxModelBinderProvider());
            o.ModelBinderProviders.Insert(0, new ScopeHandleBinderProvider());
            o.ModelMetadataDetailsProviders.Add(new ScopeHandleMetadataProvider());
        });
        services.AddValidatorsFromAssemblyContaining<SecurityOptions>(ServiceLifetime.Singleton); // the sign-in forms' validators
        services.Configure<Microsoft.AspNetCore.Mvc.Razor.RazorViewEngineOptions>(o =>
        {
            o.ViewLocationExpanders.Add(new FeatureViewLocationExpander());
            o.ViewLocationFormats.Clear();
            o.ViewLocationFormats.Add("/Features/Shared/{0}.cshtml");
            o.AreaViewLocationFormats.Clear();
            o.AreaViewLocationFormats.Add("/Features/Shared/{0}.cshtml");
        });
        services.AddAuthorization(Policies.Add);
        services.AddCaseloadSso(configuration, security => CookieSecurity(security, environment));
        Features.Api.ApiSetup.AddCaseloadApi(services, configuration, environment); // tokens, validation, rate limit, OpenAPI (ADR 0049)

        services.ConfigureApplicationCookie(o =>
        {
            o.LoginPath = "/konto/log-ind";
            o.LogoutPath = "/konto/log-ud";
            o.AccessDeniedPath = "/konto/ingen-adgang";
            o.Cookie.Name = "caseload.auth";
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Lax;
            o.SlidingExpiration = true;
            o.Events.OnSigningIn = Features.FieldMode.FieldKey.AddTo; // field mode's per-session key (ADR 0047)
        });
        // Read from the built container's options, so every configuration source counts.
        services.AddOptions<CookieAuthenticationOptions>(IdentityConstants.ApplicationScheme)
            .Configure<IOptions<SecurityOptions>>((o, security) =>
            {
                o.ExpireTimeSpan = TimeSpan.FromMinutes(security.Value.IdleTimeoutMinutes);
                o.Cookie.SecurePolicy = CookieSecurity(security.Value, environment);
            });
        services.AddAntiforgery(o => o.Cookie.Name = "caseload.af");
        services.AddOptions<AntiforgeryOptions>()
            .Configure<IOptions<SecurityOptions>>((o, security) => o.Cookie.SecurePolicy = CookieSecurity(security.Value, environment));

        // Razor would otherwise write æøå as numeric entities.
        services.Configure<WebEncoderOptions>(o => o.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
        services.Configure<RequestLocalizationOptions>(o =>
        {
            var danish = new CultureInfo("da-DK");
            o.DefaultRequestCulture = new RequestCulture(danish);
            o.SupportedCultures = [danish];
            o.SupportedUICultures = [danish];
            o.RequestCultureProviders.Clear();
        });
        services.AddHsts(o =>
        {
            o.MaxAge = TimeSpan.FromDays(365);
            o.ExcludedHosts.Clear(); // HSTS is only ever sent over HTTPS; no reason to spare localhost
        });
        return services;
    }
}
