using System.Text.Json;
using Caseload.TestSupport;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Caseload.Browser.Tests;

/// <summary>The app on a real Kestrel port (SQLite file, demo data) and Debian's Chromium driven by Playwright.
/// Playwright's own browser download is never used (it cannot be fetched here).</summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    private readonly SqliteAppFactory _app = new();
    private IPlaywright? _playwright;

    public IBrowser Browser { get; private set; } = null!;
    public string BaseUrl { get; private set; } = "";
    public SqliteAppFactory App => _app;

    public async Task InitializeAsync()
    {
        BaseUrl = Serve(_app);

        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = "/usr/bin/chromium",
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                    "--disable-sync", "--no-first-run"],
            // Chromium on Linux takes its UI locale — the one native date fields are drawn in — from these variables, not
            // from the context's Locale (that sets navigator.language and Accept-Language only) nor from --lang — and only
            // when its Danish locale file is installed (Debian's chromium-l10n; chromium alone has en-US.pak only).
            Env = new Dictionary<string, string> { ["LANGUAGE"] = "da", ["LANG"] = "da_DK.UTF-8", ["LC_ALL"] = "da_DK.UTF-8" },
        });
    }

    /// <summary>Starts an app on a real Kestrel port and returns its address — the fixture's own, or a test's app with
    /// its own clock (tests that move time).</summary>
    public static string Serve(SqliteAppFactory app)
    {
        // Plain HTTP on loopback, so cookies may not be Secure-only here.
        app.Settings["Security:RequireHttps"] = "false";
        app.UseKestrel(0);
        app.StartServer();
        return app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses
            .First().Replace("[::]", "127.0.0.1", StringComparison.Ordinal).TrimEnd('/');
    }

    public async Task<IPage> NewPageAsync(int width = 1280, int height = 900, string? baseUrl = null)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = baseUrl ?? BaseUrl,
            ViewportSize = new ViewportSize { Width = width, Height = height },
            Locale = "da-DK",
        });
        return await context.NewPageAsync();
    }

    public async Task<IPage> LoginAsync(string email, int width = 1280, int height = 900, string? baseUrl = null)
    {
        var page = await NewPageAsync(width, height, baseUrl);
        await page.GotoAsync("/konto/log-ind");
        await page.GetByLabel("E-mail").FillAsync(email);
        await page.GetByLabel("Adgangskode").FillAsync(Caseload.Infrastructure.Seeding.DemoDataSeeder.DemoPassword);
        await page.GetByRole(AriaRole.Button, new() { Name = "Log ind" }).ClickAsync();
        // Waiting for the load event after the sign-in redirect sometimes hung for 30 s although the start page had
        // been served (playwright-dotnet#2897): wait for the navigation to commit, then for the page's heading.
        await page.WaitForURLAsync((baseUrl ?? BaseUrl) + "/", new() { WaitUntil = WaitUntilState.Commit });
        await page.Locator("h1").First.WaitForAsync();
        return page;
    }

    /// <summary>Saves a full-page screenshot under docs/screenshots (kept in the repository for README).</summary>
    public static async Task ScreenshotAsync(IPage page, string name)
    {
        Directory.CreateDirectory(ScreenshotDirectory);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(ScreenshotDirectory, name + ".png"), FullPage = true });
    }

    /// <summary>axe-core's WCAG 2.1 A/AA violations on the current page, as "rule: target" strings.</summary>
    public static async Task<IReadOnlyList<string>> AccessibilityViolationsAsync(IPage page)
    {
        // Evaluated through the DevTools protocol, which the page's CSP does not govern (a <script> tag would be blocked).
        await page.EvaluateAsync(AxeSource.Value);
        var violations = await page.EvaluateAsync<JsonElement>(
            "async () => (await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a','wcag2aa','wcag21a','wcag21aa'] } })).violations" +
            ".map(v => v.id + ': ' + v.nodes.map(n => n.target.join(' ')).join(', '))");
        return violations.EnumerateArray().Select(v => v.GetString()!).ToList();
    }

    /// <summary>The visible fields and buttons of a form lower than 44 px (a finger's size, WCAG 2.5.5), as "name: height"
    /// strings; check boxes and radio buttons count by their label, which is part of the touch target.</summary>
    public static async Task<IReadOnlyList<string>> TooSmallForTouchAsync(IPage page, string formSelector)
    {
        var small = await page.EvaluateAsync<JsonElement>(
            "sel => Array.from(document.querySelectorAll(sel + ' input:not([type=hidden]):not([type=checkbox]):not([type=radio]), ' + sel + ' select, ' + sel + ' textarea, ' + sel + ' button'))" +
            ".filter(e => e.offsetParent !== null).map(e => [e.name || e.textContent.trim(), e.getBoundingClientRect().height])" +
            ".filter(x => x[1] < 44).map(x => x[0] + ': ' + Math.round(x[1]))", formSelector);
        return small.EnumerateArray().Select(v => v.GetString()!).ToList();
    }

    private static readonly Lazy<string> AxeSource = new(() => File.ReadAllText(
        Path.Combine(RepositoryRoot, "tests", "Caseload.Browser.Tests", "node_modules", "axe-core", "axe.min.js")));

    public static string RepositoryRoot
    {
        get
        {
            var dir = new DirectoryInfo(AppContext.BaseDirectory);
            while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Caseload.sln"))) dir = dir.Parent;
            return dir?.FullName ?? throw new InvalidOperationException("Caseload.sln not found above the test binaries");
        }
    }

    private static string ScreenshotDirectory => Path.Combine(RepositoryRoot, "docs", "screenshots");

    public async Task DisposeAsync()
    {
        if (Browser is not null) await Browser.CloseAsync();
        _playwright?.Dispose();
        await _app.DisposeAsync();
    }
}

[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserFixture>
{
    public const string Name = "browser";
}
