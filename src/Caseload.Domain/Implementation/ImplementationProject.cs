using System.Text.Json;
using Caseload.Domain.Auditing;
using Caseload.Domain.Common;
using Caseload.Domain.Teams;

namespace Caseload.Domain.Implementation;

/// <summary>An activity of the implementation plan (bilag 1c). <see cref="Id"/> stays the same while the plan is edited.</summary>
public sealed record PlanActivity(Guid Id, string? FocusArea, string Activity, string? Responsible, DateOnly? Deadline, ActivityStatus Status, string? FollowUp)
{
    public bool IsOpen => Status is ActivityStatus.NotStarted or ActivityStatus.InProgress;
    public bool IsOverdue(DateOnly today) => IsOpen && Deadline < today;
}

/// <summary>A row of the role and responsibility table: who (management, or team leader and team) has which role and what it holds.</summary>
public sealed record RoleRow(Guid Id, RoleLevel Level, string Role, string? Responsibility);

/// <summary>One tick (or un-tick) of a checklist item: who and when. The latest per item is its state; the rest is its history.</summary>
public sealed record ChecklistTick(ImplementationPhase Phase, int Number, bool Done, string By, DateTime At, string? Note);

/// <summary>An item of a phase checklist as it stands.</summary>
public sealed record ChecklistItemState(ImplementationPhase Phase, int Number, string Text, ChecklistTick? Latest)
{
    public bool Done => Latest?.Done == true;
}

/// <summary>
/// The implementation of one method in one unit of the municipality (ACT implementation guide): its current phase
/// (decide, plan, carry out, anchor — phases can be revisited), the implementation plan's activities and role table,
/// and the four phase checklists of Appendix A with who ticked what and when. Managers and team leaders keep it.
/// </summary>
[AuditedAs(AuditNames.ImplementationProject, "Implementeringsprojekt")]
public class ImplementationProject : Entity, IAudited
{
    public const int UnitMaxLength = 150;
    public const int ShortMaxLength = 200;
    public const int TextMaxLength = 2000;
    public const int MaxActivities = 80;
    public const int MaxRoles = 30;

    public const int MaxModules = 40;
    public const int MaxGroupMembers = 40;

    private ImplementationProject() { Unit = string.Empty; ActivitiesJson = RolesJson = TicksJson = PhaseHistoryJson = TrainingJson = GroupsJson = "[]"; }

    public ImplementationProject(Method method, string unit, ImplementationPhase phase, DateOnly today)
    {
        Method = method;
        Unit = Text.Required(unit, UnitMaxLength, nameof(Unit), "Skriv hvilken enhed implementeringen gælder.", "Enheden");
        ActivitiesJson = RolesJson = TicksJson = PhaseHistoryJson = TrainingJson = GroupsJson = "[]";
        MoveTo(phase, today, confirmed: true); // where the project stands when registered: no move past anything
    }

    public Method Method { get; private set; }
    public string Unit { get; private set; }
    public ImplementationPhase Phase { get; private set; }
    public DateOnly PhaseSince { get; private set; }
    public string PhaseHistoryJson { get; private set; }
    public string ActivitiesJson { get; private set; }
    public string RolesJson { get; private set; }
    public string TicksJson { get; private set; }
    /// <summary>The training plan (bilag 1b).</summary>
    public string TrainingJson { get; private set; }

    /// <summary>The steering group and the implementation team.</summary>
    public string GroupsJson { get; private set; }

    public IReadOnlyList<GroupMember> Groups => JsonRows.Read<GroupMember>(GroupsJson);
    public IReadOnlyList<PlanActivity> Activities => JsonRows.Read<PlanActivity>(ActivitiesJson);
    public IReadOnlyList<RoleRow> Roles => JsonRows.Read<RoleRow>(RolesJson);
    public IReadOnlyList<TrainingModule> Training => JsonRows.Read<TrainingModule>(TrainingJson);
    public IReadOnlyList<ChecklistTick> Ticks => JsonRows.Read<ChecklistTick>(TicksJson);
    public IReadOnlyList<(ImplementationPhase Phase, DateOnly Since)> PhaseHistory
        => (JsonRows.Read<PhaseEntry>(PhaseHistoryJson)).Select(e => (e.Phase, e.Since)).ToList();

    private sealed record PhaseEntry(ImplementationPhase Phase, DateOnly Since);

    /// <summary>Into a phase, forwards or back (a phase can be revisited); the history keeps every move.</summary>
    /// <param name="confirmed">Moving on while the phase before the new one has open checklist items is a deliberate
    /// choice (issue #27 item 18): without it, the move is refused with how many items are open.</param>
    public void MoveTo(ImplementationPhase phase, DateOnly today, bool confirmed = false)
    {
        if (!Enum.IsDefined(phase)) throw new DomainException("Vælg en fase.", nameof(Phase));
        if (!confirmed && phase > Phase && phase > ImplementationPhase.Decide)
        {
            var before = phase - 1;
            var open = Checklist(before).Count(i => !i.Done);
            if (open > 0)
                throw new DomainException($"{before.Danish()} har {open} {(open == 1 ? "åbent punkt" : "åbne punkter")} på tjeklisten. "
                    + $"Sæt kryds i «Skift alligevel», hvis implementeringen skal videre til {phase.Danish().ToLowerInvariant()} nu.", "Confirm");
        }
        var history = JsonRows.Read<PhaseEntry>(PhaseHistoryJson);
        if (history.Count > 0 && phase == Phase) throw new DomainException($"Implementeringen er allerede i {phase.Danish().ToLowerInvariant()}.", nameof(Phase));
        history.Add(new PhaseEntry(phase, today));
        PhaseHistoryJson = JsonSerializer.Serialize(history);
        Phase = phase;
        PhaseSince = today;
    }

    /// <summary>Saves the plan's activities and role table. Blank rows are dropped; a filled row needs its activity or role.</summary>
    public void SavePlan(IEnumerable<PlanActivity> activities, IEnumerable<RoleRow> roles)
    {
        var kept = activities.Select(CleanActivity).OfType<PlanActivity>().ToList();
        if (kept.Count > MaxActivities) throw new DomainException($"En implementeringsplan kan højst have {MaxActivities} aktiviteter.", "Activities");
        var keptRoles = roles.Select(CleanRole).OfType<RoleRow>().ToList();
        if (keptRoles.Count > MaxRoles) throw new DomainException($"Rolletabellen kan højst have {MaxRoles} rækker.", "Roles");
        ActivitiesJson = JsonSerializer.Serialize(kept);
        RolesJson = JsonSerializer.Serialize(keptRoles);
    }

    /// <summary>Saves the members of the steering group and the implementation team. Blank rows are dropped; a filled row needs a name.</summary>
    public void SaveGroups(IEnumerable<GroupMember> members)
    {
        var kept = new List<GroupMember>();
        foreach (var m in members)
        {
            var name = Text.Clean(m.Name);
            if (name is null && Text.Clean(m.Organisation) is null && Text.Clean(m.Role) is null) continue;
            if (name is null) throw new DomainException("Skriv navnet på hvert medlem (eller tøm rækken).", "Groups");
            if (!Enum.IsDefined(m.Group)) throw new DomainException("Vælg styregruppe eller implementeringsteam for hvert medlem.", "Groups");
            var who = $"«{Text.Shorten(name)}»";
            kept.Add(m with
            {
                Id = m.Id == Guid.Empty ? Guid.NewGuid() : m.Id,
                Name = Text.Required(name, ShortMaxLength, "Groups", "", $"Navnet {who}"),
                Organisation = Text.Optional(m.Organisation, ShortMaxLength, "Groups", $"Organisationen for {who}"),
                Role = Text.Optional(m.Role, ShortMaxLength, "Groups", $"Rollen for {who}"),
            });
        }
        if (kept.Count > MaxGroupMembers) throw new DomainException($"Grupperne kan højst have {MaxGroupMembers} medlemmer i alt.", "Groups");
        GroupsJson = JsonSerializer.Serialize(kept);
    }

    /// <summary>Adds an activity to the plan (e.g. a follow-up action from a reflection day).</summary>
    public PlanActivity AddActivity(string? focusArea, string activity, string? responsible, DateOnly? deadline)
    {
        var list = JsonRows.Read<PlanActivity>(ActivitiesJson);
        if (list.Count >= MaxActivities) throw new DomainException($"En implementeringsplan kan højst have {MaxActivities} aktiviteter.", "Activities");
        var added = CleanActivity(new PlanActivity(Guid.Empty, focusArea, activity, responsible, deadline, ActivityStatus.NotStarted, null))
            ?? throw new DomainException("Skriv aktiviteten.", "Activities");
        list.Add(added);
        ActivitiesJson = JsonSerializer.Serialize(list);
        return added;
    }

    /// <summary>Saves the training plan: modules with their attendance by <paramref name="members"/> (the method's teams).</summary>
    public void SaveTraining(IEnumerable<TrainingModule> modules, IReadOnlySet<string> members)
    {
        var known = Training.SelectMany(m => m.Attended).ToHashSet();
        known.UnionWith(members);
        var kept = modules.Select(m => TrainingModule.Clean(m, known)).OfType<TrainingModule>().ToList();
        if (kept.Count > MaxModules) throw new DomainException($"En uddannelsesplan kan højst have {MaxModules} moduler.", "Training");
        TrainingJson = JsonSerializer.Serialize(kept);
    }

    /// <summary>Ticks (or un-ticks) a checklist item; who and when are kept.</summary>
    public void Tick(ImplementationPhase phase, int number, bool done, string by, DateTime at, string? note)
    {
        if (!ImplementationChecklists.Items.TryGetValue(phase, out var items) || number < 1 || number > items.Count)
            throw new DomainException("Punktet findes ikke på tjeklisten.", "Checklist");
        var current = Checklist(phase)[number - 1];
        if (current.Done == done) throw new DomainException(done ? "Punktet er allerede krydset af." : "Punktet er ikke krydset af.", "Checklist");
        var ticks = JsonRows.Read<ChecklistTick>(TicksJson);
        ticks.Add(new ChecklistTick(phase, number, done, by, at, Text.Optional(note, ShortMaxLength, "Checklist", "Bemærkningen")));
        TicksJson = JsonSerializer.Serialize(ticks);
    }

    /// <summary>A phase's checklist as it stands: each item with its latest tick.</summary>
    public IReadOnlyList<ChecklistItemState> Checklist(ImplementationPhase phase)
    {
        var ticks = Ticks;
        return [.. ImplementationChecklists.Items[phase].Select((text, i) =>
            new ChecklistItemState(phase, i + 1, text, ticks.LastOrDefault(t => t.Phase == phase && t.Number == i + 1)))];
    }

    public IReadOnlyList<PlanActivity> Overdue(DateOnly today) => [.. Activities.Where(a => a.IsOverdue(today)).OrderBy(a => a.Deadline)];

    private static PlanActivity? CleanActivity(PlanActivity a)
    {
        var activity = Text.Clean(a.Activity);
        if (activity is null && Text.Clean(a.FocusArea) is null && Text.Clean(a.Responsible) is null && Text.Clean(a.FollowUp) is null && a.Deadline is null) return null;
        if (activity is null) throw new DomainException("Skriv aktiviteten i hver udfyldt række (eller tøm rækken).", "Activities");
        if (!Enum.IsDefined(a.Status)) throw new DomainException("Vælg en status for hver aktivitet.", "Activities");
        return a with
        {
            Id = a.Id == Guid.Empty ? Guid.NewGuid() : a.Id,
            Activity = Text.Required(activity, ShortMaxLength * 2, "Activities", "", $"Aktiviteten «{Text.Shorten(activity)}»"),
            FocusArea = Text.Optional(a.FocusArea, ShortMaxLength, "Activities", $"Fokusområdet for «{Text.Shorten(activity)}»"),
            Responsible = Text.Optional(a.Responsible, ShortMaxLength, "Activities", $"Den ansvarlige for «{Text.Shorten(activity)}»"),
            FollowUp = Text.Optional(a.FollowUp, TextMaxLength, "Activities", $"Opfølgningen på «{Text.Shorten(activity)}»"),
        };
    }

    private static RoleRow? CleanRole(RoleRow r)
    {
        var role = Text.Clean(r.Role);
        if (role is null && Text.Clean(r.Responsibility) is null) return null;
        if (role is null) throw new DomainException("Skriv rollen i hver udfyldt række i rolletabellen.", "Roles");
        if (!Enum.IsDefined(r.Level)) throw new DomainException("Vælg niveau for hver rolle.", "Roles");
        return r with
        {
            Id = r.Id == Guid.Empty ? Guid.NewGuid() : r.Id,
            Role = Text.Required(role, ShortMaxLength, "Roles", "", $"Rollen «{Text.Shorten(role)}»"),
            Responsibility = Text.Optional(r.Responsibility, TextMaxLength, "Roles", $"Ansvaret for «{Text.Shorten(role)}»"),
        };
    }
}
