using System.Net;
using AngleSharp.Html.Dom;
using Caseload.Application.Common.Time;
using Caseload.TestSupport;
using Caseload.Web.Tests.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;

namespace Caseload.Web.Tests.Documents;

/// <summary>The coordinating meeting as a worker uses it: the form pre-filled with the template, participants picked from
/// the network map and the team, tasks on the owner's start page, the invitation with its .ics and the minutes by mail.</summary>
public abstract class CoordinatingMeetingTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : CaseloadAppFactory, new()
{
    private const string Worker = "medarbejder1.act@caseload.local";

    private DateOnly Today => app.Services.GetRequiredService<IDanishClock>().Today;

    /// <summary>Every field the form would post as the page shows it (ticked boxes only), with <paramref name="changes"/> applied.</summary>
    private static List<KeyValuePair<string, string>> FieldsOf(IHtmlDocument page, string formId, Dictionary<string, string> changes, params (string Name, string Value)[] extra)
    {
        var fields = FormFields.Of((IHtmlFormElement)page.GetElementById(formId)!);
        // A ticked box is posted before its hidden "false", as a browser does.
        var extras = extra.Select(x => new KeyValuePair<string, string>(x.Name, x.Value)).ToList();
        var changed = fields.Select(f => changes.TryGetValue(f.Key, out var v) ? new(f.Key, v) : f).ToList();
        return [.. extras, .. changed];
    }

    private async Task<(TestClient Client, Guid Citizen, IHtmlDocument Form)> NewMeetingFormAsync()
    {
        var client = TestClient.For(app);
        await client.SignInAsync(Worker);
        var bent = await app.CitizenIdAsync("Bent Kristensen");
        return (client, bent, await client.GetPageAsync($"/borgere/{bent}/koordinerende-moeder/ny"));
    }

    [Fact]
    public async Task ANewMeetingPicksParticipantsPlacesOwnPointsAndPutsTasksOnTheOwnersStartPage()
    {
        var (client, bent, form) = await NewMeetingFormAsync();
        using var _ = client;
        form.QuerySelectorAll(".dagsorden-raekke legend").Select(l => l.TextContent).ShouldContain("Punkt 2: Valg af referent");
        var perVang = form.QuerySelectorAll("input[name='Input.PickPersons']").Cast<IHtmlInputElement>()
            .Single(i => form.QuerySelector($"label[for='{i.Id}']")!.TextContent.Contains("Per Vang", StringComparison.Ordinal)).Value;
        var colleague = form.QuerySelectorAll("input[name='Input.PickMembers']").Cast<IHtmlInputElement>()
            .First(i => !form.QuerySelector($"label[for='{i.Id}']")!.TextContent.Contains("Mette", StringComparison.Ordinal)).Value;
        var me = ((IHtmlSelectElement)form.GetElementById("Input_ChairId")!).Value!;
        var due = Today.AddDays(20).ToString("yyyy-MM-dd");
        var fields = FieldsOf(form, "moede-form", new()
        {
            ["Input.Place"] = "Bents hjem",
            ["Input.Agenda[4].Topic"] = "Huslejen",
            ["Input.Tasks[0].Description"] = "Ring til boligselskabet",
            ["Input.Tasks[0].OwnerId"] = me,
            ["Input.Tasks[0].DueOn"] = due,
            ["Input.Agenda[5].Number"] = "1", // a point given number 1 goes before the old 1
            ["Input.Agenda[5].Topic"] = "Kaffe",
        }, ("Input.PickPersons", perVang), ("Input.PickMembers", colleague));
        var meetingUrl = await client.PostFormForRedirectAsync($"/borgere/{bent}/koordinerende-moeder/ny", fields, "/koordinerende-moeder/ny");

        var page = await client.GetPageAsync(meetingUrl);
        var topics = page.QuerySelectorAll(".dagsorden-raekke input[name$='.Topic']").Cast<IHtmlInputElement>().Select(i => i.Value).Where(v => v.Length > 0).ToList();
        topics.Take(6).ShouldBe(["Kaffe", "Velkomst og præsentation af deltagerne", "Valg af referent", "Formål med mødet",
            "Status og opfølgning fra tidligere møder", "Huslejen"]);
        topics[6].ShouldBe("Opdatering af netværkskortet");
        topics[^1].ShouldBe("Opsummering af aftalte opgaver og ansvarlige");
        var names = page.QuerySelectorAll(".deltager-raekke input[name$='.Name']").Cast<IHtmlInputElement>().Select(i => i.Value).Where(v => v.Length > 0).ToList();
        names.ShouldBe(["Bent Kristensen", "Per Vang", names[2]]);
        page.QuerySelector("#status-referat")!.TextContent.ShouldContain("skal sendes senest");

        var start = await client.GetPageAsync("/");
        var task = start.QuerySelectorAll("#mine-opgaver-sektion .opgave").Single(t => t.TextContent.Contains("Ring til boligselskabet", StringComparison.Ordinal));
        task.TextContent.ShouldContain("Bent Kristensen");
        var done = task.QuerySelector("form")!.GetAttribute("action")!;
        using var marked = await client.PostFormAsync("/", [new("returnUrl", "/")], done);
        marked.Headers.Location!.OriginalString.ShouldBe("/");
        (await client.GetPageAsync("/")).QuerySelectorAll("#mine-opgaver-sektion .opgave").ShouldNotContain(t => t.TextContent.Contains("Ring til boligselskabet", StringComparison.Ordinal));
        (await app.QueryAsync(db => db.MeetingTasks.Where(t => t.Description == "Ring til boligselskabet").Select(t => t.DoneOn).SingleAsync())).ShouldBe(Today);
    }

    /// <summary>Issue #27 item 11: a task may be the citizen's or a participant's (a partner from the network map), not only a
    /// team member's; a meeting set to more than one hour gets a warning.</summary>
    [Fact]
    public async Task TasksMayBeOwnedByTheCitizenOrAParticipantAndALongMeetingIsWarned()
    {
        var (client, bent, form) = await NewMeetingFormAsync();
        using var _ = client;
        form.QuerySelector("#moede-laengde").ShouldBeNull(); // the new form proposes 10.00–11.00
        var perVang = form.QuerySelectorAll("input[name='Input.PickPersons']").Cast<IHtmlInputElement>()
            .Single(i => form.QuerySelector($"label[for='{i.Id}']")!.TextContent.Contains("Per Vang", StringComparison.Ordinal)).Value;
        var due = Today.AddDays(20).ToString("yyyy-MM-dd");
        var fields = FieldsOf(form, "moede-form", new()
        {
            ["Input.EndsAt"] = "11:30",
            ["Input.Tasks[0].Description"] = "Finde lejekontrakten frem",
            ["Input.Tasks[0].OwnerId"] = "borger",
            ["Input.Tasks[0].DueOn"] = due,
            ["Input.Tasks[1].Description"] = "Forny recepten",
            ["Input.Tasks[1].OwnerId"] = "deltager:Per Vang",
            ["Input.Tasks[1].DueOn"] = due,
        }, ("Input.PickPersons", perVang));
        var meetingUrl = await client.PostFormForRedirectAsync($"/borgere/{bent}/koordinerende-moeder/ny", fields, "/koordinerende-moeder/ny");

        var page = await client.GetPageAsync(meetingUrl);
        page.QuerySelector("#moede-laengde")!.TextContent.ShouldContain("90 minutter");
        string Owner(int i) => ((IHtmlSelectElement)page.GetElementById($"Input_Tasks_{i}__OwnerId")!).SelectedOptions.Single().TextContent;
        Owner(0).ShouldBe("Bent Kristensen (borgeren)");
        Owner(1).ShouldBe("Per Vang");
        (await app.QueryAsync(db => db.MeetingTasks.Where(t => t.Description == "Forny recepten").Select(t => t.OwnerId).SingleAsync())).ShouldBe("deltager:Per Vang");

        // An owner who is neither in the team, the citizen nor a participant is still refused in Danish.
        var again = FieldsOf(page, "moede-form", new() { ["Input.Tasks[2].Description"] = "Noget", ["Input.Tasks[2].OwnerId"] = "deltager:Ukendt", ["Input.Tasks[2].DueOn"] = due });
        using var refused = await client.PostFormAsync(meetingUrl, again, new Uri(meetingUrl, UriKind.Relative).ToString());
        (await TestClient.ParseAsync(refused)).QuerySelector("#fejl-oversigt")!.TextContent.ShouldContain("en fra teamet, borgeren eller en af mødets deltagere");
    }

    [Fact]
    public async Task TheInvitationGivesEachParticipantTheirOwnIcsAndSkipsApologiesTheMinutesReachEveryone()
    {
        var (client, bent, form) = await NewMeetingFormAsync();
        using var _ = client;
        var mark = Guid.NewGuid().ToString("N")[..8];
        var fields = FieldsOf(form, "moede-form", new()
        {
            ["Input.Date"] = Today.ToString("yyyy-MM-dd"),
            ["Input.Participants[0].Email"] = $"bent-{mark}@example.dk",
            ["Input.Participants[1].Name"] = "Lene Kristensen", // his sister, on the network map he gave full consent for
            ["Input.Participants[1].Email"] = $"lene-{mark}@laege.example",
            ["Input.Participants[2].Name"] = "Per Vang",
            ["Input.Participants[2].Email"] = $"ole-{mark}@example.dk",
        }, ("Input.Participants[2].SentApologies", "true"));
        var meetingUrl = await client.PostFormForRedirectAsync($"/borgere/{bent}/koordinerende-moeder/ny", fields, "/koordinerende-moeder/ny");

        using var invited = await client.PostFormAsync(meetingUrl, [], "/invitation");
        invited.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await client.GetPageAsync(meetingUrl)).QuerySelector("[role=status]")!.TextContent
            .ShouldBe("Invitationen med kalenderfil er sendt til Bent Kristensen, Lene Kristensen.");
        var mails = Mails(mark);
        mails.Count.ShouldBe(2);
        foreach (var m in mails)
        {
            m.Subject.ShouldStartWith("Invitation: koordinerende møde");
            m.Subject.ShouldNotContain("Bent"); // calendars and subject lines are often seen by others
            var ics = m.Attachments.OfType<MimePart>().Single(a => a.ContentType.MimeType == "text/calendar");
            ics.ContentType.Parameters["method"].ShouldBe("REQUEST");
            using var stream = new MemoryStream();
            await ics.Content!.DecodeToAsync(stream);
            var calendar = Ical.Net.Calendar.Load(System.Text.Encoding.UTF8.GetString(stream.ToArray()))!;
            var e = calendar.Events.Single();
            e.Attendees.Select(a => a.Value!.OriginalString).ShouldBe([$"mailto:{m.To.Mailboxes.Single().Address}"]);
            e.DtStart!.TzId.ShouldBe("Europe/Copenhagen");
            e.Sequence.ShouldBe(0);
            e.Summary.ShouldBe("Koordinerende møde");
            m.HtmlBody!.ShouldContain("Per Vang"); // listed under Afbud
        }
        (await app.QueryAsync(db => db.CoordinatingMeetings.Where(x => x.CitizenId == bent && x.InvitationCount == 1).CountAsync())).ShouldBeGreaterThan(0);

        using var minutes = await client.PostFormAsync(meetingUrl, [], "/referat");
        minutes.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var sent = Mails(mark).Where(m => (m.Subject ?? "").StartsWith("Referat", StringComparison.Ordinal)).ToList();
        sent.Select(m => m.To.Mailboxes.Single().Address!).Order().ShouldBe([$"bent-{mark}@example.dk", $"lene-{mark}@laege.example", $"ole-{mark}@example.dk"]);
        sent.ShouldAllBe(m => m.Attachments.Count() == 0);
        (await client.GetPageAsync(meetingUrl)).QuerySelector("#status-referat")!.TextContent.ShouldContain("sendt");
    }

    /// <summary>Issue #27 item 1: information leaves the team only to a party a valid consent covers (domain.md §6). A
    /// participant outside the team and not on the consented network map gets neither invitation nor minutes: the app
    /// refuses in Danish, names who lacks consent, and sends nothing to anyone.</summary>
    [Fact]
    public async Task NoInvitationOrMinutesLeaveTheTeamWithoutAConsentCoveringEveryExternalParticipant()
    {
        var (client, bent, form) = await NewMeetingFormAsync();
        using var _ = client;
        var mark = Guid.NewGuid().ToString("N")[..8];
        var fields = FieldsOf(form, "moede-form", new()
        {
            ["Input.Date"] = Today.ToString("yyyy-MM-dd"),
            ["Input.Participants[0].Email"] = $"bent-{mark}@example.dk",
            ["Input.Participants[1].Name"] = "Lene Læge",
            ["Input.Participants[1].Role"] = "Egen læge",
            ["Input.Participants[1].Email"] = $"lene-{mark}@laege.example",
        });
        var meetingUrl = await client.PostFormForRedirectAsync($"/borgere/{bent}/koordinerende-moeder/ny", fields, "/koordinerende-moeder/ny");

        foreach (var action in new[] { "/invitation", "/referat" })
        {
            using var refused = await client.PostFormAsync(meetingUrl, [], action);
            var text = (await TestClient.ParseAsync(refused)).Body!.TextContent + (refused.Headers.Location is { } to ? (await client.GetPageAsync(to.OriginalString)).Body!.TextContent : "");
            if (action == "/invitation")
            {
                text.ShouldContain("intet gyldigt samtykke");
                text.ShouldContain("Lene Læge (Egen læge)");
            }
            Mails(mark).ShouldBeEmpty(action);
        }
        (await app.QueryAsync(db => db.CoordinatingMeetings.Where(x => x.CitizenId == bent).Select(x => new { x.Id, x.InvitationCount, x.MinutesSentAt }).ToListAsync()))
            .Single(x => meetingUrl.EndsWith(x.Id.ToString(), StringComparison.Ordinal)).ShouldSatisfyAllConditions(x => x.InvitationCount.ShouldBe(0), x => x.MinutesSentAt.ShouldBeNull());
    }

    [Fact]
    public async Task AnExtraPointTooCloseToTheMeetingIsRefusedInDanishAndTheFormKeepsWhatWasTyped()
    {
        var (client, bent, form) = await NewMeetingFormAsync();
        using var _ = client;
        var before = await app.QueryAsync(db => db.CoordinatingMeetings.CountAsync());
        var fields = FieldsOf(form, "moede-form", new()
        {
            ["Input.Date"] = Today.AddDays(2).ToString("yyyy-MM-dd"),
            ["Input.Agenda[4].Topic"] = "Bolig — forslag fra viceværten",
            ["Input.Agenda[4].ProposedBy"] = "Per Vang",
        });
        using var refused = await client.PostFormAsync($"/borgere/{bent}/koordinerende-moeder/ny", fields, "/koordinerende-moeder/ny");
        refused.StatusCode.ShouldBe(HttpStatusCode.OK);
        var page = await TestClient.ParseAsync(refused);
        page.QuerySelector(".validation-summary-errors")!.TextContent
            .ShouldContain($"Ekstra punkter fra deltagerne skal være modtaget senest 4 dage før mødet, dvs. {Today.AddDays(-2):dd-MM-yyyy}.");
        ((IHtmlInputElement)page.QuerySelector("input[name='Input.Agenda[4].Topic']")!).Value.ShouldBe("Bolig — forslag fra viceværten");
        (await app.QueryAsync(db => db.CoordinatingMeetings.CountAsync())).ShouldBe(before);
    }

    [Fact]
    public async Task TheMinutesCannotGoOutBeforeTheMeeting()
    {
        var (client, bent, form) = await NewMeetingFormAsync();
        using var _ = client;
        var url = await client.PostFormForRedirectAsync($"/borgere/{bent}/koordinerende-moeder/ny", FieldsOf(form, "moede-form", []), "/koordinerende-moeder/ny");
        var page = await client.GetPageAsync(url);
        page.QuerySelector($"form[action='{url}/referat']").ShouldBeNull(); // not offered
        using var forced = await client.PostWithTokenAsync($"{url}/referat", []);
        (await TestClient.ParseAsync(forced)).QuerySelector(".validation-summary-errors")!.TextContent.ShouldContain("Referatet kan først sendes, når mødet er holdt");
    }

    private List<MimeMessage> Mails(string mark)
        => !Directory.Exists(app.MailDirectory) ? [] : [.. Directory.GetFiles(app.MailDirectory, "*.eml").Select(f => MimeMessage.Load(f))
            .Where(m => m.To.Mailboxes.Any(b => b.Address.Contains(mark, StringComparison.Ordinal)))];
}

public sealed class CoordinatingMeetingTestsOnSqlite(SqliteAppFactory app) : CoordinatingMeetingTests<SqliteAppFactory>(app);
public sealed class CoordinatingMeetingTestsOnPostgres(PostgresAppFactory app) : CoordinatingMeetingTests<PostgresAppFactory>(app);
