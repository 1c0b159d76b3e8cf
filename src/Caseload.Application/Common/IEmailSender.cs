namespace Caseload.Application.Common;

/// <summary>Sends mail. Development writes to a pickup folder; production uses SMTP (see README).</summary>
public interface IEmailSender
{
    Task SendAsync(string to, string subject, string htmlBody, CancellationToken cancellationToken = default);
}
