using System.Text;
using Caseload.Application.Common;
using Microsoft.Extensions.Options;

namespace Caseload.Infrastructure.Sms;

/// <summary>Writes each SMS as a .txt file (first line the number, then the text): nothing leaves the machine. As mail's pickup
/// folder, written under another name and renamed, so a reader never sees half a message.</summary>
public sealed class OutboxSmsSender(IOptions<SmsOptions> options) : ISmsSender
{
    public async Task SendAsync(string phone, string text, CancellationToken cancellationToken = default)
    {
        var o = options.Value;
        Directory.CreateDirectory(o.OutboxDirectory);
        var path = Path.Combine(Path.GetFullPath(o.OutboxDirectory), $"{Guid.NewGuid():N}.txt");
        var partial = path + ".part";
        await File.WriteAllTextAsync(partial, $"Til: {phone}\nFra: {o.From}\n\n{text}\n", Encoding.UTF8, cancellationToken);
        File.Move(partial, path);
    }
}

/// <summary>The production seam: posts the SMS as JSON to the configured gateway with a bearer key. The reason of a failure
/// carries the HTTP status only — never the number or the text.</summary>
public sealed class HttpSmsSender(HttpClient http, IOptions<SmsOptions> options) : ISmsSender
{
    public async Task SendAsync(string phone, string text, CancellationToken cancellationToken = default)
    {
        var o = options.Value;
        using var request = new HttpRequestMessage(HttpMethod.Post, o.GatewayUrl)
        {
            Content = System.Net.Http.Json.JsonContent.Create(new { to = phone, from = o.From, text }),
        };
        if (!string.IsNullOrWhiteSpace(o.ApiKey)) request.Headers.Authorization = new("Bearer", o.ApiKey);
        try
        {
            using var response = await http.SendAsync(request, cancellationToken);
            if (!response.IsSuccessStatusCode) throw new SmsSendException($"SMS-gatewayen svarede {(int)response.StatusCode}.");
        }
        catch (HttpRequestException e)
        {
            throw new SmsSendException("SMS-gatewayen kunne ikke nås.", e);
        }
    }
}
