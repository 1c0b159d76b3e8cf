using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Options;

namespace Caseload.Web.Hosting;

/// <summary>The address links that leave the browser are built from (mails, the calendar feed): App:PublicBaseUrl
/// (required outside Development); in Development without it, the address the app itself listens on (issue #28
/// item 11) — never a request's Host header.</summary>
public sealed class PublicAddress(IOptions<AppOptions> app, IServer server)
{
    /// <summary>The local address the app listens on by default, for Development when nothing better is known.</summary>
    public const string DevelopmentFallbackUrl = "http://localhost:5080";

    public string BaseUrl()
    {
        if (!string.IsNullOrWhiteSpace(app.Value.PublicBaseUrl)) return app.Value.PublicBaseUrl.TrimEnd('/');
        var own = server.Features.Get<IServerAddressesFeature>()?.Addresses
            .FirstOrDefault(a => Uri.TryCreate(a, UriKind.Absolute, out var u) && u.Host is not ("+" or "*" or "[::]" or "0.0.0.0"));
        return (own ?? DevelopmentFallbackUrl).TrimEnd('/');
    }
}
