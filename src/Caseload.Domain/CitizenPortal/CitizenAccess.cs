using Caseload.Domain.Auditing;
using Caseload.Domain.Common;

namespace Caseload.Domain.CitizenPortal;

/// <summary>
/// The citizen's access to their own view (/mig, issue #34, ADR 0042): enabled by a worker with the citizen present, with the
/// citizen's phone and a PIN the citizen chose (kept only as a hash), revoked by a worker. Signing in takes a one-time code by
/// SMS and the PIN; failed tries are counted, and too many lock the access for a while.
/// </summary>
[AuditedAs(AuditNames.CitizenAccess, "Borgeradgang")]
public class CitizenAccess : Entity, IAudited, IBelongsToCitizen
{
    public const int PhoneMaxLength = 20;
    public const int HashMaxLength = 200;
    /// <summary>Wrong codes and PINs in a row before the access is locked.</summary>
    public const int MaxFailures = 5;
    public static readonly TimeSpan LockDuration = TimeSpan.FromMinutes(30);
    public static readonly TimeSpan CodeLifetime = TimeSpan.FromMinutes(10);

    private CitizenAccess() { Phone = string.Empty; PinHash = string.Empty; }

    public CitizenAccess(Guid citizenId, string phone, string pinHash, DateTime now)
    {
        CitizenId = citizenId;
        Phone = phone;
        PinHash = pinHash;
        EnabledAt = now;
    }

    public Guid CitizenId { get; private set; }
    /// <summary>Normalized (+45…): the number the code is sent to, and how the citizen names themself at sign-in.</summary>
    [Personal]
    public string Phone { get; private set; }
    public string PinHash { get; private set; }
    public DateTime EnabledAt { get; private set; }
    public DateTime? RevokedAt { get; private set; }
    public DateTime? LastSignInAt { get; private set; }
    public int FailedAttempts { get; private set; }
    public DateTime? LockedUntil { get; private set; }
    public string? CodeHash { get; private set; }
    public DateTime? CodeExpiresAt { get; private set; }
    /// <summary>When the citizen last commented, confirmed, filled in WHO-5 or asked for a call (ADR 0048). Null: never — and the
    /// citizen page then asks for nothing more, so a citizen who only reads costs no query there.</summary>
    public DateTime? ActedAt { get; private set; }

    public bool IsActive => RevokedAt is null;

    public bool IsLockedAt(DateTime now) => LockedUntil is { } until && until > now;

    /// <summary>Enabled again (a new phone or PIN): unlocks and forgets any code.</summary>
    public void Renew(string phone, string pinHash, DateTime now)
    {
        Phone = phone;
        PinHash = pinHash;
        EnabledAt = now;
        RevokedAt = null;
        FailedAttempts = 0;
        LockedUntil = null;
        ClearCode();
    }

    public void Revoke(DateTime now)
    {
        if (RevokedAt is not null) throw new DomainException("Adgangen er allerede lukket.");
        RevokedAt = now;
        ClearCode();
    }

    public void IssueCode(string codeHash, DateTime now)
    {
        if (!IsActive) throw new DomainException("Adgangen er lukket.");
        if (IsLockedAt(now)) throw new DomainException("Adgangen er låst lige nu.");
        CodeHash = codeHash;
        CodeExpiresAt = now + CodeLifetime;
    }

    public bool HasValidCodeAt(DateTime now) => CodeHash is not null && CodeExpiresAt > now;

    /// <summary>A wrong code or PIN. Returns true when this failure locked the access (the code is then void too).</summary>
    public bool RecordFailure(DateTime now)
    {
        FailedAttempts++;
        if (FailedAttempts < MaxFailures) return false;
        LockedUntil = now + LockDuration;
        FailedAttempts = 0;
        ClearCode();
        return true;
    }

    public void RecordSignIn(DateTime now)
    {
        LastSignInAt = now;
        FailedAttempts = 0;
        LockedUntil = null;
        ClearCode();
    }

    private void ClearCode()
    {
        CodeHash = null;
        CodeExpiresAt = null;
    }
}
