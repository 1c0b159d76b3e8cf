using Caseload.Application.Common.Time;
using Caseload.Domain.Meetings;

namespace Caseload.Infrastructure.Seeding;

/// <summary>Demo coordinating meetings for one outreach citizen: one held 3 days ago with its minutes sent and tasks (one
/// overdue, one ahead, one done), and one ahead with its invitation sent. Every date follows today, every time lies in the past.</summary>
internal static class DemoMeetings
{
    public static IEnumerable<CoordinatingMeeting> Build(Guid citizenId, Guid teamId, string citizenName, string worker, string colleague, DateOnly today)
    {
        var team = new HashSet<string> { worker, colleague };
        var held = today.AddDays(-3);
        var past = New(citizenId, teamId, worker, citizenName, held, held.AddDays(-7),
        [
            Point("Velkomst og præsentation af deltagerne", StandardAgenda.Chair, 5, null),
            Point("Valg af referent", StandardAgenda.Chair, 2, "Jobkonsulenten tager referat."),
            Point("Formål med mødet", StandardAgenda.Chair, 5, "At samle indsatsen om bolig og økonomi."),
            Point("Huslejerestancen", "Boligselskabet", 15, "Afdragsordning på 500 kr. om måneden. Sagsbehandleren søger om hjælp til restancen."),
            Point("Kontakt til egen læge", citizenName, 10, "Borgeren bestiller selv tid; FS tager med, hvis borgeren ønsker det."),
            Point("Næste møde", StandardAgenda.Chair, 3, "Om ca. fire uger."),
            Point("Opsummering af aftalte opgaver og ansvarlige", StandardAgenda.MinuteTaker, 5, null),
        ]);
        past.MarkInvitationSent(DanishTime.StartOfDayUtc(held.AddDays(-7)).AddHours(10), held.AddDays(-7));
        past.SetTasks(
        [
            new MeetingTaskRow(Guid.Empty, "Søg om hjælp til huslejerestancen", worker, held.AddDays(1), 4, false),
            new MeetingTaskRow(Guid.Empty, "Følg op på lægetiden med borgeren", worker, today.AddDays(5), 5, false),
            new MeetingTaskRow(Guid.Empty, "Send afdragsordningen til borgeren", colleague, held, 4, true),
        ], team, held);
        past.MarkMinutesSent(DanishTime.StartOfDayUtc(today.AddDays(-1)).AddHours(13), today.AddDays(-1));
        yield return past;

        var ahead = today.AddDays(10);
        var next = New(citizenId, teamId, worker, citizenName, ahead, today,
        [
            Point("Velkomst og præsentation af deltagerne", StandardAgenda.Chair, 5, null),
            Point("Status og opfølgning fra tidligere møder", StandardAgenda.Chair, 10, null),
            new AgendaItem(Guid.Empty, "Fritidsjob", "Jobkonsulenten", "Afklare om et fritidsjob er realistisk.", 10, null, null, "Mads Holm, Jobcenter Solbjerg"),
            Point("Opsummering af aftalte opgaver og ansvarlige", StandardAgenda.MinuteTaker, 5, null),
        ]);
        next.MarkInvitationSent(DanishTime.StartOfDayUtc(today.AddDays(-1)).AddHours(9), today.AddDays(-1));
        yield return next;
    }

    private static CoordinatingMeeting New(Guid citizenId, Guid teamId, string worker, string citizenName, DateOnly date, DateOnly plannedOn, AgendaItem[] agenda)
    {
        var m = new CoordinatingMeeting(citizenId, teamId);
        m.Update(new MeetingDetails(date, new TimeOnly(10, 0), new TimeOnly(11, 0), "Borgerservice, mødelokale 2", worker, "86 12 34 56",
                "Mads Holm", "86 11 22 33", "mads.holm@jobcenter.example", "Egen bolig", null),
            [
                new MeetingParticipant(Guid.Empty, citizenName, "Borger", null, null, false),
                new MeetingParticipant(Guid.Empty, "Mads Holm", "Jobkonsulent, Jobcenter Solbjerg", "mads.holm@jobcenter.example", "86 11 22 33", false),
                new MeetingParticipant(Guid.Empty, "Per Vang", "Vicevært, Boligselskabet Solhaven", "per.vang@solhaven.example", "70 10 20 30", false),
                new MeetingParticipant(Guid.Empty, "Anne Due", "Egen læge", "anne.due@laege.example", null, true),
            ],
            agenda, plannedOn);
        return m;
    }

    /// <summary>A coordinating meeting a week ahead for the demo citizen of /mig (issue #34): the citizen sees it under "Dine næste
    /// møder og besøg". Its date follows today, so the page shows it at any hour on any day.</summary>
    public static CoordinatingMeeting Ahead(Guid citizenId, Guid teamId, string citizenName, string worker, DateOnly today)
    {
        var m = new CoordinatingMeeting(citizenId, teamId);
        m.Update(new MeetingDetails(today.AddDays(7), new TimeOnly(13, 0), new TimeOnly(14, 0), "Solbjerg Sundhedshus, mødelokale 1", worker, "86 12 34 56",
                null, null, null, "Egen bolig", null),
            [
                new MeetingParticipant(Guid.Empty, citizenName, "Borger", null, null, false),
                new MeetingParticipant(Guid.Empty, "Per Vang", "Vicevært, Boligselskabet Solhaven", "per.vang@solhaven.example", "70 10 20 30", false),
                new MeetingParticipant(Guid.Empty, "Lene Kristensen", "Søster", null, "22 33 44 55", false),
            ],
            [
                Point("Velkomst og præsentation af deltagerne", StandardAgenda.Chair, 5, null),
                Point("Huslejen og afdragsordningen", "Boligselskabet", 15, null),
                Point("Opsummering af aftalte opgaver og ansvarlige", StandardAgenda.MinuteTaker, 5, null),
            ], today);
        return m;
    }

    private static AgendaItem Point(string topic, string? responsible, int minutes, string? decision)
        => new(Guid.Empty, topic, responsible, null, minutes, decision, null, null);
}
