using System.Globalization;
using System.Security.Claims;
using System.Threading.RateLimiting;
using Caseload.Web.Hosting;
using Caseload.Web.Security;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;
using OpenIddict.Server.AspNetCore;
using Scalar.AspNetCore;
using static OpenIddict.Abstractions.OpenIddictConstants;
using static OpenIddict.Server.OpenIddictServerEvents;

namespace Caseload.Web.Features.Api;

/// <summary>The "Api" configuration section (ADR 0049).</summary>
public sealed class ApiOptions
{
    public const string Section = "Api";
    /// <summary>Requests per client per minute before 429 (the token endpoint is not counted).</summary>
    public int RequestsPerMinute { get; set; } = 120;
    public int TokenLifetimeMinutes { get; set; } = 30;
}

/// <summary>
/// The HTTP API for other systems (issue #33, ADR 0049): an OpenIddict server inside Caseload issues client-credentials tokens at
/// <c>/connect/token</c>, OpenIddict's validation checks them on <c>/api/v1</c> (the only scheme those routes accept — no staff or
/// citizen cookie), a rate limit per client, and the OpenAPI document with its Scalar reference page for administrators.
/// </summary>
internal static class ApiSetup
{
    public const string RateLimitPolicy = "api";
    public const string TokenPath = "/connect/token";
    public const string DocumentPath = "/admin/api/openapi/{documentName}.json";
    public const string ReferencePath = "/admin/api/dokumentation";

    public static IServiceCollection AddCaseloadApi(this IServiceCollection services, IConfiguration configuration, IWebHostEnvironment environment)
    {
        services.Configure<ApiOptions>(configuration.GetSection(ApiOptions.Section));
        services.AddOpenIddict()
            .AddServer(o =>
            {
                o.SetTokenEndpointUris(TokenPath.TrimStart('/'));
                o.AllowClientCredentialsFlow();
                // Clients live in Caseload's own table (ApiClients), checked by our handlers: no OpenIddict stores (ADR 0049).
                o.EnableDegradedMode();
                o.DisableTokenStorage();
                o.DisableScopeValidation();
                // Tokens are protected with ASP.NET Data Protection, whose key ring is already shared by every web instance
                // (PersistKeysToDbContext); the ephemeral keys only satisfy OpenIddict's start-up check and sign nothing we issue.
                o.UseDataProtection();
                o.AddEphemeralEncryptionKey().AddEphemeralSigningKey();
                o.AddEventHandler<ValidateTokenRequestContext>(b => b.UseScopedHandler<ApiClientCredentialsCheck>());
                o.AddEventHandler<HandleTokenRequestContext>(b => b.UseScopedHandler<ApiTokenIssuer>());
                o.UseAspNetCore();
            })
            .AddValidation(o =>
            {
                o.UseLocalServer();
                o.UseDataProtection();
                o.UseAspNetCore();
            });
        // Read from the built container's options, so every configuration source counts (as the cookies do).
        services.AddOptions<OpenIddictServerAspNetCoreOptions>().Configure<IOptions<SecurityOptions>>((o, security) =>
            o.DisableTransportSecurityRequirement = environment.IsDevelopment() || !security.Value.RequireHttps);
        services.AddOptions<OpenIddict.Server.OpenIddictServerOptions>().Configure<IOptions<ApiOptions>>((o, api) =>
            o.AccessTokenLifetime = TimeSpan.FromMinutes(api.Value.TokenLifetimeMinutes));

        services.AddRateLimiter(o =>
        {
            o.AddPolicy(RateLimitPolicy, http => RateLimitPartition.GetFixedWindowLimiter(
                http.User.FindFirstValue(Claims.Subject) ?? "anonym",
                _ => new FixedWindowRateLimiterOptions
                {
                    PermitLimit = http.RequestServices.GetRequiredService<IOptions<ApiOptions>>().Value.RequestsPerMinute,
                    Window = TimeSpan.FromMinutes(1),
                    QueueLimit = 0,
                }));
            o.OnRejected = async (context, ct) =>
            {
                var retry = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var after) ? after : TimeSpan.FromMinutes(1);
                context.HttpContext.Response.Headers.RetryAfter = ((int)Math.Ceiling(retry.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
                if (ApiProblems.IsApiRequest(context.HttpContext.Request))
                    await ApiProblems.WriteAsync(context.HttpContext, StatusCodes.Status429TooManyRequests, "For mange forespørgsler",
                        "Klienten har brugt sin grænse for forespørgsler i minuttet. Vent det antal sekunder, Retry-After angiver.");
            };
        });

        services.Configure<ApiBehaviorOptions>(o =>
        {
            o.ClientErrorMapping[StatusCodes.Status400BadRequest].Title = "Ugyldig forespørgsel";
            o.ClientErrorMapping[StatusCodes.Status401Unauthorized].Title = "Ikke logget ind";
            o.ClientErrorMapping[StatusCodes.Status403Forbidden].Title = "Ingen adgang";
            o.ClientErrorMapping[StatusCodes.Status404NotFound].Title = "Findes ikke";
            o.InvalidModelStateResponseFactory = context =>
            {
                // A citizen outside the client's scope fails its binding (ADR 0025): 404, like an id that does not exist, not 400.
                var handles = context.ActionDescriptor.Parameters.Where(p => ScopeHandles.IsHandle(p.ParameterType))
                    .SelectMany(p => new[] { p.Name, p.BindingInfo?.BinderModelName ?? p.Name });
                if (handles.Any(h => context.ModelState.TryGetValue(h, out var entry) && entry.Errors.Count > 0))
                    return new NotFoundObjectResult(new ProblemDetails { Title = "Findes ikke", Status = StatusCodes.Status404NotFound })
                        { ContentTypes = { "application/problem+json" } };
                return new BadRequestObjectResult(new ValidationProblemDetails(context.ModelState)
                    { Title = "Forespørgslen er ugyldig", Status = StatusCodes.Status400BadRequest }) { ContentTypes = { "application/problem+json" } };
            };
        });

        services.AddOpenApi("v1", o =>
        {
            o.ShouldInclude = d => d.RelativePath?.StartsWith("api/v1/", StringComparison.Ordinal) == true;
            o.AddDocumentTransformer<ApiDocumentDescription>();
        });
        return services;
    }

    /// <summary>After the status pages: API answers are JSON problem details, never the Danish HTML error page.</summary>
    public static void UseApiProblemResponses(this WebApplication app) => app.Use(async (context, next) =>
    {
        if (!ApiProblems.IsApiRequest(context.Request))
        {
            await next(context);
            return;
        }
        if (context.Features.Get<Microsoft.AspNetCore.Diagnostics.IStatusCodePagesFeature>() is { } pages) pages.Enabled = false;
        try
        {
            await next(context);
        }
        catch (Exception e) when (!context.Response.HasStarted && e is not OperationCanceledException)
        {
            context.RequestServices.GetRequiredService<ILogger<ApiOptions>>().LogError(e, "API-forespørgslen fejlede");
            context.Response.Clear();
            await ApiProblems.WriteAsync(context, StatusCodes.Status500InternalServerError, "Fejl i Caseload",
                "Der opstod en fejl hos Caseload. Prøv igen senere; fejlen er logget.");
        }
    });

    /// <summary>The OpenAPI document and its reference page (Scalar): for signed-in administrators, and for anyone in Development
    /// (ADR 0049). Under /admin, so /api itself never accepts a staff cookie.</summary>
    public static void MapCaseloadApi(this WebApplication app)
    {
        var document = app.MapOpenApi(DocumentPath);
        var reference = app.MapScalarApiReference(ReferencePath, (o, http) =>
        {
            o.WithTitle("Caseload API").WithOpenApiRoutePattern(DocumentPath).DisableDefaultFonts().WithNonce();
            // Scalar's page runs its own script and styles: allow them on this page only, by nonce.
            http.Response.OnStarting(() =>
            {
                var nonce = http.Items[ScalarOptions.NonceHttpContextItemKey] as string;
                http.Response.Headers.ContentSecurityPolicy = $"default-src 'self'; script-src 'self' 'nonce-{nonce}'; style-src 'self' 'unsafe-inline'; " +
                    "img-src 'self' data:; font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'self'; frame-ancestors 'none'";
                return Task.CompletedTask;
            });
        });
        if (app.Environment.IsDevelopment())
        {
            document.AllowAnonymous();
            reference.AllowAnonymous();
        }
        else
        {
            document.RequireAuthorization(Policies.Admin);
            reference.RequireAuthorization(Policies.Admin);
        }
    }
}
