using System.Net;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Microsoft.AspNetCore.Mvc.Testing;
using Xunit;

namespace Caseload.TestSupport;

/// <summary>An HttpClient that keeps cookies, does not follow redirects, and fills in antiforgery tokens.</summary>
public sealed class TestClient(HttpClient http) : IDisposable
{
    private static readonly HtmlParser Parser = new();

    public HttpClient Http { get; } = http;

    public static TestClient For(CaseloadAppFactory app)
        => new(app.CreateClient(new WebApplicationFactoryClientOptions
        {
            AllowAutoRedirect = false,
            HandleCookies = true,
            // Outside Development cookies are Secure-only, as in production behind TLS.
            BaseAddress = new Uri("https://localhost"),
        }));

    public Task<HttpResponseMessage> GetAsync(string url) => Http.GetAsync(new Uri(url, UriKind.Relative));

    public async Task<IHtmlDocument> GetPageAsync(string url)
    {
        using var response = await GetAsync(url);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"GET {url} gave {(int)response.StatusCode} {response.Headers.Location}");
        return await ParseAsync(response);
    }

    public static async Task<IHtmlDocument> ParseAsync(HttpResponseMessage response)
        => Parser.ParseDocument(await response.Content.ReadAsStringAsync());

    /// <summary>Loads the page at <paramref name="pageUrl"/>, takes the antiforgery token from its form
    /// (the first, or the one whose action ends with <paramref name="formAction"/>) and posts the fields.</summary>
    public async Task<HttpResponseMessage> PostFormAsync(string pageUrl, IEnumerable<KeyValuePair<string, string>> fields,
        string? formAction = null)
    {
        var page = await GetPageAsync(pageUrl);
        var form = page.Forms.FirstOrDefault(f => formAction is null || (f.Action ?? "").Split('?')[0].EndsWith(formAction, StringComparison.Ordinal))
                   ?? throw new InvalidOperationException($"No form{(formAction is null ? "" : " for " + formAction)} on {pageUrl}");
        var token = (form.QuerySelector("input[name=__RequestVerificationToken]") as IHtmlInputElement)?.Value
                    ?? throw new InvalidOperationException("No antiforgery token on the form");
        var action = new Uri(form.Action ?? pageUrl, UriKind.RelativeOrAbsolute);
        var path = action.IsAbsoluteUri ? action.PathAndQuery : action.OriginalString;
        var all = fields.Append(new("__RequestVerificationToken", token)).ToList();
        using var content = new FormUrlEncodedContent(all);
        return await Http.PostAsync(new Uri(path, UriKind.Relative), content);
    }

    /// <summary>As <see cref="PostFormAsync"/>, for a form that creates something: the answer must be a redirect, and
    /// where it leads (the new thing's page) is returned.</summary>
    public async Task<string> PostFormForRedirectAsync(string pageUrl, IEnumerable<KeyValuePair<string, string>> fields, string? formAction = null)
    {
        using var response = await PostFormAsync(pageUrl, fields, formAction);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return response.Headers.Location!.OriginalString;
    }

    /// <summary>As <see cref="PostFormAsync"/>, as multipart/form-data with one file (a form with an upload).</summary>
    public async Task<HttpResponseMessage> PostMultipartAsync(string pageUrl, IEnumerable<KeyValuePair<string, string>> fields, string fileField,
        string fileName, byte[] file, string contentType, string? formAction = null)
    {
        var page = await GetPageAsync(pageUrl);
        var form = page.Forms.FirstOrDefault(f => formAction is null || (f.Action ?? "").Split('?')[0].EndsWith(formAction, StringComparison.Ordinal))
                   ?? throw new InvalidOperationException($"No form{(formAction is null ? "" : " for " + formAction)} on {pageUrl}");
        var token = (form.QuerySelector("input[name=__RequestVerificationToken]") as IHtmlInputElement)?.Value
                    ?? throw new InvalidOperationException("No antiforgery token on the form");
        using var content = new MultipartFormDataContent();
        foreach (var (key, value) in fields.Append(new("__RequestVerificationToken", token))) content.Add(new StringContent(value), key);
        var part = new ByteArrayContent(file);
        part.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue(contentType);
        content.Add(part, fileField, fileName);
        var action = new Uri(form.Action ?? pageUrl, UriKind.RelativeOrAbsolute);
        return await Http.PostAsync(new Uri(action.IsAbsoluteUri ? action.PathAndQuery : action.OriginalString, UriKind.Relative), content);
    }

    /// <summary>Posts straight to <paramref name="url"/> with a valid antiforgery token of this user (taken from the
    /// start page's sign-out form): for requests a page would not offer, e.g. another team's record.</summary>
    public async Task<HttpResponseMessage> PostWithTokenAsync(string url, IEnumerable<KeyValuePair<string, string>> fields)
    {
        var page = await GetPageAsync("/");
        var token = (page.QuerySelector("input[name=__RequestVerificationToken]") as IHtmlInputElement)?.Value
                    ?? throw new InvalidOperationException("No antiforgery token on the start page");
        using var content = new FormUrlEncodedContent(fields.Append(new("__RequestVerificationToken", token)).ToList());
        return await Http.PostAsync(new Uri(url, UriKind.Relative), content);
    }

    public async Task<HttpResponseMessage> LoginAsync(string email, string password = Caseload.Infrastructure.Seeding.DemoDataSeeder.DemoPassword)
        => await PostFormAsync("/konto/log-ind", [new("Email", email), new("Password", password)]);

    public async Task SignInAsync(string email, string password = Caseload.Infrastructure.Seeding.DemoDataSeeder.DemoPassword)
    {
        using var response = await LoginAsync(email, password);
        Assert.True(response.StatusCode == HttpStatusCode.Redirect && response.Headers.Location?.OriginalString == "/",
            $"Login as {email} failed: {(int)response.StatusCode} {response.Headers.Location}");
    }

    public void Dispose() => Http.Dispose();
}
