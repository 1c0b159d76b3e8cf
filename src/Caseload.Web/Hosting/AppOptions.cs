namespace Caseload.Web.Hosting;

/// <summary>The "App" configuration section.</summary>
public sealed class AppOptions
{
    public const string Section = "App";

    /// <summary>
    /// The address users reach the app at, e.g. https://caseload.kommune.dk. Links in mails (password reset) are
    /// built from it — never from the request's Host header, which an attacker controls. Required outside
    /// Development (start-up fails without it); in Development the request's own address is used.
    /// </summary>
    public string? PublicBaseUrl { get; set; }

    /// <summary>An absolute link to a path of the app.</summary>
    public string LinkTo(string pathAndQuery) => PublicBaseUrl!.TrimEnd('/') + pathAndQuery;
}
