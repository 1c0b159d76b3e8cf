using Caseload.Domain.Auditing;
using Caseload.Domain.Common;

namespace Caseload.Domain.ActionPlans;

/// <summary>How often the ACT team meets (domain.md §2.1: weekly or fortnightly).</summary>
public enum MeetingCadence
{
    Weekly,
    Fortnightly,
}

/// <summary>An ACT team's own settings for its week: how often the team meeting is held and how often every citizen must
/// be reviewed there (the rotation). A team without a row uses the defaults.</summary>
[AuditedAs(AuditNames.ActTeamSettings, "ACT-teamets indstillinger")]
public class ActTeamSettings : Entity, IAudited
{
    public const int DefaultReviewEveryWeeks = 4;
    public const int MinReviewEveryWeeks = 1;
    public const int MaxReviewEveryWeeks = 12;

    private ActTeamSettings() { }

    public ActTeamSettings(Guid teamId)
    {
        TeamId = teamId;
        Cadence = MeetingCadence.Weekly;
        ReviewEveryWeeks = DefaultReviewEveryWeeks;
    }

    public Guid TeamId { get; private set; }
    public MeetingCadence Cadence { get; private set; }
    public int ReviewEveryWeeks { get; private set; }

    public int CadenceDays => DaysOf(Cadence);

    public static int DaysOf(MeetingCadence cadence) => cadence == MeetingCadence.Fortnightly ? 14 : 7;

    public static readonly string ReviewEveryMessage =
        $"Gennemgang af hver borger skal ske mindst hver {MinReviewEveryWeeks}.–{MaxReviewEveryWeeks}. uge.";

    public void Change(MeetingCadence cadence, int reviewEveryWeeks)
    {
        if (!Enum.IsDefined(cadence)) throw new DomainException("Vælg om teamet mødes hver uge eller hver anden uge.", nameof(Cadence));
        if (reviewEveryWeeks is < MinReviewEveryWeeks or > MaxReviewEveryWeeks) throw new DomainException(ReviewEveryMessage, nameof(ReviewEveryWeeks));
        Cadence = cadence;
        ReviewEveryWeeks = reviewEveryWeeks;
    }
}

public static class MeetingCadenceNames
{
    public static string Danish(this MeetingCadence cadence) => cadence == MeetingCadence.Fortnightly ? "Hver anden uge" : "Hver uge";
}
