using Caseload.Application.Common;
using Microsoft.Extensions.Options;
using MimeKit;

namespace Caseload.Infrastructure.Mail;

/// <summary>Writes each mail as an .eml file: nothing leaves the machine (Development and tests).</summary>
public sealed class PickupFolderEmailSender(IOptions<MailOptions> options) : IEmailSender
{
    public async Task SendAsync(string to, string subject, string htmlBody, CancellationToken cancellationToken = default)
    {
        var o = options.Value;
        Directory.CreateDirectory(o.PickupDirectory);
        using var message = MailMessages.Create(o.From, to, subject, htmlBody);
        var path = Path.Combine(Path.GetFullPath(o.PickupDirectory), $"{Guid.NewGuid():N}.eml");
        await message.WriteToAsync(path, cancellationToken);
    }
}

internal static class MailMessages
{
    /// <summary>UTF-8 HTML mail, quoted-printable so it stays readable in any mail tool.</summary>
    public static MimeMessage Create(string from, string to, string subject, string htmlBody)
    {
        var message = new MimeMessage { Subject = subject };
        message.From.Add(MailboxAddress.Parse(from));
        message.To.Add(MailboxAddress.Parse(to));
        message.Body = new TextPart(MimeKit.Text.TextFormat.Html)
        {
            Text = htmlBody,
            ContentTransferEncoding = ContentEncoding.QuotedPrintable,
        };
        return message;
    }
}
