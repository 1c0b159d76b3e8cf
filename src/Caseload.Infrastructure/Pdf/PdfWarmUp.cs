using Caseload.Application.Printing;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Caseload.Infrastructure.Pdf;

/// <summary>Starts the PDF renderer in the background once the app is ready (issue #27): a worker's first PDF of the day
/// then costs what the rest do, not a Chromium start. It never holds up the start or the readiness check — the app
/// works without PDFs — and is off with <c>Pdf:WarmUpAtStart=false</c> (tests that make no PDFs).</summary>
public sealed class PdfWarmUp(IPdfRenderer renderer, IHostApplicationLifetime lifetime, IOptions<PdfOptions> options) : IHostedService, IDisposable
{
    private readonly CancellationTokenSource _stopping = new();

    /// <summary>The warm-up under way (for tests); completed when it is off or not started yet.</summary>
    public Task Running { get; private set; } = Task.CompletedTask;

    public Task StartAsync(CancellationToken cancellationToken)
    {
        if (options.Value.WarmUpAtStart)
            lifetime.ApplicationStarted.Register(() => Running = Task.Run(() => renderer.WarmUpAsync(_stopping.Token)));
        return Task.CompletedTask;
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        await _stopping.CancelAsync();
        try { await Running.WaitAsync(cancellationToken); } catch (OperationCanceledException) { }
    }

    public void Dispose() => _stopping.Dispose();
}
