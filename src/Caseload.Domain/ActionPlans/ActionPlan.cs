using System.Text.Json;
using Caseload.Domain.Auditing;
using Caseload.Domain.Common;

namespace Caseload.Domain.ActionPlans;

/// <summary>The life areas of the ACT action plan (bilag 1e).</summary>
public enum LifeArea
{
    SubstanceUse,
    MentalHealth,
    PhysicalHealth,
    SocialNetwork,
    Finances,
    Housing,
    EducationEmployment,
}

public enum PlanGoalStatus
{
    NotStarted,
    InProgress,
    Reached,
    Paused,
}

/// <summary>A goal of the plan in one life area, in the citizen's own words. <see cref="Declined"/>: the citizen said no to
/// this part — it stays visible, and the rest of the plan goes on (declining a part does not end the plan).
/// <see cref="When"/>: when it is to happen ("hvornår"); <see cref="Resources"/>: the citizen's own resources in this area
/// ("det er jeg god til / det hjælper mig", domain.md §7) — added last, so plans saved before read them as empty.</summary>
public sealed record PlanGoal(Guid Id, LifeArea Area, string? CitizensWords, string Goal, string? Actions, string? WhoInTeam,
    DateOnly? FollowUpOn, PlanGoalStatus Status, bool Declined, string? When = null, string? Resources = null);

public static class ActionPlanNames
{
    public static string Danish(this LifeArea area) => area switch
    {
        LifeArea.SubstanceUse => "Rusmidler",
        LifeArea.MentalHealth => "Psykisk helbred",
        LifeArea.PhysicalHealth => "Fysisk helbred",
        LifeArea.SocialNetwork => "Socialt netværk",
        LifeArea.Finances => "Økonomi",
        LifeArea.Housing => "Bolig",
        _ => "Uddannelse og beskæftigelse",
    };

    public static string Danish(this PlanGoalStatus status) => status switch
    {
        PlanGoalStatus.NotStarted => "Ikke startet",
        PlanGoalStatus.InProgress => "I gang",
        PlanGoalStatus.Reached => "Nået",
        _ => "Sat på pause",
    };
}

/// <summary>
/// The ACT action plan (ACT-indsatsplan, bilag 1e): the citizen's goals per life area, in their own words, with the
/// team's actions, who (by discipline), follow-up and status; the citizen's view. One per citizen; every save is kept
/// as a revision (date and who), so the plan's history can be read.
/// </summary>
[AuditedAs(AuditNames.ActionPlan, "ACT-indsatsplan")]
public class ActionPlan : Entity, IAudited, IBelongsToCitizen
{
    public const int TextMaxLength = 2000;
    public const int ShortMaxLength = 200;
    public const int MaxGoals = 30;

    private readonly List<ActionPlanRevision> _revisions = [];

    private ActionPlan() { GoalsJson = "[]"; }

    public ActionPlan(Guid citizenId, Guid teamId)
    {
        CitizenId = citizenId;
        TeamId = teamId;
        GoalsJson = "[]";
    }

    public Guid CitizenId { get; private set; }
    public Guid TeamId { get; private set; }
    [Personal] public string GoalsJson { get; private set; }
    [Personal] public string? CitizensView { get; private set; }
    public int RevisionCount { get; private set; }
    public IReadOnlyCollection<ActionPlanRevision> Revisions => _revisions.AsReadOnly();

    public IReadOnlyList<PlanGoal> Goals => JsonRows.Read<PlanGoal>(GoalsJson);

    /// <summary>Saves the plan as a new revision; the plan as it already stands is no new revision: null, and nothing changes (ADR 0026).</summary>
    public ActionPlanRevision? Save(IEnumerable<PlanGoal> goals, string? citizensView, DateTime now, string? by)
    {
        var kept = goals.Select(Clean).OfType<PlanGoal>().ToList();
        if (kept.Count > MaxGoals) throw new DomainException($"En indsatsplan kan højst have {MaxGoals} mål.", "Goals");
        var view = Text.Optional(citizensView, TextMaxLength, nameof(CitizensView), "Borgerens syn på planen");
        if (RevisionCount > 0 && view == CitizensView && kept.SequenceEqual(Goals)) return null;
        GoalsJson = JsonSerializer.Serialize(kept);
        CitizensView = view;
        RevisionCount++;
        var revision = new ActionPlanRevision(Id, CitizenId, RevisionCount, now, by, GoalsJson, CitizensView);
        _revisions.Add(revision);
        return revision;
    }

    /// <summary>An empty row is dropped; a row with anything in it needs its goal.</summary>
    private static PlanGoal? Clean(PlanGoal g)
    {
        var goal = Text.Clean(g.Goal);
        if (goal is null && Text.Clean(g.CitizensWords) is null && Text.Clean(g.Actions) is null && Text.Clean(g.WhoInTeam) is null && g.FollowUpOn is null
            && Text.Clean(g.When) is null && Text.Clean(g.Resources) is null)
            return null;
        if (goal is null) throw new DomainException("Skriv målet for hvert livsområde, der er udfyldt (eller tøm rækken).", "Goals");
        if (!Enum.IsDefined(g.Area) || !Enum.IsDefined(g.Status)) throw new DomainException("Vælg livsområde og status for hvert mål.", "Goals");
        return g with
        {
            Id = g.Id == Guid.Empty ? Guid.NewGuid() : g.Id,
            Goal = Text.Required(goal, ShortMaxLength * 2, "Goals", "Skriv målet.", "Målet"),
            CitizensWords = Text.Optional(g.CitizensWords, TextMaxLength, "Goals", "Borgerens egne ord"),
            Actions = Text.Optional(g.Actions, TextMaxLength, "Goals", "Handlingerne"),
            WhoInTeam = Text.Optional(g.WhoInTeam, ShortMaxLength, "Goals", "«Hvem i teamet»"),
            When = Text.Optional(g.When, ShortMaxLength, "Goals", "«Hvornår»"),
            Resources = Text.Optional(g.Resources, TextMaxLength, "Goals", "«Det er jeg god til / det hjælper mig»"),
        };
    }
}

/// <summary>The plan as it was saved on one occasion (the plan's revision dates).</summary>
[AuditedAs(AuditNames.ActionPlanRevision, "ACT-indsatsplan, revision")]
public class ActionPlanRevision : IAudited, IBelongsToCitizen
{
    private ActionPlanRevision() { GoalsJson = "[]"; }

    internal ActionPlanRevision(Guid actionPlanId, Guid citizenId, int number, DateTime savedAt, string? savedBy, string goalsJson, string? citizensView)
    {
        ActionPlanId = actionPlanId;
        CitizenId = citizenId;
        Number = number;
        SavedAt = savedAt;
        SavedBy = savedBy;
        GoalsJson = goalsJson;
        CitizensView = citizensView;
    }

    public Guid Id { get; private set; } = Guid.NewGuid();
    public Guid ActionPlanId { get; private set; }
    public Guid CitizenId { get; private set; }
    public int Number { get; private set; }
    public DateTime SavedAt { get; private set; }
    public string? SavedBy { get; private set; }
    [Personal] public string GoalsJson { get; private set; }
    [Personal] public string? CitizensView { get; private set; }

    public IReadOnlyList<PlanGoal> Goals => JsonRows.Read<PlanGoal>(GoalsJson);
}
