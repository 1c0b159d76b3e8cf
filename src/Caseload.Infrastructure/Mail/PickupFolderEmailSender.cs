using System.Net.Mail;
using Caseload.Application.Common;
using Microsoft.Extensions.Options;

namespace Caseload.Infrastructure.Mail;

/// <summary>Writes each mail as an .eml file: nothing leaves the machine (Development and tests).</summary>
public sealed class PickupFolderEmailSender(IOptions<MailOptions> options) : IEmailSender
{
    public Task SendAsync(string to, string subject, string htmlBody, CancellationToken cancellationToken = default)
    {
        var o = options.Value;
        Directory.CreateDirectory(o.PickupDirectory);
        using var client = new SmtpClient
        {
            DeliveryMethod = SmtpDeliveryMethod.SpecifiedPickupDirectory,
            PickupDirectoryLocation = Path.GetFullPath(o.PickupDirectory),
        };
        using var message = MailMessages.Create(o.From, to, subject, htmlBody);
        client.Send(message);
        return Task.CompletedTask;
    }
}

/// <summary>Sends through the configured SMTP server. (MailKit does not restore here; System.Net.Mail
/// is adequate for plain authenticated SMTP with STARTTLS.)</summary>
public sealed class SmtpEmailSender(IOptions<MailOptions> options) : IEmailSender
{
    public async Task SendAsync(string to, string subject, string htmlBody, CancellationToken cancellationToken = default)
    {
        var o = options.Value;
        using var client = new SmtpClient(o.SmtpHost, o.SmtpPort) { EnableSsl = o.SmtpUseSsl };
        if (!string.IsNullOrEmpty(o.SmtpUser))
            client.Credentials = new System.Net.NetworkCredential(o.SmtpUser, o.SmtpPassword);
        using var message = MailMessages.Create(o.From, to, subject, htmlBody);
        await client.SendMailAsync(message, cancellationToken);
    }
}

internal static class MailMessages
{
    /// <summary>UTF-8 HTML mail, quoted-printable so it stays readable in any mail tool.</summary>
    public static MailMessage Create(string from, string to, string subject, string htmlBody) => new(from, to, subject, htmlBody)
    {
        IsBodyHtml = true,
        BodyEncoding = System.Text.Encoding.UTF8,
        SubjectEncoding = System.Text.Encoding.UTF8,
        BodyTransferEncoding = System.Net.Mime.TransferEncoding.QuotedPrintable,
    };
}
