using Caseload.Domain.Auditing;
using Caseload.Domain.Common;

namespace Caseload.Domain.ActionPlans;

/// <summary>Where a planned visit takes place: a type only (the .ics feed names it, never an address).</summary>
public enum VisitPlace
{
    Home,
    DropInCentre,
    Community,
    Office,
    Other,
}

public static class VisitPlaceNames
{
    public static string Danish(this VisitPlace place) => place switch
    {
        VisitPlace.Home => "Hjemme",
        VisitPlace.DropInCentre => "Værested",
        VisitPlace.Community => "I lokalområdet",
        VisitPlace.Office => "På kontoret",
        _ => "Andet sted",
    };
}

/// <summary>
/// A visit the ACT team plans for one of its workers with one of its citizens (issue #30 item 2, "who sees whom this
/// week"). A citizen may be visited by several workers: the team shares the caseload. Whether a visit was held is not
/// recorded here: an achieved face-to-face contact by that worker with that citizen on that Danish date in the contact
/// log counts (ADR 0033). A visit is cancelled, never deleted.
/// </summary>
[AuditedAs(AuditNames.TeamVisit, "Planlagt besøg")]
public class TeamVisit : Entity, IAudited, IBelongsToCitizen
{
    /// <summary>How far ahead a visit can be planned.</summary>
    public const int MaxDaysAhead = 366;

    private TeamVisit() { WorkerId = string.Empty; }

    /// <param name="teamWorkers">The team's workers (user ids): the visiting worker is one of them.</param>
    public TeamVisit(Guid teamId, Guid citizenId, string workerId, DateOnly date, TimeOnly startsAt, VisitPlace place,
        IReadOnlySet<string> teamWorkers, DateOnly today)
    {
        if (string.IsNullOrWhiteSpace(workerId) || !teamWorkers.Contains(workerId)) throw new DomainException("Vælg en medarbejder fra teamet.", nameof(WorkerId));
        if (date < today) throw new DomainException("Et besøg kan ikke planlægges på en dato, der er gået.", nameof(Date));
        if (date > today.AddDays(MaxDaysAhead)) throw new DomainException("Et besøg kan højst planlægges et år frem.", nameof(Date));
        if (!Enum.IsDefined(place)) throw new DomainException("Vælg hvor besøget foregår.", nameof(Place));
        TeamId = teamId;
        CitizenId = citizenId;
        WorkerId = workerId;
        Date = date;
        StartsAt = startsAt;
        Place = place;
    }

    public Guid TeamId { get; private set; }
    public Guid CitizenId { get; private set; }
    public string WorkerId { get; private set; }
    /// <summary>The Danish date.</summary>
    public DateOnly Date { get; private set; }
    /// <summary>Danish wall-clock time.</summary>
    public TimeOnly StartsAt { get; private set; }
    public VisitPlace Place { get; private set; }
    public DateTime? CancelledAt { get; private set; }

    public bool IsCancelled => CancelledAt is not null;

    public void Cancel(DateTime now)
    {
        if (IsCancelled) throw new DomainException("Besøget er allerede aflyst.");
        CancelledAt = now;
    }

    /// <summary>Initials of a name for places where the name may not go (the phone calendar): "Kim Dahl" → "K.D.".</summary>
    public static string Initials(string name)
    {
        var parts = name.Split([' ', '-'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Where(p => char.IsLetter(p[0])).ToList();
        if (parts.Count == 0) return "?";
        var picked = parts.Count == 1 ? parts : [parts[0], parts[^1]];
        return string.Concat(picked.Select(p => char.ToUpperInvariant(p[0]) + "."));
    }
}

/// <summary>A worker's secret address for their own visits in the phone calendar: only a hash of the token is kept, so the
/// address is shown once, when it is made; making a new one or revoking it makes the old address answer 404.</summary>
[AuditedAs(AuditNames.CalendarFeed, "Kalenderadresse")]
public class CalendarFeed : Entity, IAudited
{
    /// <summary>A SHA-256 hash as 64 hex digits.</summary>
    public const int HashLength = 64;

    private CalendarFeed() { UserId = string.Empty; }

    public CalendarFeed(string userId, string tokenHash)
    {
        UserId = userId;
        Renew(tokenHash);
    }

    public string UserId { get; private set; }
    /// <summary>Null once revoked.</summary>
    public string? TokenHash { get; private set; }

    public bool IsActive => TokenHash is not null;

    public void Renew(string tokenHash)
    {
        if (tokenHash.Length != HashLength) throw new DomainException("Kalenderadressen kunne ikke laves.");
        TokenHash = tokenHash;
    }

    public void Revoke()
    {
        if (!IsActive) throw new DomainException("Kalenderadressen er allerede slået fra.");
        TokenHash = null;
    }
}

/// <summary>Disciplines of an ACT team that the engine names itself.</summary>
public static class ActDisciplines
{
    /// <summary>A worker with lived experience (medarbejder med brugerbaggrund, peer-støttemedarbejder, domain.md §7): a discipline
    /// like the others — in the action plan's "who in the team" and beside the worker's name on visits.</summary>
    public const string PeerWorker = "Medarbejder med brugerbaggrund";
}
