using Caseload.Application.Contacts;
using Caseload.Domain.CourseEvents;

namespace Caseload.Application.Results;

/// <summary>The keys of <see cref="Domain.Results.MonthlyFigure"/>: what is counted per team, method and month (ADR 0031).</summary>
public static class FigureKeys
{
    /// <summary>Courses started (Count).</summary>
    public const string Intake = "intake";
    /// <summary>Courses ended, any cause (Count).</summary>
    public const string Closed = "closed";
    /// <summary>Courses ended by death or moving away: not a discharge (DACTS O6, S2).</summary>
    public const string ClosedExempt = "closed.exempt";
    /// <summary>Courses ended because the citizen declined or was lost: a drop-out (DACTS S2).</summary>
    public const string ClosedDropOut = "closed.drop-out";
    /// <summary>Achieved face-to-face contacts (Count).</summary>
    public const string FaceToFace = "contact.f2f";
    /// <summary>Face-to-face contacts with a duration (Count) and their minutes (Sum).</summary>
    public const string FaceToFaceTimed = "contact.f2f.timed";
    /// <summary>Face-to-face contacts in the citizen's home or community (Count).</summary>
    public const string InVivo = "contact.in-vivo";
    /// <summary>Achieved contacts with the citizen's network taking part (Count).</summary>
    public const string Network = "contact.network";
    /// <summary>Citizen-fortnights in which more than one worker met the citizen face to face (Count; DACTS H2).</summary>
    public const string TeamApproach = "team-approach";

    /// <summary>Distinct meetings of a kind held (Count; by the meeting's date): <c>meeting.act-team</c> is DACTS H3. A
    /// meeting about several citizens writes one <c>meeting.held</c> per citizen; it counts once.</summary>
    public static string MeetingsHeld(string kind) => MeetingsPrefix + kind;

    public const string MeetingsPrefix = "meeting.";
}

/// <summary>One increment of a monthly figure.</summary>
public readonly record struct FigureIncrement(string Key, long Count, long Sum = 0);

/// <summary>What one course event adds to the monthly figures: the same rule for the live path and the backfill.</summary>
public static class FigureRules
{
    private static readonly HashSet<string> Exempt = ["died", "moved-away"];
    private static readonly HashSet<string> DropOut = ["declined", "lost-contact"];

    public static IEnumerable<FigureIncrement> For(CourseEvent e)
    {
        switch (e.Type)
        {
            case CourseEventTypes.CourseStarted:
                yield return new(FigureKeys.Intake, 1);
                break;
            case CourseEventTypes.CourseClosed:
                yield return new(FigureKeys.Closed, 1);
                if (e.Code is { } c && Exempt.Contains(c)) yield return new(FigureKeys.ClosedExempt, 1);
                if (e.Code is { } d && DropOut.Contains(d)) yield return new(FigureKeys.ClosedDropOut, 1);
                break;
            case CourseEventTypes.ContactAchieved:
                if (ContactPlaces.IsFaceToFace(e.Code))
                {
                    yield return new(FigureKeys.FaceToFace, 1);
                    if (e.Number is { } minutes) yield return new(FigureKeys.FaceToFaceTimed, 1, minutes);
                    if (ContactPlaces.IsInVivo(e.Code)) yield return new(FigureKeys.InVivo, 1);
                }
                if (e.Flag == true || e.Code == ContactPlaces.Network) yield return new(FigureKeys.Network, 1);
                break;
        }
    }

    /// <summary>DACTS's "in two weeks" as two fixed halves of the month (1st–14th, 15th–end), so a fortnight never
    /// spans two months and the figure stays additive per month.</summary>
    public static DateOnly FortnightOf(DateOnly day) => new(day.Year, day.Month, day.Day < 15 ? 1 : 15);

    public static DateOnly FortnightEnd(DateOnly start) => start.Day == 1 ? start.AddDays(14) : new DateOnly(start.Year, start.Month, 1).AddMonths(1);

    public static DateOnly MonthOf(DateOnly day) => new(day.Year, day.Month, 1);
}
