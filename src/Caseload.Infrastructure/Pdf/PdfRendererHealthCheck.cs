using Caseload.Application.Printing;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Caseload.Infrastructure.Pdf;

/// <summary>/health/ready tells whether PDFs can be made, as "Degraded" at worst: the app works without them.</summary>
public sealed class PdfRendererHealthCheck(IPdfRenderer renderer) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var s = renderer.State;
        return Task.FromResult(!s.Available ? HealthCheckResult.Degraded(s.Reason)
            : HealthCheckResult.Healthy(s.Started ? "PDF: Chromium kører" : "PDF: Chromium startes ved første PDF"));
    }
}
