namespace Caseload.Domain.Meetings;

/// <summary>Someone invited to the meeting: from the network map, the team or typed in. <see cref="SentApologies"/> = afbud.</summary>
public sealed record MeetingParticipant(Guid Id, string Name, string? Role, string? Email, string? Phone, bool SentApologies)
{
    public const int NameMaxLength = 150;
    public const int TextMaxLength = 150;
}

/// <summary>One point of the agenda (udrettedagsorden): topic and who is responsible, what we want to achieve, minutes
/// allotted; during or after the meeting the decision and who does what. <see cref="ProposedBy"/> marks an extra point
/// sent in by a participant (accepted until 4 days before the meeting).</summary>
public sealed record AgendaItem(Guid Id, string Topic, string? Responsible, string? Purpose, int? Minutes, string? Decision,
    string? WhoDoesWhat, string? ProposedBy)
{
    public const int TopicMaxLength = 200;
    public const int TextMaxLength = 2000;
    public const int MaxMinutes = 60;
}

/// <summary>The standard points of the udrettedagsorden (domain.md §4), in the template's order. The meeting's own points
/// go after point 4 (<see cref="OwnPointsFrom"/>).</summary>
public static class StandardAgenda
{
    public const string Chair = "Mødeleder";
    public const string MinuteTaker = "Referent";
    public const int OwnPointsFrom = 5;

    public static IReadOnlyList<AgendaItem> Items() =>
    [
        Item("Velkomst og præsentation af deltagerne", Chair, "Alle ved, hvem der er til stede og hvorfor.", 5),
        Item("Valg af referent", Chair, "En referent er valgt.", 2),
        Item("Formål med mødet", Chair, "Alle kender mødets formål og borgerens ønsker.", 5),
        Item("Status og opfølgning fra tidligere møder", Chair, "Vi ved, hvad der er sket siden sidst.", 10),
        Item("Opdatering af netværkskortet", Chair, "Netværkskortet er opdateret.", 5),
        Item("Eventuelt", Chair, null, 3),
        Item("Næste møde", Chair, "Dato, tid og sted for næste møde er aftalt.", 3),
        Item("Opsummering af aftalte opgaver og ansvarlige", MinuteTaker, "Alle ved, hvem der gør hvad og hvornår.", 5),
    ];

    private static AgendaItem Item(string topic, string? responsible, string? purpose, int? minutes)
        => new(Guid.Empty, topic, responsible, purpose, minutes, null, null, null);
}
