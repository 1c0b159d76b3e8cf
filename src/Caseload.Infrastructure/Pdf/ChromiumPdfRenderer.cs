using System.Threading.Channels;
using Caseload.Application.Printing;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.Playwright;

namespace Caseload.Infrastructure.Pdf;

/// <summary>
/// Print views to PDF in one Chromium for the process, started at the first PDF and started again if it dies, with a
/// small pool of reused pages (a new page per document costs three times as much, stack.md). The rendered page reaches
/// nothing but the app's own static files, served from disk under a made-up origin: every other request is aborted.
/// </summary>
public sealed partial class ChromiumPdfRenderer(IOptions<PdfOptions> options, TimeProvider time, ILogger<ChromiumPdfRenderer> log) : IPdfRenderer, IAsyncDisposable
{
    /// <summary>The origin print views use for static files (<c>&lt;base href&gt;</c>); it never reaches a network.</summary>
    public const string StaticOrigin = "http://caseload.print/";
    public const string MissingMessage = "PDF kan ikke laves lige nu, fordi programmet til PDF (Chromium) ikke findes på serveren. Brug «Udskriv» i stedet, og kontakt IT.";
    public const string FailedMessage = "PDF kunne ikke laves lige nu. Prøv igen om lidt, eller brug «Udskriv» i stedet.";
    public const string TimeoutMessage = "Det tog for lang tid at lave PDF'en. Prøv igen, eller brug «Udskriv» i stedet.";

    private static readonly TimeSpan LogMissingEvery = TimeSpan.FromMinutes(5);
    private readonly PdfOptions _o = options.Value;
    private readonly SemaphoreSlim _starting = new(1, 1);
    private IPlaywright? _playwright;
    private IBrowser? _browser;
    private Channel<IPage>? _pages;
    private DateTime _missingSince = DateTime.MinValue;
    private volatile PdfRendererState _state = new(true, false, null);

    public PdfRendererState State => _state;

    public async Task<PdfResult> RenderAsync(PdfRequest request, CancellationToken ct = default)
    {
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        var result = await RenderCoreAsync(request, ct);
        Metrics.CaseloadMetrics.PdfRendered(result.Pdf is not null, System.Diagnostics.Stopwatch.GetElapsedTime(started));
        return result;
    }

    private async Task<PdfResult> RenderCoreAsync(PdfRequest request, CancellationToken ct)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
        timeout.CancelAfter(TimeSpan.FromSeconds(_o.TimeoutSeconds));
        Channel<IPage>? pages;
        try
        {
            pages = await StartedAsync(timeout.Token);
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
            return new(null, TimeoutMessage);
        }
        if (pages is null) return new(null, _state.Reason ?? FailedMessage);

        IPage page;
        try
        {
            page = await pages.Reader.ReadAsync(timeout.Token);
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
            return new(null, TimeoutMessage);
        }
        var keep = false; // only a page that finished its document goes back to the pool as it is
        try
        {
            var ms = (float)_o.TimeoutSeconds * 1000;
            await page.SetContentAsync(request.Html, new() { WaitUntil = WaitUntilState.Load, Timeout = ms });
            var pdf = await page.PdfAsync(new()
            {
                Format = "A4", PrintBackground = true, DisplayHeaderFooter = true, PreferCSSPageSize = false,
                HeaderTemplate = request.HeaderHtml, FooterTemplate = request.FooterHtml,
                Margin = new() { Top = "26mm", Bottom = "20mm", Left = "16mm", Right = "16mm" },
            }).WaitAsync(timeout.Token);
            keep = true;
            return new(pdf, null);
        }
        catch (Exception e) when (e is PlaywrightException or TimeoutException or OperationCanceledException && !ct.IsCancellationRequested)
        {
            LogRenderFailed(log, e);
            return new(null, e is PlaywrightException ? FailedMessage : TimeoutMessage);
        }
        finally
        {
            // A page that failed, timed out or was abandoned (the user went away mid-document) is replaced, so the next
            // document starts on a clean page; a dead browser is started again later.
            if (keep) pages.Writer.TryWrite(page);
            else _ = ReplaceAsync(page, pages);
        }
    }

    /// <summary>Starts Chromium and renders a one-line page on every page of the pool: a page's first document pays for
    /// its fonts and the PDF machinery, so this makes the first real PDF as fast as the rest.</summary>
    public async Task WarmUpAsync(CancellationToken ct = default)
    {
        var request = new PdfRequest("<!doctype html><html lang=\"da\"><body style=\"font-family:'DejaVu Sans',Arial,sans-serif\">æøå</body></html>",
            "<span></span>", "<span></span>");
        await Task.WhenAll(Enumerable.Range(0, Math.Max(1, _o.Pages)).Select(_ => RenderAsync(request, ct)));
    }

    private async Task ReplaceAsync(IPage broken, Channel<IPage> pages)
    {
        try { await broken.CloseAsync(); } catch (PlaywrightException) { }
        try
        {
            if (_browser is { IsConnected: true } browser && ReferenceEquals(pages, _pages)) pages.Writer.TryWrite(await NewPageAsync(browser));
        }
        catch (PlaywrightException e)
        {
            LogRenderFailed(log, e);
        }
    }

    private async Task<Channel<IPage>?> StartedAsync(CancellationToken ct)
    {
        if (_pages is { } ready && _browser is { IsConnected: true }) return ready;
        await _starting.WaitAsync(ct);
        try
        {
            if (_pages is { } again && _browser is { IsConnected: true }) return again;
            if (!File.Exists(_o.ChromiumPath))
            {
                if (time.GetUtcNow().UtcDateTime - _missingSince > LogMissingEvery) LogMissing(log, _o.ChromiumPath); // once in a while, not per request
                _missingSince = time.GetUtcNow().UtcDateTime;
                _state = new(false, false, MissingMessage);
                return null;
            }
            await StopAsync();
            _playwright = await Playwright.CreateAsync();
            var browser = _browser = await _playwright.Chromium.LaunchAsync(new()
            {
                ExecutablePath = _o.ChromiumPath, Headless = true,
                Args = ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking", "--disable-component-update",
                        "--disable-sync", "--no-first-run", "--disable-extensions"],
            });
            browser.Disconnected += (_, _) => { _pages = null; _state = new(true, false, null); LogDisconnected(log); };
            var pages = Channel.CreateUnbounded<IPage>();
            // One page now for the document that is waiting; the rest of the pool opens meanwhile (a shorter cold start).
            pages.Writer.TryWrite(await NewPageAsync(browser));
            _pages = pages;
            _ = AddPagesAsync(browser, pages, Math.Max(1, _o.Pages) - 1);
            _state = new(true, true, null);
            return pages;
        }
        catch (PlaywrightException e)
        {
            LogStartFailed(log, e);
            _state = new(false, false, FailedMessage);
            await StopAsync();
            return null;
        }
        finally
        {
            _starting.Release();
        }
    }

    private async Task AddPagesAsync(IBrowser browser, Channel<IPage> pages, int count)
    {
        try
        {
            for (var i = 0; i < count; i++) pages.Writer.TryWrite(await NewPageAsync(browser));
        }
        catch (PlaywrightException e)
        {
            LogRenderFailed(log, e);
        }
    }

    private async Task<IPage> NewPageAsync(IBrowser browser)
    {
        // No script runs in a print view; turning it off is one less way for text in a document to do anything.
        var page = await browser.NewPageAsync(new() { JavaScriptEnabled = false });
        await page.RouteAsync("**/*", ServeStaticOrAbortAsync);
        return page;
    }

    /// <summary>Only the app's static files, from disk; no request leaves the machine.</summary>
    private async Task ServeStaticOrAbortAsync(IRoute route)
    {
        var url = route.Request.Url;
        if (_o.StaticRoot is { } root && url.StartsWith(StaticOrigin, StringComparison.Ordinal))
        {
            var relative = Uri.UnescapeDataString(new Uri(url).AbsolutePath.TrimStart('/'));
            var full = Path.GetFullPath(Path.Combine(root, relative));
            if (full.StartsWith(Path.GetFullPath(root), StringComparison.Ordinal) && File.Exists(full))
            {
                await route.FulfillAsync(new() { Path = full });
                return;
            }
        }
        await route.AbortAsync("blockedbyclient");
    }

    private async Task StopAsync()
    {
        _pages = null;
        if (_browser is { } b) { try { await b.CloseAsync(); } catch (PlaywrightException) { } }
        _browser = null;
        _playwright?.Dispose();
        _playwright = null;
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        _starting.Dispose();
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "PDF rendering failed")]
    private static partial void LogRenderFailed(ILogger logger, Exception e);

    [LoggerMessage(Level = LogLevel.Error, Message = "Chromium did not start; PDFs are unavailable")]
    private static partial void LogStartFailed(ILogger logger, Exception e);

    [LoggerMessage(Level = LogLevel.Error, Message = "Chromium not found at {Path}; PDFs are unavailable (the HTML print views still work)")]
    private static partial void LogMissing(ILogger logger, string path);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Chromium disconnected; it starts again at the next PDF")]
    private static partial void LogDisconnected(ILogger logger);
}
