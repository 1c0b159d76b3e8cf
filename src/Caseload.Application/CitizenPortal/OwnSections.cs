using Caseload.Application.Security;
using Caseload.Domain.Measurements;

namespace Caseload.Application.CitizenPortal;

/// <summary>A person on the citizen's network map as the citizen sees it (issue #34 item 2, ADR 0048 addendum): who, in which
/// part of life, how the citizen names the relation, whether they are in contact and how close. Not the person's phone, not
/// who made or answers for the map, not the consent, not the versions.</summary>
public sealed record OwnNetworkPerson(string Category, string Name, string? Relation, string? Workplace, bool InContact, string Closeness);

public sealed record OwnNetworkMap(DateTime? SavedAt, IReadOnlyList<OwnNetworkPerson> Persons);

/// <summary>The network map on the citizen's own view, registered by the network map's own module.</summary>
public interface IOwnNetworkMapSource
{
    Task<OwnNetworkMap?> ForCitizenAsync(OwnCitizen citizen, CancellationToken ct = default);
}

/// <summary>A meeting or visit ahead, as the citizen sees it: the Danish date, the Danish wall-clock times (none for a date-only
/// meeting), what it is, where, and who comes — names and roles, never their phone or mail. <see cref="WorkerIds"/>: team
/// members whose names the view looks up once for every section.</summary>
public sealed record OwnAppointment(DateOnly Date, TimeOnly? StartsAt, TimeOnly? EndsAt, string What, string? Place,
    IReadOnlyList<string> With, IReadOnlyList<string> WorkerIds)
{
    /// <summary>Still ahead at this Danish date and time: a later day, or today until it ends (a date-only meeting all day;
    /// a visit, which has no end, until it starts).</summary>
    public bool IsAhead(DateOnly today, TimeOnly now)
        => Date > today || (Date == today && (EndsAt ?? StartsAt ?? TimeOnly.MaxValue) >= now);
}

/// <summary>An engine's (or a shared document's) meetings and visits on the citizen's own view. Returns those on
/// <paramref name="from"/> or later; the view drops today's that are over.</summary>
public interface IOwnAppointmentSource
{
    Task<IReadOnlyList<OwnAppointment>> FromAsync(OwnCitizen citizen, DateOnly from, CancellationToken ct = default);
}

/// <summary>A WHO-5 result on the citizen's view: the Danish date, the score 0–100, where it came from, and a plain reading for
/// the citizen by the Danish thresholds (<see cref="Who5.BandOf"/>), not the worker's reading.</summary>
public sealed record OwnWho5(DateOnly On, int Score, bool SelfReported)
{
    public const string GreatRiskReading = "Du har det svært lige nu. Tal med din medarbejder om det.";
    public const string RiskReading = "Du har det ikke så godt. Tal gerne med din medarbejder om det.";
    public const string NoRiskReading = "Du har det godt.";

    public string Reading => Who5.BandOf(Score) switch
    {
        Who5Band.GreatRisk => GreatRiskReading,
        Who5Band.Risk => RiskReading,
        _ => NoRiskReading,
    };

    public string Source => SelfReported ? "Du svarede selv" : "Sammen med din medarbejder";
}

/// <summary>An engine's WHO-5 measurements of the citizen on their own view (e.g. CTI's measurement points).</summary>
public interface IOwnWho5Source
{
    Task<IReadOnlyList<OwnWho5>> ForCitizenAsync(OwnCitizen citizen, CancellationToken ct = default);
}
