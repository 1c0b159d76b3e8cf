using Caseload.Domain.Auditing;
using Caseload.Domain.Common;

namespace Caseload.Domain.ActionPlans;

/// <summary>
/// The citizen's consent to SMS reminders (samtykke til SMS-påmindelser) the day before a planned visit or a team meeting they
/// take part in (issue #30 item 4). A consent of its own kind: it covers one thing — a reminder text to the citizen's own
/// phone — not the sharing of information with a party, which the outreach engine's consents record. Given on a date,
/// withdrawn on a date; never deleted, so the log shows what was valid when a reminder went.
/// </summary>
[AuditedAs(AuditNames.SmsConsent, "Samtykke til SMS-påmindelser")]
public class SmsConsent : Entity, IAudited, IBelongsToCitizen
{
    private SmsConsent() { }

    public SmsConsent(Guid citizenId, DateOnly givenOn, DateOnly today)
    {
        if (givenOn > today) throw new DomainException("Samtykket kan ikke være givet i fremtiden.", nameof(GivenOn));
        if (givenOn < today.AddYears(-1)) throw new DomainException("Samtykket kan højst være givet et år tilbage.", nameof(GivenOn));
        CitizenId = citizenId;
        GivenOn = givenOn;
    }

    public Guid CitizenId { get; private set; }
    public DateOnly GivenOn { get; private set; }
    public DateOnly? WithdrawnOn { get; private set; }

    public bool IsValidOn(DateOnly date) => GivenOn <= date && (WithdrawnOn is null || date < WithdrawnOn);

    /// <summary>Withdrawn today: no reminder goes from now on (a reminder already sent stays in the log).</summary>
    public void Withdraw(DateOnly today)
    {
        if (WithdrawnOn is not null) throw new DomainException($"Samtykket er allerede trukket tilbage den {WithdrawnOn:dd-MM-yyyy}.");
        WithdrawnOn = today < GivenOn ? GivenOn : today;
    }
}

/// <summary>What a reminder reminds of.</summary>
public enum SmsReminderKind
{
    Visit,
    TeamMeeting,
}

public enum SmsReminderStatus
{
    /// <summary>Claimed by a run of the job and being sent: never sent again by another run (at most once).</summary>
    Claimed,
    Sent,
    Failed,
}

/// <summary>
/// One reminder to one citizen about one visit or meeting: the row is the claim. Its key (kind, subject, citizen) is unique, so
/// when the job runs twice — or on two instances at once — only the first insert succeeds and only that run sends (ADR 0038).
/// Holds no text and no phone number: the text is fixed by the rules and the number is the citizen's.
/// </summary>
[AuditedAs(AuditNames.SmsReminder, "SMS-påmindelse")]
public class SmsReminder : IAudited, IBelongsToCitizen
{
    public const int FailureMaxLength = 200;

    private SmsReminder() { }

    public SmsReminder(SmsReminderKind kind, Guid subjectId, Guid citizenId, Guid teamId, DateOnly forDate, DateTime claimedAt)
    {
        Kind = kind;
        SubjectId = subjectId;
        CitizenId = citizenId;
        TeamId = teamId;
        ForDate = forDate;
        ClaimedAt = claimedAt;
        Status = SmsReminderStatus.Claimed;
    }

    public Guid Id { get; private set; } = Guid.NewGuid();
    public SmsReminderKind Kind { get; private set; }
    /// <summary>The visit's or the meeting's id.</summary>
    public Guid SubjectId { get; private set; }
    public Guid CitizenId { get; private set; }
    public Guid TeamId { get; private set; }
    /// <summary>The Danish date of the visit or meeting.</summary>
    public DateOnly ForDate { get; private set; }
    public DateTime ClaimedAt { get; private set; }
    public SmsReminderStatus Status { get; private set; }
    public DateTime? DoneAt { get; private set; }
    /// <summary>Why sending failed, from the provider (no personal data: the text and number are not in it).</summary>
    public string? Failure { get; private set; }

    public void MarkSent(DateTime at)
    {
        Status = SmsReminderStatus.Sent;
        DoneAt = at;
    }

    public void MarkFailed(DateTime at, string failure)
    {
        Status = SmsReminderStatus.Failed;
        DoneAt = at;
        Failure = failure.Length > FailureMaxLength ? failure[..FailureMaxLength] : failure;
    }
}

/// <summary>The reminder rules (pure, on the one clock's UTC "now"): which Danish date is "tomorrow", the sending hours, and the
/// text — which names neither the citizen nor the worker nor the place, only the day's time and the team.</summary>
public static class SmsReminderRules
{
    /// <summary>The Danish date whose visits and meetings are reminded of now, or null outside the sending hours
    /// (no SMS at night). <paramref name="danishNow"/> is Danish local time.</summary>
    public static DateOnly? DueDate(DateTime danishNow, TimeOnly sendFrom, TimeOnly sendUntil)
    {
        var time = TimeOnly.FromDateTime(danishNow);
        if (time < sendFrom || time >= sendUntil) return null;
        return DateOnly.FromDateTime(danishNow).AddDays(1);
    }

    /// <summary>"Husk besøg i morgen kl. 10.00 — ACT-teamet"; several visits the same day: "kl. 10.00 og 14.00".</summary>
    public static string Text(SmsReminderKind kind, IReadOnlyList<TimeOnly> times)
    {
        var at = times.Select(t => t.ToString("HH\\.mm", System.Globalization.CultureInfo.InvariantCulture)).ToList();
        var when = at.Count <= 1 ? string.Concat(at) : string.Join(", ", at.Take(at.Count - 1)) + " og " + at[^1];
        return kind == SmsReminderKind.Visit ? $"Husk besøg i morgen kl. {when} — ACT-teamet" : $"Husk teammødet i morgen kl. {when} — ACT-teamet";
    }
}
