using System.Globalization;
using System.Net;
using AngleSharp.Html.Dom;
using Caseload.Application.ActionPlans;
using Caseload.Domain.Auditing;
using Caseload.Domain.Results;
using Caseload.Domain.Teams;
using Caseload.TestSupport;
using Caseload.Web.Tests.Security;
using Microsoft.EntityFrameworkCore;
using UglyToad.PdfPig;

namespace Caseload.Web.Tests.Results;

/// <summary>The fidelity review (issue #29 item 5, ADR 0055): the computed items are the results page's, locked; the items no
/// data can show are scored by the team's leader; every review is kept and compared with the one before; bad input is
/// refused in Danish with the form kept; only the team's leader starts one; the PDF and CSV hold the page's values.</summary>
public abstract class FidelityReviewTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : CaseloadAppFactory, new()
{
    private const string Leader = "teamleder.act@caseload.local";
    private const string Reviews = "/resultater/act/vurderinger";

    private Task<Guid> ActTeamAsync() => app.QueryAsync(db => db.Teams.Where(t => t.Name == "ACT-team Solbjerg").Select(t => t.Id).SingleAsync());

    private static string NewUrl(Guid team) => $"{Reviews}/ny/{team}";

    /// <summary>The form as the browser would post it, with every score replaced by <paramref name="score"/>'s and the notes given.</summary>
    private static async Task<List<KeyValuePair<string, string>>> FieldsAsync(TestClient client, Guid team, Func<string, string?> score,
        IReadOnlyDictionary<string, string>? notes = null)
    {
        var form = (IHtmlFormElement)(await client.GetPageAsync(NewUrl(team))).GetElementById("vurdering-form")!;
        var fields = FormFields.Of(form).Where(f => !f.Key.EndsWith(".Score", StringComparison.Ordinal)).ToList();
        var codes = fields.Where(f => f.Key.EndsWith(".Code", StringComparison.Ordinal)).ToList();
        foreach (var (key, code) in codes)
        {
            var prefix = key[..^".Code".Length];
            if (score(code) is { } s) fields.Add(new($"{prefix}.Score", s));
            if (notes?.GetValueOrDefault(code) is { } note)
                fields = [.. fields.Where(f => f.Key != $"{prefix}.Note"), new($"{prefix}.Note", note)];
        }
        return fields;
    }

    private static async Task<Guid> SaveAsync(TestClient client, Guid team, List<KeyValuePair<string, string>> fields)
    {
        using var saved = await client.PostFormAsync(NewUrl(team), fields, NewUrl(team));
        saved.StatusCode.ShouldBe(HttpStatusCode.Redirect, await saved.Content.ReadAsStringAsync());
        return Guid.Parse(saved.Headers.Location!.OriginalString.Split('/')[^1]);
    }

    private Task<FidelityReview> ReviewAsync(Guid id) => app.QueryAsync(db => db.FidelityReviews.SingleAsync(r => r.Id == id));

    [Fact]
    public async Task TheComputedItemsAreTheResultsPagesAndASecondReviewIsComparedWithTheFirst()
    {
        var team = await ActTeamAsync();
        using var leader = await app.SignedInAsync(Leader);
        // The results page links to the reviews; the reviews page to a new one for the led team.
        var results = await leader.GetPageAsync($"/resultater/act?team={team}");
        results.QuerySelector("#metodetroskabsvurdering a")!.GetAttribute("href").ShouldBe(Reviews);
        (await leader.GetPageAsync(Reviews)).QuerySelector($"#start-vurdering a[href='{NewUrl(team)}']").ShouldNotBeNull();
        var shown = results.QuerySelectorAll("table.results-table tbody tr").ToDictionary(r => r.QuerySelector("th .badge")!.TextContent.Trim(),
            r => (Value: r.QuerySelectorAll("td")[0].TextContent.Trim(), Score: r.QuerySelectorAll("td")[2].TextContent.Trim()));
        shown.Keys.ShouldBe(ActFidelityItems.All.Select(i => i.Code), ignoreOrder: true);
        var audited = await app.QueryAsync(db => db.AuditEntries.CountAsync(a => a.EntityType == AuditNames.FidelityReview && a.Action == AuditAction.Created));

        var fields = await FieldsAsync(leader, team, _ => "3", new Dictionary<string, string> { ["H7"] = "Psykiater 0,5 årsværk fra regionen" });
        // A computed value posted by hand is not a field the review reads: the values come from the figures.
        fields.Add(new("Input.Items[0].Value", "99"));
        var first = await ReviewAsync(await SaveAsync(leader, team, fields));

        var computed = first.Items.Where(i => i.Computed).ToList();
        computed.Select(i => i.Code).ShouldBe(ActFidelityItems.All.Select(i => i.Code), ignoreOrder: true);
        foreach (var item in computed)
        {
            item.Value.ShouldBe(shown[item.Code].Value, item.Code);
            (item.Score is { } s ? $"{s} af 5" : "–").ShouldBe(shown[item.Code].Score, item.Code);
        }
        var manual = first.Items.Where(i => !i.Computed).ToList();
        manual.Select(i => i.Code).ShouldBe(ActFidelityReviewScale.Manual.Select(i => i.Code), ignoreOrder: true);
        manual.ShouldAllBe(i => i.Score == 3);
        manual.Single(i => i.Code == "H7").Note.ShouldBe("Psykiater 0,5 årsværk fra regionen");
        first.Total.ShouldBe(first.Items.Sum(i => i.Score ?? 0));
        first.Scored.ShouldBe(manual.Count + computed.Count(i => i.Score is not null));

        // The second starts from the first's scores and notes; two scores change.
        var form = (IHtmlFormElement)(await leader.GetPageAsync(NewUrl(team))).GetElementById("vurdering-form")!;
        ((IHtmlInputElement)form.QuerySelectorAll("input[type=radio][checked]")[0]).Value.ShouldBe("3");
        var second = await SaveAsync(leader, team, await FieldsAsync(leader, team, c => c switch { "H7" => "4", "H8" => "2", _ => "3" }));
        var page = await leader.GetPageAsync($"{Reviews}/teams/{team}/{second}");
        string Row(string code) => page.QuerySelector($"#punkter tr[data-code='{code}']")!.TextContent;
        Row("H7").ShouldContain("+1 (bedre)");
        Row("H8").ShouldContain("-1 (dårligere)");
        Row("H9").ShouldContain("uændret");
        Row("H7").ShouldContain("Psykiater 0,5 årsværk fra regionen"); // the note came along from the first
        page.QuerySelector("#samlet")!.TextContent.ShouldContain($"{(await ReviewAsync(second)).Total} af");
        page.QuerySelector("#punkter caption")!.TextContent.ShouldContain("sammenlignet med vurderingen fra");

        // The first is unchanged, and both creations are in the audit log.
        (await ReviewAsync(first.Id)).ItemsJson.ShouldBe(first.ItemsJson);
        (await app.QueryAsync(db => db.AuditEntries.CountAsync(a => a.EntityType == AuditNames.FidelityReview && a.Action == AuditAction.Created)))
            .ShouldBe(audited + 2);
    }

    [Fact]
    public async Task OnlyTheTeamsLeaderStartsOneAndManagersReadThem()
    {
        var team = await ActTeamAsync();
        var cti = await app.QueryAsync(db => db.Teams.Where(t => t.Method == Method.Cti).Select(t => t.Id).FirstAsync());
        Guid id;
        using (var leader = await app.SignedInAsync(Leader))
        {
            id = await SaveAsync(leader, team, await FieldsAsync(leader, team, _ => "2"));
            using (var other = await leader.GetAsync(NewUrl(cti))) other.StatusCode.ShouldBe(HttpStatusCode.NotFound, "a team of another method");
            using (var none = await leader.GetAsync("/resultater/borgere/vurderinger")) none.StatusCode.ShouldBe(HttpStatusCode.NotFound, "no scale");
        }
        var count = await app.QueryAsync(db => db.FidelityReviews.CountAsync());
        using (var worker = await app.SignedInAsync("medarbejder1.act@caseload.local"))
        using (var response = await worker.GetAsync($"{Reviews}/teams/{team}/{id}"))
            response.Headers.Location!.AbsolutePath.ShouldBe("/konto/ingen-adgang", "a worker");
        using (var ctiLeader = await app.SignedInAsync("teamleder.cti@caseload.local"))
        {
            foreach (var url in new[] { $"{Reviews}/teams/{team}/{id}", $"{Reviews}/teams/{team}/{id}/csv", $"{Reviews}/teams/{team}/{id}/udskrift", NewUrl(team) })
            {
                using var response = await ctiLeader.GetAsync(url);
                response.StatusCode.ShouldBe(HttpStatusCode.NotFound, url);
            }
            using var post = await ctiLeader.PostWithTokenAsync(NewUrl(team), [new("Input.PeriodFrom", "2026-01-01"), new("Input.PeriodTo", "2026-02-28")]);
            post.StatusCode.ShouldBe(HttpStatusCode.NotFound, "another team's leader posting");
        }
        (await app.QueryAsync(db => db.FidelityReviews.CountAsync())).ShouldBe(count);

        using var manager = await app.SignedInAsync("leder@caseload.local");
        var list = await manager.GetPageAsync(Reviews);
        list.QuerySelector($"#vurderinger a[href='{Reviews}/teams/{team}/{id}']").ShouldNotBeNull();
        // The review under another team's address is not found, even for a manager who may read both teams.
        using (var wrongTeam = await manager.GetAsync($"{Reviews}/teams/{cti}/{id}")) wrongTeam.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        list.QuerySelector("#start-vurdering").ShouldBeNull();
        var page = await manager.GetPageAsync($"{Reviews}/teams/{team}/{id}");
        page.QuerySelector("#punkter")!.TextContent.ShouldContain("Psykiater i teamet");
        page.QuerySelector("main")!.TextContent.ShouldNotContain("Bent Kristensen");
        using (var start = await manager.GetAsync(NewUrl(team))) start.StatusCode.ShouldBe(HttpStatusCode.NotFound, "a manager reads, never starts");
    }

    [Fact]
    public async Task BadInputIsRefusedInDanishWithTheFormKeptAndNothingSaved()
    {
        var team = await ActTeamAsync();
        using var leader = await app.SignedInAsync(Leader);
        var count = await app.QueryAsync(db => db.FidelityReviews.CountAsync());
        var longNote = new string('x', FidelityReview.NoteMaxLength + 1);
        var cases = new (string What, Func<List<KeyValuePair<string, string>>, List<KeyValuePair<string, string>>> Change, string Message)[]
        {
            ("score 7", f => [.. f.Select(x => x.Key == "Input.Items[0].Score" ? new(x.Key, "7") : x)], "en score fra 1 til 5"),
            ("score 0", f => [.. f.Select(x => x.Key == "Input.Items[1].Score" ? new(x.Key, "0") : x)], "en score fra 1 til 5"),
            ("no score", f => [.. f.Where(x => x.Key != "Input.Items[2].Score")], "en score fra 1 til 5"),
            ("score not a number", f => [.. f.Select(x => x.Key == "Input.Items[0].Score" ? new(x.Key, "fem") : x)], ""),
            ("note too long", f => [.. f.Where(x => x.Key != "Input.Items[0].Note"), new("Input.Items[0].Note", longNote)], $"må højst være {FidelityReview.NoteMaxLength} tegn"),
            ("no period start", f => [.. f.Select(x => x.Key == "Input.PeriodFrom" ? new(x.Key, "") : x)], "Angiv periodens startdato."),
            ("no period end", f => [.. f.Select(x => x.Key == "Input.PeriodTo" ? new(x.Key, "") : x)], "Angiv periodens slutdato."),
            ("end before start", f => [.. f.Select(x => x.Key == "Input.PeriodTo" ? new(x.Key, "2020-01-01") : x)], "slutdato skal ligge efter startdatoen"),
            ("an item left out", f => [.. f.Where(x => !x.Key.StartsWith("Input.Items[3].", StringComparison.Ordinal))], "Giv alle punkter"),
        };
        foreach (var (what, change, message) in cases)
        {
            var fields = change(await FieldsAsync(leader, team, _ => "4", new Dictionary<string, string> { ["H4"] = "Skrevet før fejlen" }));
            using var refused = await leader.PostFormAsync(NewUrl(team), fields, NewUrl(team));
            refused.StatusCode.ShouldBe(HttpStatusCode.OK, what);
            var page = await TestClient.ParseAsync(refused);
            page.QuerySelector("#fejl-oversigt")!.TextContent.ShouldContain(message, Case.Sensitive, what);
            if (what != "note too long")
                page.QuerySelectorAll("#vurdering-form textarea").Select(t => t.TextContent).ShouldContain("Skrevet før fejlen", what);
        }
        (await app.QueryAsync(db => db.FidelityReviews.CountAsync())).ShouldBe(count);
    }

    [Fact]
    public async Task AFormMadeBeforeAnotherReviewWasSavedIsAConflict()
    {
        var team = await ActTeamAsync();
        using var leader = await app.SignedInAsync(Leader);
        var stale = await FieldsAsync(leader, team, _ => "3");
        await SaveAsync(leader, team, await FieldsAsync(leader, team, _ => "5"));
        var count = await app.QueryAsync(db => db.FidelityReviews.CountAsync());
        using var refused = await leader.PostFormAsync(NewUrl(team), stale, NewUrl(team));
        refused.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await TestClient.ParseAsync(refused)).QuerySelector("#fejl-oversigt")!.TextContent.ShouldContain(Application.Common.CommandRunner.ConcurrencyMessage);
        (await app.QueryAsync(db => db.FidelityReviews.CountAsync())).ShouldBe(count);
    }

    [Fact]
    public async Task ThePdfAndTheCsvHoldTheReviewsScores()
    {
        var team = await ActTeamAsync();
        using var leader = await app.SignedInAsync(Leader);
        var id = await SaveAsync(leader, team, await FieldsAsync(leader, team, c => c == "H11" ? "1" : "4"));
        var review = await ReviewAsync(id);

        var print = await leader.GetPageAsync($"{Reviews}/teams/{team}/{id}/udskrift");
        using var pdf = await leader.GetAsync(print.QuerySelector("#download-pdf")!.GetAttribute("href")!);
        pdf.StatusCode.ShouldBe(HttpStatusCode.OK);
        pdf.Content.Headers.ContentType!.MediaType.ShouldBe("application/pdf");
        using (var doc = PdfDocument.Open(await pdf.Content.ReadAsByteArrayAsync()))
        {
            var text = string.Join("\n", doc.GetPages().Select(p => string.Join(" ", p.GetWords().Select(w => w.Text))));
            text.ShouldContain("Metodetroskabsvurdering");
            text.ShouldContain("Teamets størrelse");
            text.ShouldContain($"Samlet score: {review.Total} af");
        }

        using var csv = await leader.GetAsync($"{Reviews}/teams/{team}/{id}/csv");
        csv.StatusCode.ShouldBe(HttpStatusCode.OK);
        csv.Content.Headers.ContentType!.MediaType.ShouldBe("text/csv");
        var lines = (await csv.Content.ReadAsStringAsync()).Split('\n').Select(l => l.TrimEnd('\r')).ToList();
        foreach (var item in review.Items)
        {
            var cells = lines.Single(l => l.StartsWith(item.Code + ";", StringComparison.Ordinal)).Split(';');
            cells[3].Trim('"').ShouldBe(item.Value ?? "", item.Code);
            cells[4].ShouldBe(item.Score?.ToString(CultureInfo.InvariantCulture) ?? "", item.Code);
        }
        lines.Single(l => l.StartsWith("H11;", StringComparison.Ordinal)).Split(';')[4].ShouldBe("1");
    }
}

public sealed class FidelityReviewTestsOnSqlite(SqliteAppFactory app) : FidelityReviewTests<SqliteAppFactory>(app);
public sealed class FidelityReviewTestsOnPostgres(PostgresAppFactory app) : FidelityReviewTests<PostgresAppFactory>(app);
