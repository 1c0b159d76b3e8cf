using System.Net;
using AngleSharp.Html.Dom;
using Caseload.Application.Common.Time;
using Caseload.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;

namespace Caseload.Web.Tests.Security;

/// <summary>A name with a line break cannot add lines to a calendar invitation (issue #28 item 4): names, places and
/// roles are stripped of control characters on input, and the .ics writer strips them again. Checked on the parsed
/// invitation: one attendee, the recipient; no evil address anywhere.</summary>
public sealed class CalendarInjectionTests(SqliteAppFactory app) : IClassFixture<SqliteAppFactory>
{
    private const string Evil = "Anna\r\nATTENDEE;CN=x:mailto:evil@example.com";
    private const string Colleague = "medarbejder2.act@caseload.local";

    [Fact]
    public async Task ALineBreakInAParticipantsNameOrThePlaceAddsNoLineToTheInvitation()
    {
        using var client = TestClient.For(app);
        await client.SignInAsync("medarbejder1.act@caseload.local");
        var bent = await app.CitizenIdAsync("Bent Kristensen");
        var form = await client.GetPageAsync($"/borgere/{bent}/koordinerende-moeder/ny");
        var today = app.Services.GetRequiredService<IDanishClock>().Today;
        var changes = new Dictionary<string, string>
        {
            ["Input.Date"] = today.ToString("yyyy-MM-dd"),
            ["Input.Place"] = "Mødelokale 2\r\nATTENDEE:mailto:evil@example.com",
            ["Input.Participants[1].Name"] = Evil,
            // A colleague's address: inside the team, so no consent is needed for the invitation (issue #27 item 1).
            ["Input.Participants[1].Email"] = Colleague,
        };
        var fields = FormFields.Of((IHtmlFormElement)form.GetElementById("moede-form")!)
            .Select(f => changes.TryGetValue(f.Key, out var v) ? new KeyValuePair<string, string>(f.Key, v) : f).ToList();
        var meetingUrl = await client.PostFormForRedirectAsync($"/borgere/{bent}/koordinerende-moeder/ny", fields, "/koordinerende-moeder/ny");

        // Stripped on input: the stored name is one line.
        var meetings = await app.QueryAsync(db => db.CoordinatingMeetings.AsNoTracking().Where(m => m.CitizenId == bent).ToListAsync());
        meetings.SelectMany(m => m.Participants).ShouldContain(p => p.Name == "Anna  ATTENDEE;CN=x:mailto:evil@example.com");
        meetings.ShouldContain(m => m.Place == "Mødelokale 2  ATTENDEE:mailto:evil@example.com");

        using var invited = await client.PostFormAsync(meetingUrl, [], "/invitation");
        invited.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var mail = Directory.GetFiles(app.MailDirectory, "*.eml").Select(f => MimeMessage.Load(f))
            .Single(m => m.To.Mailboxes.Any(b => b.Address == Colleague));
        var ics = mail.Attachments.OfType<MimePart>().Single(a => a.ContentType.MimeType == "text/calendar");
        using var stream = new MemoryStream();
        await ics.Content!.DecodeToAsync(stream);
        var text = System.Text.Encoding.UTF8.GetString(stream.ToArray());
        var e = Ical.Net.Calendar.Load(text)!.Events.Single();
        e.Attendees.Select(a => a.Value!.OriginalString).ShouldBe([$"mailto:{Colleague}"]);
        e.Location.ShouldNotBeNull();
        e.Location.ShouldNotContain("\n");
        // One ATTENDEE line (the recipient's); the cleaned name may mention an address, but only inside its quoted CN.
        text.Split('\n').Count(line => line.StartsWith("ATTENDEE", StringComparison.Ordinal)).ShouldBe(1);
    }
}
