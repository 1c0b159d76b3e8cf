using System.Text.Json;
using Caseload.Domain.Auditing;
using Caseload.Domain.Common;

namespace Caseload.Domain.NetworkMaps;

/// <summary>A person on the network map. <see cref="Id"/> stays the same across versions, so versions can be compared.</summary>
public sealed record NetworkPerson(Guid Id, NetworkCategory Category, string? Role, string Name, string? Workplace, string? Phone,
    bool InContact, Closeness Closeness)
{
    public const int NameMaxLength = 150;
    public const int TextMaxLength = 150;
    public const string OwnDoctorRole = "Egen læge";

    public bool IsOwnDoctor => Category == NetworkCategory.Health && string.Equals(Role, OwnDoctorRole, StringComparison.OrdinalIgnoreCase);
}

/// <summary>
/// The citizen's network map (netværkskort, domain.md §4): who is around the citizen, by category, in contact or not,
/// how close. One per citizen; every save keeps a dated version (<see cref="NetworkMapVersion"/>) so any two can be
/// compared. Made with the citizen, usually at home.
/// </summary>
[AuditedAs(AuditNames.NetworkMap, "Netværkskort")]
public class NetworkMap : Entity, IAudited, IBelongsToCitizen
{
    public const int MaxPersons = 200;

    private readonly List<NetworkMapVersion> _versions = [];

    private NetworkMap() { MadeBy = string.Empty; PersonsJson = "[]"; }

    public NetworkMap(Guid citizenId, Guid teamId, string madeBy)
    {
        CitizenId = citizenId;
        TeamId = teamId;
        MadeBy = madeBy;
        PersonsJson = "[]";
    }

    public Guid CitizenId { get; private set; }
    public Guid TeamId { get; private set; }
    /// <summary>Who made the map first (user id).</summary>
    public string MadeBy { get; private set; }
    /// <summary>The worker responsible for the map (user id).</summary>
    public string? ResponsibleWorkerId { get; private set; }
    /// <summary>The citizen has given full consent; otherwise a separate consent form is attached (the outreach consent).</summary>
    public bool FullConsent { get; private set; }
    [Personal] public string PersonsJson { get; private set; }
    public int VersionCount { get; private set; }
    public DateTime? LastSavedAt { get; private set; }

    public IReadOnlyCollection<NetworkMapVersion> Versions => _versions.AsReadOnly();

    public IReadOnlyList<NetworkPerson> Persons => PersonsOf(PersonsJson);

    /// <summary>Saves the map as it now stands and keeps it as a new version. Blank rows are dropped; the own-doctor row is required.
    /// The map as it already stands is no new version: null, and nothing changes (ADR 0026).</summary>
    public NetworkMapVersion? Save(IEnumerable<NetworkPerson> persons, bool fullConsent, string? responsibleWorkerId, DateTime now, string? by)
    {
        var list = persons.Select(Clean).OfType<NetworkPerson>().ToList();
        if (list.Count > MaxPersons) throw new DomainException($"Et netværkskort kan højst have {MaxPersons} personer.", "Persons");
        if (!list.Any(p => p.IsOwnDoctor))
            throw new DomainException("Udfyld rækken «Egen læge» under Sundhed og behandling — skriv lægens eller lægehusets navn, eller «Ingen».", "Persons");
        if (list.Select(p => p.Id).Distinct().Count() != list.Count) throw new DomainException("En person står to gange. Genindlæs siden.", "Persons");
        var worker = string.IsNullOrWhiteSpace(responsibleWorkerId) ? null : responsibleWorkerId;
        if (VersionCount > 0 && fullConsent == FullConsent && worker == ResponsibleWorkerId
            && list.OrderBy(p => p.Id).SequenceEqual(Persons.OrderBy(p => p.Id))) return null; // the order of the rows is no change
        PersonsJson = JsonSerializer.Serialize(list);
        FullConsent = fullConsent;
        ResponsibleWorkerId = worker;
        VersionCount++;
        LastSavedAt = now;
        var version = new NetworkMapVersion(Id, CitizenId, VersionCount, now, by, fullConsent, ResponsibleWorkerId, PersonsJson);
        _versions.Add(version);
        return version;
    }

    /// <summary>A row with no name and no role is a blank row; otherwise name and lengths are checked.</summary>
    private static NetworkPerson? Clean(NetworkPerson p)
    {
        var name = Text.Clean(p.Name);
        var role = Text.Clean(p.Role);
        if (name is null && (role is null || p.IsOwnDoctor)) return null;
        if (name is null) throw new DomainException($"Skriv et navn for «{role}» (eller slet rækken).", "Persons");
        if (!Enum.IsDefined(p.Category) || !Enum.IsDefined(p.Closeness)) throw new DomainException("Vælg kategori og nærhed for hver person.", "Persons");
        return p with
        {
            Id = p.Id == Guid.Empty ? Guid.NewGuid() : p.Id,
            Name = Text.Required(name, NetworkPerson.NameMaxLength, "Persons", "Skriv et navn.", $"Navnet «{Text.Shorten(name)}»"),
            Role = Text.Optional(role, NetworkPerson.TextMaxLength, "Persons", $"Relationen for {Text.Shorten(name)}"),
            Workplace = Text.Optional(p.Workplace, NetworkPerson.TextMaxLength, "Persons", $"Arbejdsstedet for {Text.Shorten(name)}"),
            Phone = Text.Optional(p.Phone, NetworkPerson.TextMaxLength, "Persons", $"Telefonnummeret for {Text.Shorten(name)}"),
        };
    }

    /// <summary>The persons of a map's (or a version's) JSON, for reads that project the column instead of loading the map.</summary>
    public static IReadOnlyList<NetworkPerson> PersonsOf(string json) => JsonRows.Read<NetworkPerson>(json);
}

/// <summary>The map as it was saved on one occasion.</summary>
[AuditedAs(AuditNames.NetworkMapVersion, "Netværkskort-version")]
public class NetworkMapVersion : IAudited, IBelongsToCitizen
{
    private NetworkMapVersion() { PersonsJson = "[]"; }

    internal NetworkMapVersion(Guid networkMapId, Guid citizenId, int number, DateTime savedAt, string? savedBy, bool fullConsent,
        string? responsibleWorkerId, string personsJson)
    {
        NetworkMapId = networkMapId;
        CitizenId = citizenId;
        Number = number;
        SavedAt = savedAt;
        SavedBy = savedBy;
        FullConsent = fullConsent;
        ResponsibleWorkerId = responsibleWorkerId;
        PersonsJson = personsJson;
    }

    public Guid Id { get; private set; } = Guid.NewGuid();
    public Guid NetworkMapId { get; private set; }
    public Guid CitizenId { get; private set; }
    public int Number { get; private set; }
    public DateTime SavedAt { get; private set; }
    public string? SavedBy { get; private set; }
    public bool FullConsent { get; private set; }
    public string? ResponsibleWorkerId { get; private set; }
    [Personal] public string PersonsJson { get; private set; }

    public IReadOnlyList<NetworkPerson> Persons => NetworkMap.PersonsOf(PersonsJson);
}

/// <summary>What changed between two versions of a map: persons matched by their id.</summary>
public sealed record NetworkMapChanges(IReadOnlyList<NetworkPerson> Added, IReadOnlyList<NetworkPerson> Removed,
    IReadOnlyList<(NetworkPerson Before, NetworkPerson After)> Changed)
{
    public static NetworkMapChanges Between(IReadOnlyList<NetworkPerson> before, IReadOnlyList<NetworkPerson> after)
    {
        var old = before.ToDictionary(p => p.Id);
        var now = after.ToDictionary(p => p.Id);
        return new(
            [.. after.Where(p => !old.ContainsKey(p.Id))],
            [.. before.Where(p => !now.ContainsKey(p.Id))],
            [.. after.Where(p => old.TryGetValue(p.Id, out var b) && b != p).Select(p => (old[p.Id], p))]);
    }

    public bool None => Added.Count == 0 && Removed.Count == 0 && Changed.Count == 0;
}
