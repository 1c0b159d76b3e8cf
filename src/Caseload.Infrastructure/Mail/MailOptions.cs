namespace Caseload.Infrastructure.Mail;

/// <summary>The "Mail" configuration section. Without an SMTP host, mail goes to the pickup folder.</summary>
public sealed class MailOptions
{
    public const string Section = "Mail";

    public string From { get; set; } = "caseload@caseload.local";
    public string? SmtpHost { get; set; }
    public int SmtpPort { get; set; } = 587;
    public bool SmtpUseSsl { get; set; } = true;
    public string? SmtpUser { get; set; }
    public string? SmtpPassword { get; set; }

    /// <summary>Where mails are written as .eml files when no SMTP host is set (Development).</summary>
    public string PickupDirectory { get; set; } = "data/mail";
}
