using Caseload.Application.Common;
using Caseload.Application.Security;
using Caseload.Domain.NetworkMaps;
using Microsoft.EntityFrameworkCore;

namespace Caseload.Application.NetworkMaps;

public sealed record NetworkMapSummary(int Persons, int Versions, DateTime LastSavedAt);

public sealed record NetworkMapVersionRow(int Number, DateTime SavedAt, string SavedBy);

public sealed record NetworkMapView(ScopedCitizen Citizen, Guid? Version, IReadOnlyList<NetworkPerson> Persons, bool FullConsent,
    string? ResponsibleWorkerId, string? ResponsibleWorkerName, string? MadeByName, DateTime? LastSavedAt, IReadOnlyList<NetworkMapVersionRow> Versions,
    IReadOnlyList<(string UserId, string Name)> TeamMembers)
{
    public bool Exists => Version is not null;
    public bool MayChange => Citizen.MayChangeCourseWork;
}

public sealed record NetworkMapComparison(ScopedCitizen Citizen, NetworkMapVersionRow From, NetworkMapVersionRow To,
    IReadOnlyList<NetworkPerson> Before, IReadOnlyList<NetworkPerson> After, NetworkMapChanges Changes);

/// <summary>Reads of the network map: the current map with its versions, and a comparison of two versions.</summary>
public sealed class NetworkMapQueries(ICaseloadDbContext db, IUserDirectory users)
{
    public async Task<NetworkMapView> MapAsync(ScopedCitizen citizen, CancellationToken ct = default)
    {
        var map = await db.NetworkMaps.AsNoTracking().FirstOrDefaultAsync(m => m.CitizenId == citizen.Id, ct);
        var versions = map is null ? [] : await db.NetworkMapVersions.AsNoTracking().Where(v => v.NetworkMapId == map.Id)
            .OrderByDescending(v => v.Number).Select(v => new { v.Number, v.SavedAt, v.SavedBy }).ToListAsync(ct);
        var members = await db.TeamMembers.AsNoTracking().Where(m => m.TeamId == citizen.TeamId).Select(m => m.UserId).ToListAsync(ct);
        var names = await users.NamesAsync(members.Concat(versions.Select(v => v.SavedBy).OfType<string>())
            .Append(map?.MadeBy).Append(map?.ResponsibleWorkerId).OfType<string>().Distinct(), ct);
        string? Name(string? id) => id is null ? null : names.GetValueOrDefault(id, "–");
        return new NetworkMapView(citizen, map?.Version, map?.Persons ?? [], map?.FullConsent ?? false, map?.ResponsibleWorkerId,
            Name(map?.ResponsibleWorkerId), Name(map?.MadeBy), map?.LastSavedAt,
            versions.Select(v => new NetworkMapVersionRow(v.Number, v.SavedAt, Name(v.SavedBy) ?? "–")).ToList(),
            members.Select(m => (m, names.GetValueOrDefault(m, m))).OrderBy(m => m.Item2).ToList());
    }

    /// <summary>Two versions of the citizen's own map, by number; null when either does not exist.</summary>
    public async Task<NetworkMapComparison?> CompareAsync(ScopedCitizen citizen, int from, int to, CancellationToken ct = default)
    {
        var rows = await db.NetworkMapVersions.AsNoTracking()
            .Where(v => v.CitizenId == citizen.Id && (v.Number == from || v.Number == to)
                && db.NetworkMaps.Any(m => m.Id == v.NetworkMapId && m.CitizenId == citizen.Id))
            .ToListAsync(ct);
        var a = rows.FirstOrDefault(v => v.Number == from);
        var b = rows.FirstOrDefault(v => v.Number == to);
        if (a is null || b is null) return null;
        var names = await users.NamesAsync(new[] { a.SavedBy, b.SavedBy }.OfType<string>().Distinct(), ct);
        NetworkMapVersionRow Row(NetworkMapVersion v) => new(v.Number, v.SavedAt, v.SavedBy is null ? "–" : names.GetValueOrDefault(v.SavedBy, "–"));
        return new NetworkMapComparison(citizen, Row(a), Row(b), a.Persons, b.Persons, NetworkMapChanges.Between(a.Persons, b.Persons));
    }
}
