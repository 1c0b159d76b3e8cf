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
        using var message = new MailMessage(o.From, to, subject, htmlBody) { IsBodyHtml = true };
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
        using var message = new MailMessage(o.From, to, subject, htmlBody) { IsBodyHtml = true };
        await client.SendMailAsync(message, cancellationToken);
    }
}
