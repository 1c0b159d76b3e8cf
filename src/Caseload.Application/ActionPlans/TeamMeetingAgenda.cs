namespace Caseload.Application.ActionPlans;

/// <summary>Why a citizen is on the team meeting's agenda (ADR 0032). Stored by name in the closed meeting.</summary>
public enum AgendaReason
{
    Intensified,
    NoContact,
    OverdueTask,
    OverdueFollowUp,
    GoalDue,
    Rotation,
    AddedByLeader,
    /// <summary>WHO-5 fell by <see cref="AgendaRules.Who5DropPoints"/> points or more between the two latest measurements.</summary>
    Who5Drop,
}

/// <summary>What the rules need to know of one citizen with an active ACT course in the team. Dates are Danish dates
/// (the one clock's <c>DateOf</c>); <see cref="LastReviewedOn"/> counts other meetings only.</summary>
public sealed record AgendaFacts(Guid CitizenId, string Name, string PrimaryWorkerId, DateOnly? LastReviewedOn, DateOnly? LastContactOn,
    bool Intensified, DateOnly? EarliestOpenTaskDue, DateOnly? AgreementFollowUpOn, IReadOnlyList<DateOnly> OpenGoalFollowUps, bool HasPlan,
    int? Who5Drop = null);

public sealed record AgendaEntry(AgendaFacts Citizen, IReadOnlyList<AgendaReason> Reasons)
{
    public bool HasAlert => Reasons.Any(r => r is not (AgendaReason.Rotation or AgendaReason.AddedByLeader));
}

/// <summary>
/// The team meeting's agenda, built from the data (ADR 0032): every citizen whose N weeks since the last review would run
/// out before the next meeting (the longest-unreviewed first), and every citizen with an alert — intensified support (always,
/// and first), no achieved contact in 14 days, an overdue task, an overdue follow-up, a plan goal due for follow-up before the
/// next meeting, a WHO-5 fall of 10 points or more. The leader's additions and removals apply on top; a citizen in intensified support cannot be removed.
/// Pure: the caller gives the Danish dates from the one clock.
/// </summary>
public static class AgendaRules
{
    public const int NoContactDays = 14;

    /// <summary>A change of 10 WHO-5 points (0–100) is meaningful (domain.md §5): a fall that large is an alert.</summary>
    public const int Who5DropPoints = 10;

    /// <summary>How far the latest WHO-5 score fell below the one before it (positive: a fall), from the measurements taken up to
    /// the reference day in any order (date, then the log's order); null with fewer than two.</summary>
    public static int? Who5Drop(IEnumerable<(DateOnly On, long Sequence, int Score)> measurements)
    {
        var latest = measurements.OrderByDescending(m => m.On).ThenByDescending(m => m.Sequence).Take(2).ToList();
        return latest.Count < 2 ? null : latest[1].Score - latest[0].Score;
    }

    /// <summary>The day the alerts are judged on: today, or the meeting's date once it has passed.</summary>
    public static DateOnly ReferenceDay(DateOnly meetingDate, DateOnly today) => meetingDate < today ? meetingDate : today;

    public static IReadOnlyList<AgendaReason> ReasonsFor(AgendaFacts c, DateOnly meetingDate, DateOnly today, int cadenceDays, int reviewEveryWeeks)
    {
        var day = ReferenceDay(meetingDate, today);
        var nextMeeting = meetingDate.AddDays(cadenceDays);
        var reasons = new List<AgendaReason>();
        if (c.Intensified) reasons.Add(AgendaReason.Intensified);
        if (c.LastContactOn is not { } contact || day.DayNumber - contact.DayNumber >= NoContactDays) reasons.Add(AgendaReason.NoContact);
        if (c.EarliestOpenTaskDue is { } task && task < day) reasons.Add(AgendaReason.OverdueTask);
        if ((c.AgreementFollowUpOn is { } agreed && agreed < day) || c.OpenGoalFollowUps.Any(d => d < day)) reasons.Add(AgendaReason.OverdueFollowUp);
        if (c.OpenGoalFollowUps.Any(d => d >= day && d < nextMeeting)) reasons.Add(AgendaReason.GoalDue);
        if (c.Who5Drop is >= Who5DropPoints) reasons.Add(AgendaReason.Who5Drop);
        // Reviewed at least every N weeks: due now when waiting for the next meeting would pass the N weeks.
        if (c.LastReviewedOn is not { } last || last.AddDays(reviewEveryWeeks * 7) < nextMeeting) reasons.Add(AgendaReason.Rotation);
        return reasons;
    }

    /// <summary>The agenda in its order: intensified support first, then other alerts, then the rotation; within each the
    /// longest-unreviewed first (never reviewed before all), then by name. <paramref name="reviewedHere"/>: citizens already
    /// reviewed at this meeting stay on it whatever the rules say now.</summary>
    public static IReadOnlyList<AgendaEntry> Build(IEnumerable<AgendaFacts> citizens, DateOnly meetingDate, DateOnly today, int cadenceDays, int reviewEveryWeeks,
        IReadOnlySet<Guid> added, IReadOnlySet<Guid> removed, IReadOnlySet<Guid> reviewedHere)
    {
        var entries = new List<AgendaEntry>();
        foreach (var c in citizens)
        {
            var reasons = ReasonsFor(c, meetingDate, today, cadenceDays, reviewEveryWeeks).ToList();
            if (added.Contains(c.CitizenId)) reasons.Add(AgendaReason.AddedByLeader);
            var kept = reviewedHere.Contains(c.CitizenId) || c.Intensified || (reasons.Count > 0 && !removed.Contains(c.CitizenId));
            if (kept) entries.Add(new AgendaEntry(c, reasons));
        }
        return [.. entries
            .OrderBy(e => e.Citizen.Intensified ? 0 : e.HasAlert ? 1 : 2)
            .ThenBy(e => e.Citizen.LastReviewedOn ?? DateOnly.MinValue)
            .ThenBy(e => e.Citizen.Name, StringComparer.Create(System.Globalization.CultureInfo.GetCultureInfo("da-DK"), false))];
    }

    public static string Danish(this AgendaReason reason) => reason switch
    {
        AgendaReason.Intensified => "Skærpet indsats",
        AgendaReason.NoContact => $"Ingen opnået kontakt i {NoContactDays} dage",
        AgendaReason.OverdueTask => "Opgave over fristen",
        AgendaReason.OverdueFollowUp => "Opfølgning overskredet",
        AgendaReason.GoalDue => "Mål til opfølgning før næste møde",
        AgendaReason.Rotation => "Fast gennemgang",
        AgendaReason.Who5Drop => $"WHO-5 faldet mindst {Who5DropPoints} point",
        _ => "Tilføjet af teamlederen",
    };

    public static string Codes(IEnumerable<AgendaReason> reasons) => string.Join(',', reasons);

    public static IReadOnlyList<AgendaReason> FromCodes(string? codes)
        => codes is null ? [] : [.. codes.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(c => Enum.TryParse<AgendaReason>(c, out var r) ? r : AgendaReason.AddedByLeader)];
}
