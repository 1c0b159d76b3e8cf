using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace Caseload.Web.Hosting;

internal static class Pipeline
{
    public static void UseCaseloadPipeline(this WebApplication app)
    {
        if (app.Services.GetRequiredService<IOptions<SecurityOptions>>().Value.TrustForwardedHeaders)
            app.UseForwardedHeaders();
        app.UseMiddleware<CorrelationIdMiddleware>();
        app.UseCaseloadRequestLogging();
        if (app.Environment.IsDevelopment())
        {
            app.UseDeveloperExceptionPage();
        }
        else
        {
            app.UseExceptionHandler("/fejl");
            app.UseHsts();
        }
        app.UseStatusCodePagesWithReExecute("/fejl/{0}");
        Features.Api.ApiSetup.UseApiProblemResponses(app); // /api and /connect answer JSON, never the HTML error pages
        app.UseMiddleware<SecurityHeadersMiddleware>();
        app.UseRequestLineLimit();
        app.UseRequestLocalization();
        app.UseResponseCompression(); // pages only, and only to same-origin requests (HtmlCompression)
        app.UseRouting();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseRateLimiter(); // after authentication: the draft limit is per user
    }

    public static void MapCaseloadEndpoints(this WebApplication app)
    {
        // Probes short-circuit after routing: no authentication or authorization for an anonymous "am I alive?".
        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false }).AllowAnonymous().ShortCircuit();
        app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = c => c.Tags.Contains("ready") })
            .AllowAnonymous().ShortCircuit();
        app.MapCaseloadMetrics(); // only on the management port (ADR 0046)
        // Static files from the build's manifest (ADR 0040): fingerprinted names, immutable caching, brotli/gzip made at build
        // time; the tag helpers write the fingerprinted address. Anonymous: the sign-in page needs its CSS.
        app.MapStaticAssets().AllowAnonymous();
        app.MapControllers().WithStaticAssets(); // every controller has attribute routes (Features/)
        Features.Api.ApiSetup.MapCaseloadApi(app); // the OpenAPI document and its reference page (ADR 0049)
    }
}
