namespace Caseload.Application.Common;

/// <summary>A file sent with a mail, e.g. a meeting's .ics invitation (<c>text/calendar; method=REQUEST</c>).</summary>
public sealed record MailAttachment(string FileName, string ContentType, byte[] Content);

/// <summary>Sends mail. Development writes to a pickup folder; production uses SMTP (see README).</summary>
public interface IEmailSender
{
    Task SendAsync(string to, string subject, string htmlBody, CancellationToken cancellationToken = default)
        => SendAsync(to, subject, htmlBody, [], cancellationToken);

    Task SendAsync(string to, string subject, string htmlBody, IReadOnlyList<MailAttachment> attachments, CancellationToken cancellationToken = default);
}
