using System.IO.Compression;
using Microsoft.AspNetCore.ResponseCompression;
using Microsoft.Extensions.Options;

namespace Caseload.Web.Hosting;

/// <summary>
/// Pages go out compressed (brotli or gzip, fastest level: a page is 20–60 KB of HTML, 5–10 KB compressed) — but only to
/// requests the app's own pages or the user made (<c>Sec-Fetch-Site: same-origin</c> or <c>none</c>). A page that
/// holds a secret beside text an attacker can reflect into it (search) leaks the secret through its compressed length
/// if another site can make the browser request it many times (BREACH); such requests are cross-site and stay
/// uncompressed (ADR 0040). Static files are compressed at build time (MapStaticAssets) and do not come here.
/// </summary>
internal static class HtmlCompression
{
    public static IServiceCollection AddHtmlCompression(this IServiceCollection services)
    {
        services.AddResponseCompression(o =>
        {
            o.EnableForHttps = true; // safe by the same-origin rule below
            o.Providers.Add<BrotliCompressionProvider>();
            o.Providers.Add<GzipCompressionProvider>();
            o.MimeTypes = ["text/html", "text/calendar", "text/csv"];
        });
        services.Configure<BrotliCompressionProviderOptions>(o => o.Level = CompressionLevel.Fastest);
        services.Configure<GzipCompressionProviderOptions>(o => o.Level = CompressionLevel.Fastest);
        services.AddSingleton<IResponseCompressionProvider, SameOriginCompressionProvider>();
        return services;
    }

    /// <summary>The framework's provider, asked only for requests that did not come from another site.</summary>
    private sealed class SameOriginCompressionProvider(IServiceProvider services, IOptions<ResponseCompressionOptions> options)
        : IResponseCompressionProvider
    {
        private readonly ResponseCompressionProvider _inner = new(services, options);

        public bool CheckRequestAcceptsCompression(HttpContext context)
            => context.Request.Headers["Sec-Fetch-Site"].ToString() is "same-origin" or "none" && _inner.CheckRequestAcceptsCompression(context);

        public ICompressionProvider? GetCompressionProvider(HttpContext context) => _inner.GetCompressionProvider(context);

        public bool ShouldCompressResponse(HttpContext context) => _inner.ShouldCompressResponse(context);
    }
}
