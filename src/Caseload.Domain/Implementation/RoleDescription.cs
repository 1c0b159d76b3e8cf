using System.Text.Json;
using Caseload.Domain.Auditing;
using Caseload.Domain.Common;
using Caseload.Domain.Teams;

namespace Caseload.Domain.Implementation;

/// <summary>The main tasks of a role in one stage of the citizen's course.</summary>
public sealed record StageTasks(string Stage, string? Tasks);

/// <summary>
/// A role description (funktionsbeskrivelse, ACT implementation guide bilag 1d) for a role or discipline in a method's teams:
/// the purpose of the function, its main tasks per stage of the citizen's course, and the professional and personal
/// competences it takes. Written by the team leader; a team member's discipline links to the description of the same name.
/// </summary>
[AuditedAs(AuditNames.RoleDescription, "Rollebeskrivelse")]
public class RoleDescription : Entity, IAudited
{
    public const int RoleMaxLength = 80;
    public const int TextMaxLength = 3000;

    private RoleDescription() { Role = string.Empty; TasksJson = "[]"; }

    /// <param name="stages">The stages of the method's course (its engine says which: ADR 0023; else <see cref="CourseStages.Default"/>).</param>
    public RoleDescription(Method method, string? role, IReadOnlyList<string> stages)
    {
        if (!Enum.IsDefined(method)) throw new DomainException("Vælg metoden.", nameof(Method));
        Method = method;
        Role = Text.Required(role, RoleMaxLength, nameof(Role), "Skriv rollen eller faggruppen.", "Rollen");
        TasksJson = JsonSerializer.Serialize(stages.Select(s => new StageTasks(s, null)));
    }

    public Method Method { get; private set; }
    /// <summary>The role or discipline, as in a team member's discipline (e.g. "Sygeplejerske").</summary>
    public string Role { get; private set; }
    public string? Purpose { get; private set; }
    public string TasksJson { get; private set; }
    public string? ProfessionalCompetences { get; private set; }
    public string? PersonalCompetences { get; private set; }

    public IReadOnlyList<StageTasks> Tasks => JsonRows.Read<StageTasks>(TasksJson);

    /// <summary>Saves the description. The stages are those it was made with (the method's): tasks are kept by stage name.</summary>
    public void Change(string? role, string? purpose, IReadOnlyDictionary<string, string?> tasksByStage, string? professional, string? personal)
    {
        Role = Text.Required(role, RoleMaxLength, nameof(Role), "Skriv rollen eller faggruppen.", "Rollen");
        Purpose = Text.Optional(purpose, TextMaxLength, nameof(Purpose), "Formålet med funktionen");
        TasksJson = JsonSerializer.Serialize(Tasks.Select(t => t.Stage).Select(s =>
            new StageTasks(s, Text.Optional(tasksByStage.GetValueOrDefault(s), TextMaxLength, "Tasks", $"Opgaverne i «{s}»"))));
        ProfessionalCompetences = Text.Optional(professional, TextMaxLength, nameof(ProfessionalCompetences), "De faglige kompetencer");
        PersonalCompetences = Text.Optional(personal, TextMaxLength, nameof(PersonalCompetences), "De personlige kompetencer");
    }

    /// <summary>The key a team member's discipline is matched by: trimmed, case-insensitive.</summary>
    public static string KeyOf(string role) => role.Trim().ToUpperInvariant();
}

/// <summary>The stages of the citizen's course a role description describes tasks for (domain.md §2), when the method's
/// engine names none of its own (CTI and outreach do, in their modules).</summary>
public static class CourseStages
{
    public static readonly IReadOnlyList<string> Default = ["Kontakt og relation", "Udredning og indsatsplan", "Indsats og opfølgning", "Afslutning og overgang"];
}
