using Caseload.Domain.Common;

namespace Caseload.Domain.DeadlineMail;

/// <summary>
/// One worker's morning mail about their deadlines on one Danish working day (issue #32 item 3): claimed before the mail
/// goes, unique per (worker, day), so a second run or a second instance sends nothing. The mail carries counts and a link,
/// never a citizen's name or CPR number: the deadlines themselves stay behind the sign-in.
/// </summary>
public class DeadlineDigest
{
    public const int FailureMaxLength = 300;

    private DeadlineDigest() { UserId = string.Empty; }

    public DeadlineDigest(string userId, DateOnly date, int due, int overdue, DateTime claimedAt)
    {
        UserId = userId;
        Date = date;
        Due = due;
        Overdue = overdue;
        ClaimedAt = claimedAt;
    }

    public Guid Id { get; private set; } = Guid.NewGuid();
    public string UserId { get; private set; }
    /// <summary>The Danish working day the mail is for.</summary>
    public DateOnly Date { get; private set; }
    /// <summary>Open deadlines due within the window, overdue ones included.</summary>
    public int Due { get; private set; }
    public int Overdue { get; private set; }
    /// <summary>UTC.</summary>
    public DateTime ClaimedAt { get; private set; }
    /// <summary>UTC; null until the mail went (or failed).</summary>
    public DateTime? SentAt { get; private set; }
    public string? Failure { get; private set; }

    public void MarkSent(DateTime at) => SentAt = at;

    public void MarkFailed(DateTime at, string failure)
    {
        SentAt = at;
        Failure = failure.Length > FailureMaxLength ? failure[..FailureMaxLength] : failure;
    }
}

/// <summary>The rules of the deadline mail (pure, on Danish local time): which day it is for, and its text.</summary>
public static class DeadlineDigestRules
{
    /// <summary>The Danish day a mail is due for now, or null: only on working days, and only between
    /// <paramref name="sendFrom"/> and <paramref name="sendUntil"/> (no mail at night or at the weekend).</summary>
    public static DateOnly? DueDay(DateTime danishNow, TimeOnly sendFrom, TimeOnly sendUntil, WorkingDayCalendar calendar)
    {
        var time = TimeOnly.FromDateTime(danishNow);
        var day = DateOnly.FromDateTime(danishNow);
        return time >= sendFrom && time < sendUntil && calendar.IsWorkingDay(day) ? day : null;
    }

    /// <summary>The last day counted: deadlines due up to and including the <paramref name="workingDaysAhead"/>-th working day.</summary>
    public static DateOnly Horizon(DateOnly today, int workingDaysAhead, WorkingDayCalendar calendar)
        => calendar.AddWorkingDays(today, workingDaysAhead);

    public static string Subject(int due) => due == 1 ? "Caseload: 1 frist de næste dage" : $"Caseload: {due} frister de næste dage";

    /// <summary>Counts and a link only. The link goes to the deadline list, which asks for sign-in.</summary>
    public static string Body(int due, int overdue, int workingDaysAhead, string deadlineListUrl)
    {
        var count = due == 1 ? "1 frist" : $"{due} frister";
        var late = overdue switch { 0 => "", 1 => " Heraf er 1 overskredet.", _ => $" Heraf er {overdue} overskredet." };
        var url = System.Net.WebUtility.HtmlEncode(deadlineListUrl);
        return $"<p>Du har {count} de næste {workingDaysAhead} arbejdsdage.{late}</p>" +
               $"<p><a href=\"{url}\">Se fristerne i Caseload</a></p>" +
               "<p>Mailen nævner ingen borgere. Du kan se, hvem fristerne gælder, når du er logget ind.</p>";
    }
}
