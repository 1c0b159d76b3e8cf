using Caseload.TestSupport;
using Caseload.Web.Tests.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;

namespace Caseload.Web.Tests.Outreach;

/// <summary>Issue #27 item 10: a deadline met after its due date reads as overdue (with the day it was met), never as
/// "✓ Overholdt for sent"; on the demo's case without contact after two failed attempts.</summary>
public abstract class OutreachBeforeLiveUseTests<TApp> where TApp : CaseloadAppFactory, new()
{
    [Fact]
    public async Task AMissedDeadlineMetLateReadsOverdueWithTheDayItWasMet()
    {
        var clock = new FakeTimeProvider();
        clock.MoveTo("2026-05-22 10:00");
        await using var app = new TApp { Clock = clock };
        var inge = await app.CitizenIdAsync("Inge Madsen"); // demo: allocated nine days ago, no contact yet
        var email = await app.QueryAsync(db => db.Courses.Where(c => c.CitizenId == inge)
            .Join(db.Users, c => c.PrimaryWorkerId, u => u.Id, (c, u) => u.Email!).FirstAsync());
        using var worker = await app.SignedInAsync(email);
        var caseUrl = $"/borgere/{inge}/fs";
        Cells(await worker.GetPageAsync(caseUrl), "Kontakt til borgeren")[2].ShouldStartWith("⚠");

        await worker.SubmitAsync(caseUrl, "/fs/kontaktforsoeg", ("Attempt.Channel", "Visit"), ("Attempt.Outcome", "Reached"));
        var state = Cells(await worker.GetPageAsync(caseUrl), "Kontakt til borgeren")[2];
        state.ShouldBe("⚠ Overskredet (opfyldt 22-05-2026)");
        state.ShouldNotContain("✓");
    }

    [Fact]
    public async Task TheAgeFromTheScreeningReachesTheCooperationAgreement()
    {
        var clock = new FakeTimeProvider();
        clock.MoveTo("2026-05-22 10:00");
        await using var app = new TApp { Clock = clock };
        var unknown = await app.CitizenIdAsync("Ukendt mand, Granvej 14"); // demo: a referral, no CPR number
        var referral = await app.QueryAsync(db => db.Referrals.Where(r => r.CitizenId == unknown).Select(r => r.Id).SingleAsync());
        using var leader = await app.SignedInAsync("teamleder.fs@caseload.local");
        var url = $"/borgere/{unknown}/fs/henvendelser/{referral}";
        await leader.SubmitAsync(url, "/screening", ("Screening.Criteria", "1.2"), ("Screening.Criteria", "b3"), ("Screening.Age", "27"));

        var agreement = await leader.GetPageAsync($"/borgere/{unknown}/samarbejdsaftaler/ny");
        agreement.QuerySelector("p.lead")!.TextContent.ShouldContain("27 år");
        clock.MoveTo("2027-06-01 10:00"); // a year on, the age has grown with it
        using var later = await app.SignedInAsync("teamleder.fs@caseload.local");
        (await later.GetPageAsync($"/borgere/{unknown}/samarbejdsaftaler/ny")).QuerySelector("p.lead")!.TextContent.ShouldContain("28 år");
    }

    private static string[] Cells(AngleSharp.Html.Dom.IHtmlDocument page, string kind)
        => page.QuerySelectorAll("#fs-frister tbody tr").Single(r => r.Children[0].TextContent.StartsWith(kind, StringComparison.Ordinal))
            .Children.Skip(1).Select(td => td.TextContent.Trim()).ToArray();
}

public sealed class OutreachBeforeLiveUseTestsOnSqlite : OutreachBeforeLiveUseTests<SqliteAppFactory>;
