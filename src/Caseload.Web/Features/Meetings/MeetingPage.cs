using Caseload.Application.Meetings;
using Caseload.Web.Features.Shared;

namespace Caseload.Web.Features.Meetings;

/// <summary>The meeting form, and after a conflicting save the differences from the saved version.</summary>
public sealed record MeetingPage(MeetingView Meeting, ConflictPanelModel? Conflict = null)
{
    public static IEnumerable<DocumentField> Fields(MeetingInput i, IReadOnlyDictionary<string, string> team)
    {
        yield return new("Date", "Dato", DocumentText.Date(i.Date));
        yield return new("Time", "Tid", i.StartsAt is { } s && i.EndsAt is { } e ? $"{s:HH\\.mm}–{e:HH\\.mm}" : null);
        yield return new("Place", "Sted", i.Place);
        yield return new("ChairId", "Mødeleder", i.ChairId is null ? null : team.GetValueOrDefault(i.ChairId, i.ChairId));
        yield return new("ChairPhone", "Mødelederens telefon", i.ChairPhone);
        yield return new("MinuteTaker", "Referent", string.Join(", ", new[] { i.MinuteTakerName, i.MinuteTakerPhone, i.MinuteTakerEmail }.Where(x => !string.IsNullOrWhiteSpace(x))));
        yield return new("CitizenWhereabouts", "Nuværende opholdssted", i.CitizenWhereabouts);
        yield return new("CitizenEmail", "Borgerens e-mail", i.CitizenEmail);
        yield return new("Participants", "Deltagere", string.Join("\n", i.Participants.Where(p => !string.IsNullOrWhiteSpace(p.Name))
            .Select(p => p.Name + (p.Role is null ? "" : $" ({p.Role})") + (p.Email is null ? "" : $", {p.Email}") + (p.SentApologies ? " — afbud" : ""))));
        for (var k = 0; k < i.Agenda.Count; k++)
        {
            var a = i.Agenda[k];
            var key = DocumentText.RowKey(a.Id, k);
            var stem = $"Punkt «{DocumentText.Brief(a.Topic)}»";
            yield return new(key + "Topic", $"{stem}: emne og ansvarlig", string.IsNullOrWhiteSpace(a.Topic) ? null : $"{a.Topic} ({a.Responsible}, {a.Minutes} min.)");
            yield return new(key + "Purpose", $"{stem}: hvad vil vi opnå", a.Purpose);
            yield return new(key + "Decision", $"{stem}: beslutning", a.Decision);
            yield return new(key + "WhoDoesWhat", $"{stem}: hvem gør hvad", a.WhoDoesWhat);
        }
        for (var k = 0; k < i.Tasks.Count; k++)
        {
            var t = i.Tasks[k];
            if (string.IsNullOrWhiteSpace(t.Description)) continue;
            yield return new(DocumentText.RowKey(t.Id, k) + "Task", $"Opgave «{DocumentText.Brief(t.Description)}»",
                $"{t.Description} — {(t.OwnerId is null ? "ingen ansvarlig" : team.GetValueOrDefault(t.OwnerId, "?"))}, frist {DocumentText.Date(t.DueOn)}{(t.Done ? ", udført" : "")}");
        }
    }
}
