using Caseload.Domain.Auditing;
using Caseload.Domain.Common;

namespace Caseload.Domain.Implementation;

/// <summary>The two groups that carry an implementation: the cross-disciplinary steering group and the implementation team
/// (for outreach work: the municipality, the drop-in centres and the local council of socially marginalised people, §2.4).</summary>
public enum ImplementationGroup
{
    SteeringGroup,
    ImplementationTeam,
}

/// <summary>A member of the steering group or the implementation team. <see cref="Id"/> stays the same while the list is edited.</summary>
public sealed record GroupMember(Guid Id, ImplementationGroup Group, string Name, string? Organisation, string? Role);

/// <summary>
/// A meeting of the steering group or the implementation team, with its minutes. The implementation team meets at least
/// every two months while the method is being developed (planned and carried out, §2.4): <see cref="NextTeamMeetingDue"/>.
/// </summary>
[AuditedAs(AuditNames.ImplementationMeeting, "Implementeringsmøde")]
public class ImplementationMeeting : Entity, IAudited
{
    public const int TextMaxLength = 4000;
    public const int ShortMaxLength = 500;
    public const int TeamMeetingEveryMonths = 2;

    private ImplementationMeeting() { }

    public ImplementationMeeting(Guid projectId, ImplementationGroup group, DateOnly? heldOn, string? participants, string? agenda, string? minutes,
        string? decisions, DateOnly today)
    {
        ProjectId = projectId;
        if (!Enum.IsDefined(group)) throw new DomainException("Vælg hvilken gruppe der holdt mødet.", nameof(Group));
        Group = group;
        if (heldOn is null) throw new DomainException("Angiv mødets dato.", nameof(HeldOn));
        if (heldOn > today.AddYears(1)) throw new DomainException("Mødet kan højst ligge et år frem.", nameof(HeldOn));
        HeldOn = heldOn.Value;
        Participants = Text.Optional(participants, ShortMaxLength, nameof(Participants), "Deltagerne");
        Agenda = Text.Optional(agenda, TextMaxLength, nameof(Agenda), "Dagsordenen");
        Minutes = Text.Optional(minutes, TextMaxLength, nameof(Minutes), "Referatet");
        Decisions = Text.Optional(decisions, TextMaxLength, nameof(Decisions), "Beslutningerne");
        if (Agenda is null && Minutes is null) throw new DomainException("Skriv dagsordenen eller referatet.", nameof(Minutes));
    }

    public Guid ProjectId { get; private set; }
    public ImplementationGroup Group { get; private set; }
    public DateOnly HeldOn { get; private set; }
    public string? Participants { get; private set; }
    public string? Agenda { get; private set; }
    public string? Minutes { get; private set; }
    public string? Decisions { get; private set; }

    /// <summary>
    /// When the implementation team must meet next: two months after its latest meeting held (or after the project entered
    /// the plan phase, if it has not met), while the project is planned or carried out; null in the decide and anchor phases.
    /// </summary>
    public static DateOnly? NextTeamMeetingDue(ImplementationPhase phase, DateOnly phaseSince, DateOnly? lastTeamMeetingHeld)
        => phase is ImplementationPhase.Plan or ImplementationPhase.CarryOut
            ? (lastTeamMeetingHeld is { } last && last > phaseSince ? last : phaseSince).AddMonths(TeamMeetingEveryMonths)
            : null;
}

public static class ImplementationGroupNames
{
    public static string Danish(this ImplementationGroup g) => g == ImplementationGroup.SteeringGroup ? "Styregruppe" : "Implementeringsteam";
}
