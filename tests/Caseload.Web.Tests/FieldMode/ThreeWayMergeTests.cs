using Microsoft.Extensions.DependencyInjection;
using Caseload.Application.FieldMode;

namespace Caseload.Web.Tests.FieldMode;

/// <summary>The merge of a change made offline (issue #31 item 4): field by field, row by row, never a silent overwrite.</summary>
public sealed class ThreeWayMergeTests
{
    private static readonly OfflineForm Agreement = new("Samarbejdsaftale", OfflineForm.Path("/borgere/{id}/samarbejdsaftaler/{id}"), ["Input.Rows"], "Input.Version");
    private const string RowA = "11111111-1111-1111-1111-111111111111", RowB = "22222222-2222-2222-2222-222222222222";

    private static FormFields F(params (string Name, string Value)[] fields)
        => new(fields.GroupBy(f => f.Name).ToDictionary(g => g.Key, g => g.Select(f => f.Value).ToArray()));

    [Fact]
    public void ChangesToDifferentFieldsMergeWithoutAsking()
    {
        var @base = F(("Input.Place", "Hjemme"), ("Input.Goals", "Bolig"), ("Input.Version", "v1"));
        var mine = F(("Input.Place", "Værested"), ("Input.Goals", "Bolig"), ("Input.Version", "v1"));
        var theirs = F(("Input.Place", "Hjemme"), ("Input.Goals", "Bolig og job"), ("Input.Version", "v2"));

        var result = ThreeWayMerge.Merge(Agreement, @base, mine, theirs);

        result.Clean.ShouldBeTrue();
        result.Merged.Of("Input.Place").ShouldBe(["Værested"]);
        result.Merged.Of("Input.Goals").ShouldBe(["Bolig og job"]);
        result.Merged.Of("Input.Version").ShouldBe(["v2"]); // posted as the newest version: the save goes through
    }

    [Fact]
    public void TheSameFieldChangedOnBothSidesIsAChoiceThatKeepsBothValues()
    {
        var @base = F(("Input.Goals", "Bolig"));
        var result = ThreeWayMerge.Merge(Agreement, @base, F(("Input.Goals", "Egen lejlighed")), F(("Input.Goals", "Bolig via kommunen")));

        var clash = result.Clashes.ShouldHaveSingleItem();
        clash.Field.ShouldBe("Input.Goals");
        clash.Mine.ShouldBe(["Egen lejlighed"]);
        clash.Theirs.ShouldBe(["Bolig via kommunen"]);
        clash.Base.ShouldBe(["Bolig"]);
        result.Resolve(new Dictionary<string, bool> { ["Input.Goals"] = true }).Of("Input.Goals").ShouldBe(["Egen lejlighed"]);
        result.Resolve(new Dictionary<string, bool> { ["Input.Goals"] = false }).Of("Input.Goals").ShouldBe(["Bolig via kommunen"]);
    }

    [Fact]
    public void TheSameChangeOnBothSidesIsNoClashAndLineEndingsDoNotCount()
    {
        var result = ThreeWayMerge.Merge(Agreement, F(("Input.Goals", "Bolig")), F(("Input.Goals", "Bolig\nog job")), F(("Input.Goals", "Bolig\r\nog job ")));
        result.Clean.ShouldBeTrue();
    }

    [Fact]
    public void RowsAreMatchedByTheirIdNotTheirPlace()
    {
        // Offline: row B's goal changed. Meanwhile on the server: a row was put first, so B moved from place 1 to place 2.
        var @base = F(("Input.Rows[0].Id", RowA), ("Input.Rows[0].Goal", "A"), ("Input.Rows[1].Id", RowB), ("Input.Rows[1].Goal", "B"));
        var mine = F(("Input.Rows[0].Id", RowA), ("Input.Rows[0].Goal", "A"), ("Input.Rows[1].Id", RowB), ("Input.Rows[1].Goal", "B – ændret offline"));
        var theirs = F(("Input.Rows[0].Id", "33333333-3333-3333-3333-333333333333"), ("Input.Rows[0].Goal", "Ny fra kontoret"),
            ("Input.Rows[1].Id", RowA), ("Input.Rows[1].Goal", "A – ændret på kontoret"), ("Input.Rows[2].Id", RowB), ("Input.Rows[2].Goal", "B"));

        var result = ThreeWayMerge.Merge(Agreement, @base, mine, theirs);

        result.Clean.ShouldBeTrue();
        result.Merged.Of("Input.Rows[0].Goal").ShouldBe(["Ny fra kontoret"]);
        result.Merged.Of("Input.Rows[1].Goal").ShouldBe(["A – ændret på kontoret"]);
        result.Merged.Of("Input.Rows[2].Id").ShouldBe([RowB]);
        result.Merged.Of("Input.Rows[2].Goal").ShouldBe(["B – ændret offline"]);
    }

    [Fact]
    public void ARowAddedOfflineIsAddedAndAnUntouchedBlankRowIsNot()
    {
        var empty = Guid.Empty.ToString();
        var @base = F(("Input.Rows[0].Id", RowA), ("Input.Rows[0].Goal", "A"), ("Input.Rows[1].Id", empty), ("Input.Rows[1].Goal", ""),
            ("Input.Rows[2].Id", empty), ("Input.Rows[2].Goal", ""));
        var mine = F(("Input.Rows[0].Id", RowA), ("Input.Rows[0].Goal", "A"), ("Input.Rows[1].Id", empty), ("Input.Rows[1].Goal", "Nyt mål fra hjemmebesøget"),
            ("Input.Rows[2].Id", empty), ("Input.Rows[2].Goal", ""));
        var theirs = F(("Input.Rows[0].Id", RowA), ("Input.Rows[0].Goal", "A"), ("Input.Rows[1].Id", empty), ("Input.Rows[1].Goal", ""));

        var result = ThreeWayMerge.Merge(Agreement, @base, mine, theirs);

        result.Merged.Of("Input.Rows[1].Goal").ShouldBe(["Nyt mål fra hjemmebesøget"]);
        result.Merged.Of("Input.Rows[2].Goal").ShouldBe([""]); // the one blank row the form offers, not two
        result.Merged.Keys.ShouldNotContain("Input.Rows[3].Id");
    }

    [Fact]
    public void ARowRemovedOnTheServerButChangedOfflineIsKept()
    {
        var @base = F(("Input.Rows[0].Id", RowA), ("Input.Rows[0].Goal", "A"), ("Input.Rows[1].Id", RowB), ("Input.Rows[1].Goal", "B"));
        var mine = F(("Input.Rows[0].Id", RowA), ("Input.Rows[0].Goal", "A"), ("Input.Rows[1].Id", RowB), ("Input.Rows[1].Goal", "B, skrevet offline"));
        var theirs = F(("Input.Rows[0].Id", RowA), ("Input.Rows[0].Goal", "A"));

        var result = ThreeWayMerge.Merge(Agreement, @base, mine, theirs);

        result.Merged.Of("Input.Rows[1].Goal").ShouldBe(["B, skrevet offline"]);
        ThreeWayMerge.Merge(Agreement, @base, @base, theirs).Merged.Keys.ShouldNotContain("Input.Rows[1].Goal"); // unchanged: let go
    }

    [Fact]
    public void ACheckboxGroupIsOneFieldOfSeveralValues()
    {
        var @base = F(("Input.NeedsNewGoals", "true"), ("Input.NeedsNewGoals", "false"));
        var mine = F(("Input.NeedsNewGoals", "false"));
        var result = ThreeWayMerge.Merge(Agreement, @base, mine, @base);
        result.Clean.ShouldBeTrue();
        result.Merged.Of("Input.NeedsNewGoals").ShouldBe(["false"]);
    }

    [Fact]
    public void EachEngineRegistersTheFormsItsWorkersCanFillOffline()
    {
        using var app = new global::Caseload.TestSupport.SqliteAppFactory();
        var forms = app.Services.GetRequiredService<OfflineForms>();
        var citizen = Guid.NewGuid();
        foreach (var (address, name) in new[]
        {
            ($"/borgere/{citizen}/samarbejdsaftaler/{Guid.NewGuid()}", "Samarbejdsaftale"), ($"/borgere/{citizen}/samarbejdsaftaler/ny", "Samarbejdsaftale"),
            ($"/borgere/{citizen}/indsatsplan", "Indsatsplan"), ($"/borgere/{citizen}/netvaerkskort/rediger", "Netværkskort"),
            ($"/borgere/{citizen}/kontakter", "Kontakt"), ($"/borgere/{citizen}/cti/maaling/ved-start", "CTI-måling"),
            ($"/borgere/{citizen}/fs/kontaktforsoeg", "Kontaktforsøg"),
        })
            forms.For(address)?.Name.ShouldBe(name, address);
        forms.For($"/borgere/{citizen}/fs/afslut").ShouldBeNull(); // closing a course is not field work
        OfflineForms.CitizenOf($"/borgere/{citizen}/indsatsplan").ShouldBe(citizen);
    }
}
