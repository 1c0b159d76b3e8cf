using System.Text.Json;
using Caseload.Domain.Auditing;
using Caseload.Domain.Common;

namespace Caseload.Domain.Implementation;

/// <summary>One figure brought to the reflection day, as the system counted it when the guide was made.</summary>
public sealed record ReflectionFigure(string Label, string Value, string? Note);

/// <summary>A follow-up action agreed on the day; <see cref="AddedToPlanOn"/> once it became an activity of the implementation plan.</summary>
public sealed record ReflectionAction(Guid Id, string Action, string? Responsible, DateOnly? Deadline, DateOnly? AddedToPlanOn);

/// <summary>
/// An evaluation and reflection day (mødeguide, ACT implementation guide bilag 1f): purpose, agenda, the documentation to
/// bring — pre-filled with the figures the system has on the day the guide is made, kept as they were so the minutes
/// match what was discussed — reflection questions, learning points and follow-up actions that can be added to the
/// implementation plan.
/// </summary>
[AuditedAs(AuditNames.ReflectionDay, "Refleksionsdag")]
public class ReflectionDay : Entity, IAudited
{
    public const int TextMaxLength = 4000;
    public const int ShortMaxLength = 300;
    public const int MaxActions = 30;

    public const string DefaultPurpose = "At uddrage faglig læring af den dokumentation, vi har samlet: hvad lykkes, hvad lykkes ikke, og hvad gør vi nu.";
    public const string DefaultAgenda = "1. Velkomst og formål\n2. Status: tallene fra systemet\n3. Borgerforløb: udvalgte cases\n4. Metodeloyalitet: holder vi kerneelementerne?\n5. Refleksion i grupper\n6. Læringspunkter\n7. Handlinger og ansvar";
    public const string DefaultQuestions = "Hvad er lykkedes siden sidst, og hvorfor?\nHvor afviger vi fra metoden, og hvad er grunden?\nHvad siger tallene om borgernes udvikling?\nHvad skal vi gøre anderledes?";

    private ReflectionDay() { FiguresJson = ActionsJson = "[]"; }

    public ReflectionDay(Guid projectId, DateOnly? heldOn, IEnumerable<ReflectionFigure> figures, DateOnly figuresOn)
    {
        ProjectId = projectId;
        HeldOn = heldOn ?? throw new DomainException("Angiv datoen for refleksionsdagen.", nameof(HeldOn));
        FiguresJson = JsonSerializer.Serialize(figures.ToList());
        FiguresOn = figuresOn;
        ActionsJson = "[]";
        Purpose = DefaultPurpose;
        Agenda = DefaultAgenda;
        Documentation = "Tallene nedenfor (fra systemet), borgernes udvikling i udvalgte forløb og status på metodeloyalitet.";
        Questions = DefaultQuestions;
    }

    public Guid ProjectId { get; private set; }
    public DateOnly HeldOn { get; private set; }
    public string? Purpose { get; private set; }
    public string? Agenda { get; private set; }
    public string? Documentation { get; private set; }
    public string FiguresJson { get; private set; }
    /// <summary>The day the figures were counted.</summary>
    public DateOnly FiguresOn { get; private set; }
    public string? Questions { get; private set; }
    public string? LearningPoints { get; private set; }
    public string ActionsJson { get; private set; }

    public IReadOnlyList<ReflectionFigure> Figures => JsonRows.Read<ReflectionFigure>(FiguresJson);
    public IReadOnlyList<ReflectionAction> Actions => JsonRows.Read<ReflectionAction>(ActionsJson);

    /// <summary>Saves the guide and the minutes. Blank action rows are dropped; an action already added to the plan keeps its mark.</summary>
    public void Change(DateOnly? heldOn, string? purpose, string? agenda, string? documentation, string? questions, string? learningPoints,
        IEnumerable<ReflectionAction> actions)
    {
        HeldOn = heldOn ?? throw new DomainException("Angiv datoen for refleksionsdagen.", nameof(HeldOn));
        Purpose = Text.Optional(purpose, TextMaxLength, nameof(Purpose), "Formålet");
        Agenda = Text.Optional(agenda, TextMaxLength, nameof(Agenda), "Dagsordenen");
        Documentation = Text.Optional(documentation, TextMaxLength, nameof(Documentation), "Dokumentationen");
        Questions = Text.Optional(questions, TextMaxLength, nameof(Questions), "Refleksionsspørgsmålene");
        LearningPoints = Text.Optional(learningPoints, TextMaxLength, nameof(LearningPoints), "Læringspunkterne");
        var before = Actions.ToDictionary(a => a.Id);
        var kept = new List<ReflectionAction>();
        foreach (var a in actions)
        {
            var text = Text.Clean(a.Action);
            if (text is null && Text.Clean(a.Responsible) is null && a.Deadline is null) continue;
            if (text is null) throw new DomainException("Skriv handlingen i hver udfyldt række (eller tøm rækken).", "Actions");
            var id = a.Id != Guid.Empty && before.ContainsKey(a.Id) ? a.Id : Guid.NewGuid();
            kept.Add(new ReflectionAction(id, Text.Required(text, ShortMaxLength, "Actions", "", $"Handlingen «{Text.Shorten(text)}»"),
                Text.Optional(a.Responsible, ShortMaxLength, "Actions", $"Den ansvarlige for «{Text.Shorten(text)}»"), a.Deadline,
                before.GetValueOrDefault(id)?.AddedToPlanOn));
        }
        if (kept.Count > MaxActions) throw new DomainException($"En refleksionsdag kan højst have {MaxActions} handlinger.", "Actions");
        ActionsJson = JsonSerializer.Serialize(kept);
    }

    /// <summary>Adds an action to the implementation plan as an activity (focus area "Refleksionsdag dd.mm.åååå"), once.</summary>
    public void AddToPlan(Guid actionId, ImplementationProject project, DateOnly today)
    {
        if (project.Id != ProjectId) throw new DomainException("Handlingen hører til et andet implementeringsprojekt.", "Actions");
        var list = JsonRows.Read<ReflectionAction>(ActionsJson);
        var i = list.FindIndex(a => a.Id == actionId);
        if (i < 0) throw new DomainException("Handlingen findes ikke længere. Genindlæs siden.", "Actions");
        if (list[i].AddedToPlanOn is not null) throw new DomainException("Handlingen er allerede føjet til implementeringsplanen.", "Actions");
        project.AddActivity($"Refleksionsdag {HeldOn:dd.MM.yyyy}", list[i].Action, list[i].Responsible, list[i].Deadline);
        list[i] = list[i] with { AddedToPlanOn = today };
        ActionsJson = JsonSerializer.Serialize(list);
    }
}
