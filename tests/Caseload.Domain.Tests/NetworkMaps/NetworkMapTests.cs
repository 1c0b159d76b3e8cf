using Caseload.Domain.Common;
using Caseload.Domain.NetworkMaps;

namespace Caseload.Domain.Tests.NetworkMaps;

public class NetworkMapTests
{
    private static readonly DateTime Now = new(2026, 11, 25, 10, 0, 0, DateTimeKind.Utc);
    private static NetworkPerson Doctor => new(Guid.NewGuid(), NetworkCategory.Health, NetworkPerson.OwnDoctorRole, "Lægehuset Torvet", null, null, true, Closeness.Middle);
    private static NetworkPerson Person(string name, NetworkCategory c = NetworkCategory.PrivateNetwork, Closeness k = Closeness.Close, bool inContact = true)
        => new(Guid.NewGuid(), c, null, name, null, null, inContact, k);

    [Fact]
    public void TheOwnDoctorRowIsRequired()
    {
        var map = new NetworkMap(Guid.NewGuid(), Guid.NewGuid(), "w");
        Should.Throw<DomainException>(() => map.Save([Person("Lene")], false, null, Now, "w")).Message.ShouldStartWith("Udfyld rækken «Egen læge»");
        var blankDoctor = Doctor with { Name = "" };
        Should.Throw<DomainException>(() => map.Save([blankDoctor, Person("Lene")], false, null, Now, "w")); // a blank doctor row is no row
        map.Save([Doctor, Person("Lene")], false, null, Now, "w")!.Number.ShouldBe(1);
    }

    [Fact]
    public void SavingTheMapAsItStandsIsNoNewVersion()
    {
        var map = new NetworkMap(Guid.NewGuid(), Guid.NewGuid(), "w");
        var lene = Person("Lene");
        map.Save([Doctor, lene], false, "w", Now.AddDays(-10), "w");
        var saved = map.Persons;
        map.Save([saved[1], saved[0], Person("")], false, "w", Now, "w").ShouldBeNull(); // another order and a blank row are no change
        map.VersionCount.ShouldBe(1);
        map.Versions.Count.ShouldBe(1);
        map.LastSavedAt.ShouldBe(Now.AddDays(-10));
        map.Save(saved, true, "w", Now, "w")!.Number.ShouldBe(2); // the consent alone is a change
        map.Save(saved, true, null, Now, "w")!.Number.ShouldBe(3); // and so is the responsible worker
        map.Save([saved[0], saved[1] with { InContact = false }], true, null, Now, "w")!.Number.ShouldBe(4);
    }

    [Fact]
    public void BlankRowsAreDroppedAndARoleWithoutANameIsRefused()
    {
        var map = new NetworkMap(Guid.NewGuid(), Guid.NewGuid(), "w");
        map.Save([Doctor, Person(""), Person("  ")], false, null, Now, "w");
        map.Persons.Count.ShouldBe(1);
        Should.Throw<DomainException>(() => map.Save([Doctor, Person("") with { Role = "Søster" }], false, null, Now, "w"))
            .Message.ShouldBe("Skriv et navn for «Søster» (eller slet rækken).");
    }

    [Fact]
    public void EverySaveKeepsAVersionAndPersonsKeepTheirIdsAcrossVersions()
    {
        var map = new NetworkMap(Guid.NewGuid(), Guid.NewGuid(), "w");
        var doctor = Doctor;
        var lene = Person("Lene", k: Closeness.Distant, inContact: false);
        var jorgen = Person("Jørgen");
        map.Save([doctor, lene, jorgen], false, null, Now.AddDays(-10), "w");
        map.Save([doctor, lene with { Closeness = Closeness.Close, InContact = true }, Person("Tina", NetworkCategory.EverydayLife)], true, "w", Now, "w");
        map.VersionCount.ShouldBe(2);
        var versions = map.Versions.OrderBy(v => v.Number).ToList();
        var changes = NetworkMapChanges.Between(versions[0].Persons, versions[1].Persons);
        changes.Added.Select(p => p.Name).ShouldBe(["Tina"]);
        changes.Removed.Select(p => p.Name).ShouldBe(["Jørgen"]);
        changes.Changed.Single().After.Closeness.ShouldBe(Closeness.Close);
        changes.Changed.Single().Before.InContact.ShouldBeFalse();
        versions[0].Persons.Count.ShouldBe(3); // the old version is as it was
    }

    [Fact]
    public void EveryPersonIsDrawnInsideTheirCategorysSectorOnTheirClosenessRing()
    {
        var persons = Enum.GetValues<NetworkCategory>()
            .SelectMany(c => Enum.GetValues<Closeness>().SelectMany(k => Enumerable.Range(0, 3).Select(i => Person($"{c}-{k}-{i}", c, k)))).ToList();
        var placed = NetworkMapLayout.Place(persons);
        placed.Count.ShouldBe(persons.Count);
        foreach (var p in placed)
        {
            var dx = p.X - NetworkMapLayout.CentreX;
            var dy = NetworkMapLayout.CentreY - p.Y;
            Math.Sqrt((dx * dx) + (dy * dy)).ShouldBe(NetworkMapLayout.RadiusOf(p.Person.Closeness), 0.001, p.Person.Name);
            var angle = (Math.Atan2(dx, dy) * 180 / Math.PI + 360) % 360; // clockwise from up
            var (from, to) = NetworkMapLayout.SectorAngles(p.Person.Category);
            angle.ShouldBeGreaterThan(from, p.Person.Name);
            angle.ShouldBeLessThan(to, p.Person.Name);
        }
        placed.Select(p => (Math.Round(p.X), Math.Round(p.Y))).Distinct().Count().ShouldBe(placed.Count); // no two on one spot
    }

    [Theory]
    [InlineData("Anne Marie Holm", "A.M.H.")]
    [InlineData("jørgen", "J.")]
    [InlineData("Lægehuset Torvet, Anne Due", "L.T.A.D.")]
    [InlineData("Mads (efternavn ukendt)", "M.")]
    [InlineData("Mads (efternavn ukendt", "M.")]
    [InlineData("Hans-Peter  Jensen", "H.P.J.")]
    [InlineData("Ørn [kaldenavn] Ås", "Ø.Å.")]
    [InlineData("(ukendt)", "?")]
    public void ThePseudonymViewShowsInitials(string name, string initials) => NetworkMapLayout.Initials(name).ShouldBe(initials);

    [Theory]
    [InlineData("Bent Kristensen", "BK")]
    [InlineData("Mads (efternavn ukendt)", "M")]
    [InlineData("M.(.U.", "M")]
    [InlineData("(ukendt)", null)]
    public void FileNameInitialsAreLettersOnly(string name, string? initials) => Caseload.Domain.Common.NameInitials.Compact(name).ShouldBe(initials);
}
