using System.Net;
using System.Net.Sockets;
using System.Text;
using Caseload.Application.Common;
using Caseload.Infrastructure.Mail;
using Microsoft.Extensions.Options;

namespace Caseload.Web.Tests.House;

/// <summary>The SMTP sender (MailKit) speaks SMTP: a minimal server on the loopback address receives the mail.</summary>
public sealed class SmtpMailTests
{
    [Fact]
    public async Task AMailIsDeliveredOverSmtpWithDanishLettersIntact()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        var server = ReceiveOneMailAsync(listener);

        IEmailSender sender = Sender(port);
        await sender.SendAsync("medarbejder@kommune.dk", "Nulstil din adgangskode", "<p>Hej Søren – klik på linket.</p>");

        var (envelope, data) = await server.WaitAsync(TimeSpan.FromSeconds(10));
        envelope.ShouldContain("MAIL FROM:<caseload@kommune.dk>");
        envelope.ShouldContain("RCPT TO:<medarbejder@kommune.dk>");
        data.ShouldContain("Subject: Nulstil din adgangskode");
        data.ShouldContain("Content-Transfer-Encoding: quoted-printable");
        data.ShouldContain("S=C3=B8ren"); // ø as UTF-8, quoted-printable
    }

    [Fact]
    public async Task AMeetingInvitationCarriesItsIcsAsACalendarRequest()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var server = ReceiveOneMailAsync(listener);
        var ics = new IcalCalendarInvitations().Request(new CalendarInvite(Guid.NewGuid(), 0, new DateOnly(2026, 12, 3), new TimeOnly(10, 0),
            new TimeOnly(11, 0), "Koordinerende møde", "Jobcentret", null, "Mette Mødeleder", "mette@kommune.dk",
            [("Lene Læge", "lene@laege.dk")], new DateTime(2026, 11, 25, 8, 0, 0, DateTimeKind.Utc)));

        await Sender(((IPEndPoint)listener.LocalEndpoint).Port).SendAsync("lene@laege.dk", "Invitation", "<p>Dagsorden</p>",
            [new MailAttachment("invitation.ics", "text/calendar; method=REQUEST; charset=utf-8", ics)]);

        var (_, data) = await server.WaitAsync(TimeSpan.FromSeconds(10));
        data.ShouldContain("Content-Type: multipart/mixed");
        data.ShouldContain("text/calendar; method=REQUEST");
        data.ShouldContain("invitation.ics");
    }

    private static SmtpEmailSender Sender(int port) => new(Options.Create(new MailOptions
    {
        SmtpHost = "127.0.0.1", SmtpPort = port, SmtpUseSsl = false, From = "caseload@kommune.dk",
    }));

    private static async Task<(string Envelope, string Data)> ReceiveOneMailAsync(TcpListener listener)
    {
        using var client = await listener.AcceptTcpClientAsync();
        await using var stream = client.GetStream();
        using var reader = new StreamReader(stream, Encoding.ASCII);
        await using var writer = new StreamWriter(stream, Encoding.ASCII) { NewLine = "\r\n", AutoFlush = true };
        var envelope = new StringBuilder();
        var data = new StringBuilder();
        await writer.WriteLineAsync("220 localhost test SMTP");
        while (await reader.ReadLineAsync() is { } line)
        {
            envelope.AppendLine(line);
            var command = line.Length >= 4 ? line[..4].ToUpperInvariant() : line;
            switch (command)
            {
                case "EHLO": await writer.WriteLineAsync("250-localhost\r\n250 8BITMIME"); break;
                case "DATA":
                    await writer.WriteLineAsync("354 go ahead");
                    while (await reader.ReadLineAsync() is { } body && body != ".") data.AppendLine(body);
                    await writer.WriteLineAsync("250 queued");
                    break;
                case "QUIT":
                    await writer.WriteLineAsync("221 bye");
                    return (envelope.ToString(), data.ToString());
                default: await writer.WriteLineAsync("250 ok"); break;
            }
        }
        return (envelope.ToString(), data.ToString());
    }
}
