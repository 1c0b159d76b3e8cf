using Caseload.Application.NetworkMaps;
using Caseload.Domain.NetworkMaps;

namespace Caseload.Web.Features.NetworkMaps;

/// <summary>The picture's input: whose map, which persons, initials instead of names, and persons to mark as new.</summary>
public sealed record NetworkPictureModel(string CitizenName, IReadOnlyList<NetworkPerson> Persons, bool Pseudonym, string Title,
    IReadOnlySet<Guid>? Marked = null, string Id = "netvaerk")
{
    public string Label(NetworkPerson p) => Pseudonym ? NetworkMapLayout.Initials(p.Name) : p.Name;
    /// <summary>The centre holds the first name only (the full name is in the picture's title and the heading).</summary>
    public string CitizenLabel => Pseudonym ? NetworkMapLayout.Initials(CitizenName) : CitizenName.Split(' ', 2)[0];
}

public sealed record NetworkMapPageModel(NetworkMapView Map, bool Pseudonym);

/// <summary><see cref="Conflict"/>: someone saved the map while this user edited it — the page shows the saved map beside
/// what this user typed, and the form now carries the saved version, so saving again is a deliberate choice.</summary>
public sealed record NetworkMapEditModel(NetworkMapView Map, NetworkMapInput Input, bool Conflict = false)
{
    /// <summary>The form's rows: the map's persons (or what was typed), a pre-filled own-doctor row on a new map, and blank rows to add more.</summary>
    public static NetworkMapInput InputOf(NetworkMapView map)
    {
        var rows = map.Persons.Select(p => new NetworkPersonInput
        {
            Id = p.Id, Category = p.Category, Role = p.Role, Name = p.Name, Workplace = p.Workplace, Phone = p.Phone,
            InContact = p.InContact, Closeness = p.Closeness,
        }).ToList();
        if (!map.Persons.Any(p => p.IsOwnDoctor))
            rows.Insert(0, new NetworkPersonInput { Category = NetworkCategory.Health, Role = NetworkPerson.OwnDoctorRole, InContact = false, Closeness = Closeness.Middle });
        return new NetworkMapInput
        {
            Persons = WithBlankRows(rows), FullConsent = map.FullConsent, ResponsibleWorkerId = map.ResponsibleWorkerId, Version = map.Version ?? Guid.Empty,
        };
    }

    public const int BlankRows = 4;

    public static List<NetworkPersonInput> WithBlankRows(List<NetworkPersonInput> rows)
        => Shared.FormRows.WithBlanks(rows, r => r.Id == Guid.Empty && string.IsNullOrWhiteSpace(r.Name) && r.Role is null,
            () => new NetworkPersonInput { InContact = false, Closeness = Closeness.Middle }, BlankRows); // "in contact" is the citizen's answer, never presumed
}
