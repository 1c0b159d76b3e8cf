using Caseload.Application.Common;
using Microsoft.Extensions.Options;
using MimeKit;

namespace Caseload.Infrastructure.Mail;

/// <summary>Writes each mail as an .eml file: nothing leaves the machine (Development and tests).</summary>
public sealed class PickupFolderEmailSender(IOptions<MailOptions> options) : IEmailSender
{
    public async Task SendAsync(string to, string subject, string htmlBody, IReadOnlyList<MailAttachment> attachments,
        CancellationToken cancellationToken = default)
    {
        var o = options.Value;
        Directory.CreateDirectory(o.PickupDirectory);
        using var message = MailMessages.Create(o.From, to, subject, htmlBody, attachments);
        var path = Path.Combine(Path.GetFullPath(o.PickupDirectory), $"{Guid.NewGuid():N}.eml");
        // Written under another name and renamed: whoever watches the folder never sees half a mail (mail is also sent
        // from a background job now, while a reader may be looking).
        var partial = path + ".part";
        await message.WriteToAsync(partial, cancellationToken);
        File.Move(partial, path);
    }
}

internal static class MailMessages
{
    /// <summary>UTF-8 HTML mail, quoted-printable so it stays readable in any mail tool; attachments (e.g. an .ics
    /// invitation, whose content type carries <c>method=REQUEST</c> so mail programs offer to accept it) go alongside.</summary>
    public static MimeMessage Create(string from, string to, string subject, string htmlBody, IReadOnlyList<MailAttachment> attachments)
    {
        // A header is one line: no value may bring its own line break (issue #28 item 4). MimeKit encodes the rest.
        var message = new MimeMessage { Subject = new string([.. subject.Select(c => char.IsControl(c) ? ' ' : c)]) };
        message.From.Add(MailboxAddress.Parse(from));
        message.To.Add(MailboxAddress.Parse(to));
        var body = new BodyBuilder { HtmlBody = htmlBody };
        foreach (var a in attachments)
            body.Attachments.Add(a.FileName, a.Content, ContentType.Parse(a.ContentType));
        message.Body = body.ToMessageBody();
        foreach (var part in message.BodyParts.OfType<TextPart>()) part.ContentTransferEncoding = ContentEncoding.QuotedPrintable;
        return message;
    }
}
