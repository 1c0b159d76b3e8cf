namespace Caseload.Infrastructure.Sms;

/// <summary>The "Sms" configuration section. Without a gateway address, texts go to the outbox folder (Development, tests).</summary>
public sealed class SmsOptions
{
    public const string Section = "Sms";

    /// <summary>Where each SMS is written as a .txt file when no gateway is set.</summary>
    public string OutboxDirectory { get; set; } = "data/sms";

    /// <summary>The municipality's SMS gateway: an HTTPS endpoint that takes <c>{"to","from","text"}</c> as JSON
    /// with a bearer key (most Danish SMS providers offer one; a different API is one more <c>ISmsSender</c>).</summary>
    public string? GatewayUrl { get; set; }
    public string? ApiKey { get; set; }

    /// <summary>The sender name the citizen sees (at most 11 letters in most networks).</summary>
    public string From { get; set; } = "ACT-teamet";
}
