using Caseload.Domain.Auditing;
using Caseload.Domain.Common;

namespace Caseload.Domain.Api;

/// <summary>
/// Another system that reads from (and maybe writes to) Caseload's API (issue #33, ADR 0049): registered by an administrator
/// with the teams it may read, whether it may write, and whether it may see full CPR numbers. Its secret is kept only as a
/// hash; revoking it is final (a new registration gets a new id and secret), so a leaked secret cannot be brought back.
/// </summary>
[AuditedAs(AuditNames.ApiClient, "API-klient")]
public class ApiClient : Entity, IAudited
{
    public const int NameMaxLength = 100;
    public const int ReceiverMaxLength = 200;
    public const int HashMaxLength = 200;

    private ApiClient() { Name = string.Empty; Receiver = string.Empty; SecretHash = string.Empty; TeamIds = []; }

    public ApiClient(string name, string receiver, string secretHash, IReadOnlyList<Guid> teamIds, bool mayWrite, bool maySeeFullCpr)
    {
        if (string.IsNullOrWhiteSpace(name)) throw new DomainException("Angiv et navn.", nameof(Name));
        if (string.IsNullOrWhiteSpace(receiver)) throw new DomainException("Angiv modtageren, som borgerens samtykke skal nævne.", nameof(Receiver));
        if (teamIds.Count == 0) throw new DomainException("Vælg mindst ét team, klienten må læse.", nameof(TeamIds));
        Name = name.Trim();
        Receiver = receiver.Trim();
        SecretHash = secretHash;
        TeamIds = [.. teamIds.Distinct()];
        MayWrite = mayWrite;
        MaySeeFullCpr = maySeeFullCpr;
    }

    public string Name { get; private set; }
    /// <summary>The party a citizen's consent must name before anything about the citizen goes to this system
    /// (domain.md §6; matched like a meeting's recipients, <c>ConsentParties</c>).</summary>
    public string Receiver { get; private set; }
    public string SecretHash { get; private set; }
    /// <summary>The teams whose citizens the client may read; nothing else (deny by default).</summary>
    public IReadOnlyList<Guid> TeamIds { get; private set; }
    public bool MayWrite { get; private set; }
    public bool MaySeeFullCpr { get; private set; }
    public DateTime? RevokedAt { get; private set; }
    public string? RevokedBy { get; private set; }

    public bool IsActive => RevokedAt is null;

    public void Revoke(DateTime now, string? by)
    {
        if (RevokedAt is not null) throw new DomainException("Klienten er allerede tilbagekaldt.");
        RevokedAt = now;
        RevokedBy = by;
    }
}

/// <summary>
/// The feed's order (ADR 0050): a position given to a course event only once its transaction has committed, in one
/// serialized step (the unique position refuses a second writer), so a reader that has seen position n can never later
/// meet a committed event below n. The event's own identity <c>Sequence</c> cannot promise that: a transaction may take
/// sequence 10, commit after the one that took 11, and a reader between the two commits would step over 10.
/// </summary>
public class FeedPosition
{
    private FeedPosition() { }

    public FeedPosition(long position, long sequence)
    {
        Position = position;
        Sequence = sequence;
    }

    public long Position { get; private set; }
    public long Sequence { get; private set; }
}
