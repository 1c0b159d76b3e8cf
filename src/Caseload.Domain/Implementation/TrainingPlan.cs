using Caseload.Domain.Common;

namespace Caseload.Domain.Implementation;

/// <summary>A module of the training plan (bilag 1b): topic, content, when, for whom, how many hours, and which team members
/// attended. <see cref="Id"/> stays the same while the plan is edited.</summary>
public sealed record TrainingModule(Guid Id, string Topic, string? Content, string? Dates, string? Participants, decimal Hours, IReadOnlyList<string> Attended)
{
    public const int TopicMaxLength = 200;
    public const int TextMaxLength = 1000;
    public const decimal MaxHours = 500;

    /// <summary>A row with nothing in it is dropped; a filled row needs its topic and hours from 0 to 500; attendance only by
    /// members of <paramref name="members"/> (or those already recorded, so a member who leaves keeps their hours).</summary>
    public static TrainingModule? Clean(TrainingModule m, IReadOnlySet<string> members)
    {
        var topic = Text.Clean(m.Topic);
        if (topic is null && Text.Clean(m.Content) is null && Text.Clean(m.Dates) is null && m.Hours == 0 && m.Attended.Count == 0) return null;
        if (topic is null) throw new DomainException("Skriv emnet for hvert udfyldt modul (eller tøm rækken).", "Training");
        if (m.Hours is < 0 or > MaxHours) throw new DomainException($"Timerne for «{topic}» skal være mellem 0 og {MaxHours:0}.", "Training");
        if (m.Attended.FirstOrDefault(a => !members.Contains(a)) is not null) throw new DomainException("Fremmødet kan kun registreres for teamets medlemmer.", "Training");
        return m with
        {
            Id = m.Id == Guid.Empty ? Guid.NewGuid() : m.Id,
            Topic = Text.Required(topic, TopicMaxLength, "Training", "", "Emnet"),
            Content = Text.Optional(m.Content, TextMaxLength, "Training", $"Indholdet af «{topic}»"),
            Dates = Text.Optional(m.Dates, TopicMaxLength, "Training", $"Datoerne for «{topic}»"),
            Participants = Text.Optional(m.Participants, TopicMaxLength, "Training", $"Deltagerne i «{topic}»"),
            Attended = [.. m.Attended.Distinct()],
        };
    }

    /// <summary>Hours per team member: the sum of the modules they attended.</summary>
    public static IReadOnlyDictionary<string, decimal> HoursPerMember(IEnumerable<TrainingModule> modules)
        => modules.SelectMany(m => m.Attended.Select(a => (a, m.Hours))).GroupBy(x => x.a).ToDictionary(g => g.Key, g => g.Sum(x => x.Hours));
}
