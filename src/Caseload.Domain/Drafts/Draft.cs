using Caseload.Domain.Common;

namespace Caseload.Domain.Drafts;

/// <summary>
/// What a user has typed into a form but not saved yet (issue #13: nothing typed may be lost), kept on the server so it
/// survives a validation error, a session timeout, a lost connection and a closed tab. One per user and form (the form's
/// address is the key); only its author ever reads it; removed when the form is saved, or after <see cref="KeepDays"/>.
/// Deliberately not in the audit log: it is the author's own unsaved text, rewritten every 30 seconds.
/// </summary>
public class Draft
{
    public const int KeyMaxLength = 300;
    public const int DataMaxLength = 64_000;
    public const int KeepDays = 30;
    /// <summary>At most this many per user (one per form address): a new one beyond it replaces the user's oldest
    /// (issue #28 item 7). With <see cref="DataMaxLength"/>, a user's drafts stay under ≈ 3 MB.</summary>
    public const int MaxPerUser = 50;

    private Draft() { UserId = string.Empty; Key = string.Empty; Data = "{}"; }

    public Draft(string userId, string key, string data, DateTime now)
    {
        UserId = userId;
        Key = Text.Required(key, KeyMaxLength, nameof(Key), "Kladden mangler sin formular.", "Formularens adresse");
        Data = string.Empty;
        Update(data, now);
    }

    public Guid Id { get; private set; } = Guid.NewGuid();
    public string UserId { get; private set; }
    public string Key { get; private set; }
    /// <summary>The form's fields as JSON (name → value), as the browser sent them.</summary>
    public string Data { get; private set; }
    public DateTime SavedAt { get; private set; }

    public void Update(string data, DateTime now)
    {
        if (data.Length > DataMaxLength) throw new DomainException($"Kladden er for stor til at blive gemt (over {DataMaxLength:N0} tegn).", nameof(Data));
        Data = data;
        SavedAt = now;
    }
}
