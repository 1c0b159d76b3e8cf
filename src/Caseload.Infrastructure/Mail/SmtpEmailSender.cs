using Caseload.Application.Common;
using MailKit.Security;
using Microsoft.Extensions.Options;

namespace Caseload.Infrastructure.Mail;

/// <summary>Sends through the configured SMTP server with MailKit (Microsoft advises against System.Net.Mail
/// for new code). TLS is required when SmtpUseSsl: implicit TLS on port 465, STARTTLS otherwise.</summary>
public sealed class SmtpEmailSender(IOptions<MailOptions> options) : IEmailSender
{
    public async Task SendAsync(string to, string subject, string htmlBody, IReadOnlyList<MailAttachment> attachments,
        CancellationToken cancellationToken = default)
    {
        var o = options.Value;
        using var message = MailMessages.Create(o.From, to, subject, htmlBody, attachments);
        using var client = new MailKit.Net.Smtp.SmtpClient();
        var security = !o.SmtpUseSsl ? SecureSocketOptions.None
            : o.SmtpPort == 465 ? SecureSocketOptions.SslOnConnect : SecureSocketOptions.StartTls;
        await client.ConnectAsync(o.SmtpHost ?? throw new InvalidOperationException("Mail:SmtpHost is not set."), o.SmtpPort, security, cancellationToken);
        if (!string.IsNullOrEmpty(o.SmtpUser))
            await client.AuthenticateAsync(o.SmtpUser, o.SmtpPassword ?? "", cancellationToken);
        await client.SendAsync(message, cancellationToken);
        await client.DisconnectAsync(quit: true, cancellationToken);
    }
}
