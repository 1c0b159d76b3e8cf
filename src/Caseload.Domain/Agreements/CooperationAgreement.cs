using System.Text.Json;
using Caseload.Domain.Auditing;
using Caseload.Domain.Common;

namespace Caseload.Domain.Agreements;

public enum GoalReached
{
    NotYet,
    Partly,
    Yes,
}

/// <summary>One row of the agreements table: goal · actions citizen · actions worker · follow-up · reached · went well / less well.
/// <see cref="Id"/> stays the same while the agreement is edited.</summary>
public sealed record AgreementRow(Guid Id, string Goal, string? ActionsCitizen, string? ActionsWorker, DateOnly? FollowUpOn,
    GoalReached Reached, string? WentWell, string? WentLessWell)
{
    public bool IsOpen => Reached != GoalReached.Yes;
}

/// <summary>
/// A cooperation agreement (samarbejdsaftale, domain.md §4), made with the citizen: where and with whom, the dialogue
/// (the situation now, goals for the next three months, obstacles as the citizen and the worker see them, what makes
/// it easier), the agreements table, coordination with others, the worker's tasks and the follow-up.
/// <see cref="NextFollowUpOn"/> is kept on save, so "Mine borgere" and the deadline list read one column.
/// </summary>
[AuditedAs(AuditNames.CooperationAgreement, "Samarbejdsaftale")]
public class CooperationAgreement : Entity, IAudited, IBelongsToCitizen
{
    public const int TextMaxLength = 2000;
    public const int ShortMaxLength = 200;
    public const int MaxRows = 20;

    private CooperationAgreement() { RowsJson = "[]"; }

    public CooperationAgreement(Guid citizenId, Guid teamId)
    {
        CitizenId = citizenId;
        TeamId = teamId;
        RowsJson = "[]";
    }

    public Guid CitizenId { get; private set; }
    public Guid TeamId { get; private set; }
    public DateOnly MadeOn { get; private set; }
    [Personal] public string? Place { get; private set; }
    [Personal] public string? Present { get; private set; }
    [Personal] public string? CurrentSituation { get; private set; }
    [Personal] public string? Goals { get; private set; }
    [Personal] public string? ObstaclesCitizen { get; private set; }
    [Personal] public string? ObstaclesWorker { get; private set; }
    [Personal] public string? WhatHelps { get; private set; }
    [Personal] public string RowsJson { get; private set; }
    [Personal] public string? Coordination { get; private set; }
    [Personal] public string? TasksCoordination { get; private set; }
    [Personal] public string? TasksAuthority { get; private set; }
    [Personal] public string? TasksOther { get; private set; }
    public DateOnly? FollowUpOn { get; private set; }
    [Personal] public string? FollowUpStatus { get; private set; }
    public bool NeedsNewGoals { get; private set; }
    /// <summary>The earliest follow-up still ahead of the agreement: an open row's, or the agreement's own. Derived on save.</summary>
    public DateOnly? NextFollowUpOn { get; private set; }
    /// <summary>The saved version the citizen reads and confirms (issue #34, ADR 0048 addendum): numbered across all the citizen's
    /// agreements, so "samarbejdsaftale, version N" names one agreement as it stood. 0 before the first save; a save that changes
    /// nothing keeps the number.</summary>
    public int SavedVersion { get; private set; }

    public IReadOnlyList<AgreementRow> Rows => JsonRows.Read<AgreementRow>(RowsJson);

    public void Update(DateOnly madeOn, string? place, string? present, string? situation, string? goals, string? obstaclesCitizen,
        string? obstaclesWorker, string? whatHelps, IEnumerable<AgreementRow> rows, string? coordination, string? tasksCoordination,
        string? tasksAuthority, string? tasksOther, DateOnly? followUpOn, string? followUpStatus, bool needsNewGoals, DateOnly today,
        int citizensLatestVersion = 0)
    {
        var before = SavedVersion == 0 ? null : Content();
        if (madeOn > today) throw new DomainException("Aftalen kan ikke være lavet i fremtiden.", nameof(MadeOn));
        if (followUpOn < madeOn) throw new DomainException("Opfølgningen kan ikke ligge før aftalen blev lavet.", nameof(FollowUpOn));
        var kept = rows.Select(Clean).OfType<AgreementRow>().ToList();
        if (kept.Count > MaxRows) throw new DomainException($"En samarbejdsaftale kan højst have {MaxRows} aftaler.", "Rows");
        if (kept.FirstOrDefault(r => r.FollowUpOn < madeOn) is { } early)
            throw new DomainException($"Opfølgningen på «{Text.Shorten(early.Goal)}» kan ikke ligge før aftalen blev lavet.", "Rows");
        MadeOn = madeOn;
        Place = Text.Optional(place, ShortMaxLength, nameof(Place), "Stedet");
        Present = Text.Optional(present, ShortMaxLength, nameof(Present), "De tilstedeværende");
        CurrentSituation = Text.Optional(situation, TextMaxLength, nameof(CurrentSituation), "Den nuværende situation");
        Goals = Text.Optional(goals, TextMaxLength, nameof(Goals), "Målene");
        ObstaclesCitizen = Text.Optional(obstaclesCitizen, TextMaxLength, nameof(ObstaclesCitizen), "Forhindringerne");
        ObstaclesWorker = Text.Optional(obstaclesWorker, TextMaxLength, nameof(ObstaclesWorker), "Forhindringerne");
        WhatHelps = Text.Optional(whatHelps, TextMaxLength, nameof(WhatHelps), "Idéerne");
        RowsJson = JsonSerializer.Serialize(kept);
        Coordination = Text.Optional(coordination, TextMaxLength, nameof(Coordination), "Koordineringen");
        TasksCoordination = Text.Optional(tasksCoordination, TextMaxLength, nameof(TasksCoordination), "Koordineringsopgaverne");
        TasksAuthority = Text.Optional(tasksAuthority, TextMaxLength, nameof(TasksAuthority), "Myndighedsopgaverne");
        TasksOther = Text.Optional(tasksOther, TextMaxLength, nameof(TasksOther), "De andre opgaver");
        FollowUpOn = followUpOn;
        FollowUpStatus = Text.Optional(followUpStatus, TextMaxLength, nameof(FollowUpStatus), "Status");
        NeedsNewGoals = needsNewGoals;
        NextFollowUpOn = kept.Where(r => r.IsOpen).Select(r => r.FollowUpOn).Append(followUpOn).Where(d => d is not null).Min();
        if (before != Content()) SavedVersion = Math.Max(SavedVersion, citizensLatestVersion) + 1;
    }

    /// <summary>What the citizen can read and confirm, as one string: a save that leaves it the same is no new version.</summary>
    private string Content() => JsonSerializer.Serialize(new object?[]
    {
        MadeOn, Place, Present, CurrentSituation, Goals, ObstaclesCitizen, ObstaclesWorker, WhatHelps, RowsJson, Coordination,
        TasksCoordination, TasksAuthority, TasksOther, FollowUpOn, FollowUpStatus, NeedsNewGoals,
    });

    /// <summary>A row with nothing in it is dropped; a row with anything in it needs its goal.</summary>
    private static AgreementRow? Clean(AgreementRow r)
    {
        var goal = Text.Clean(r.Goal);
        var any = goal ?? Text.Clean(r.ActionsCitizen) ?? Text.Clean(r.ActionsWorker) ?? Text.Clean(r.WentWell) ?? Text.Clean(r.WentLessWell);
        if (any is null && r.FollowUpOn is null) return null;
        if (goal is null) throw new DomainException("Skriv målet i hver aftale, der er udfyldt (eller tøm rækken).", "Rows");
        if (!Enum.IsDefined(r.Reached)) throw new DomainException("Vælg om målet er nået.", "Rows");
        return r with
        {
            Id = r.Id == Guid.Empty ? Guid.NewGuid() : r.Id,
            Goal = Text.Required(goal, ShortMaxLength * 2, "Rows", "Skriv målet.", $"Målet «{Text.Shorten(goal)}»"),
            ActionsCitizen = Text.Optional(r.ActionsCitizen, TextMaxLength, "Rows", "Borgerens handlinger"),
            ActionsWorker = Text.Optional(r.ActionsWorker, TextMaxLength, "Rows", "Medarbejderens handlinger"),
            WentWell = Text.Optional(r.WentWell, TextMaxLength, "Rows", "Hvad gik godt"),
            WentLessWell = Text.Optional(r.WentLessWell, TextMaxLength, "Rows", "Hvad gik mindre godt"),
        };
    }
}
