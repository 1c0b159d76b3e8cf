namespace Caseload.Domain.FieldMode;

/// <summary>
/// A citizen a worker has taken along to a device for the field ("Tag med", issue #31): the server's record of what
/// may be on a device and until when. At most <see cref="MaxPerWorker"/> at a time per worker; each lasts
/// <see cref="KeepHours"/> hours, after which the device wipes its copy (ADR 0047).
/// </summary>
public class FieldCheckout
{
    public const int MaxPerWorker = 10;
    public const int KeepHours = 12;

    private FieldCheckout() { UserId = string.Empty; }

    public FieldCheckout(string userId, Guid citizenId, DateTime now)
    {
        UserId = userId;
        CitizenId = citizenId;
        Renew(now);
    }

    public Guid Id { get; private set; } = Guid.NewGuid();
    public string UserId { get; private set; }
    public Guid CitizenId { get; private set; }
    /// <summary>UTC.</summary>
    public DateTime TakenAt { get; private set; }
    /// <summary>UTC; the device's copy is gone after this.</summary>
    public DateTime ExpiresAt { get; private set; }

    /// <summary>Taken along again: a fresh copy with a fresh expiry.</summary>
    public void Renew(DateTime now)
    {
        TakenAt = now;
        ExpiresAt = now.AddHours(KeepHours);
    }
}
