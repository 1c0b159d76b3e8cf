using Caseload.Domain.DropIn;

namespace Caseload.Infrastructure.Seeding;

/// <summary>Two demo drop-in centres with the outreach workers' fixed weekly presence and one holiday next week,
/// and their group activities with attendance.</summary>
internal static class DemoDropIn
{
    public static IEnumerable<DropInCentre> Build(DateOnly today, string fs1, string fs2, string act1)
    {
        var workers = new HashSet<string> { fs1, fs2, act1 };
        var lyset = new DropInCentre("Værestedet Lyset", "Havnegade 12, 8000 Solbjerg", "man–fre 9–15", confidentialRoom: true);
        lyset.SetSchedule(
        [
            new Presence(Guid.Empty, DayOfWeek.Tuesday, new TimeOnly(10, 0), new TimeOnly(13, 0), fs1, "Fremskudt sagsbehandler"),
            new Presence(Guid.Empty, DayOfWeek.Thursday, new TimeOnly(11, 0), new TimeOnly(14, 0), act1, "Støtte- og kontaktperson (SKP)"),
        ], workers);
        var nextMonday = today.AddDays(7 - (((int)today.DayOfWeek + 6) % 7));
        lyset.AddAbsence(fs1, nextMonday, nextMonday.AddDays(4), "Ferie", workers);
        var cafe = new DropInCentre("Café Solsiden", "Torvet 3, 8000 Solbjerg", "tir–lør 10–16", confidentialRoom: false);
        cafe.SetSchedule(
        [
            new Presence(Guid.Empty, DayOfWeek.Wednesday, new TimeOnly(12, 0), new TimeOnly(15, 0), fs2, "Fremskudt sagsbehandler"),
            new Presence(Guid.Empty, DayOfWeek.Friday, new TimeOnly(10, 0), new TimeOnly(12, 0), fs2, "Fremskudt sagsbehandler"),
        ], workers);
        // Group activities: sessions lie 1–3 weeks back, so they are always "held" whatever the day.
        var it = lyset.AddActivity("IT-kursus", "Mail, MitID og digital post — i små hold med en fremskudt medarbejder.", "tirsdage kl. 13–14");
        lyset.AddSession(it.Id, today.AddDays(-21), 4, null, today);
        lyset.AddSession(it.Id, today.AddDays(-14), 6, null, today);
        lyset.AddSession(it.Id, today.AddDays(-7), 5, "To nye deltagere", today);
        var health = cafe.AddActivity("Sundhedskursus", "Mad, søvn og motion — med sygeplejersken fra ACT-teamet.", "onsdage i lige uger");
        cafe.AddSession(health.Id, today.AddDays(-10), 3, null, today);
        return [lyset, cafe];
    }
}
