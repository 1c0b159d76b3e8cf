using Caseload.Application.Common.Time;
using Caseload.Domain.Contacts;
using Caseload.Domain.Courses;
using Caseload.Domain.Teams;
using Caseload.Infrastructure.Persistence;

namespace Caseload.Infrastructure.ActionPlans;

/// <summary>The ACT engine's demo: courses begun between three weeks and half a year ago (the action plan is among the
/// demo documents), and a team near DACTS fidelity — most contacts in the citizen's home or community, two to three a
/// week, often with a colleague along, the network now and then — so the results page has a story to tell.</summary>
internal sealed class DemoAct : Seeding.IDemoEngine
{
    public Method Method => Method.Act;
    public string TeamKey => "act";
    public string TeamName => "ACT-team Solbjerg";

    public DateOnly StartOn(int nth, int index, DateOnly today) => today.AddDays(-20 - (index * 7 % 150));

    public void AddRows(CaseloadDbContext db, Team team, IReadOnlyList<(Course Course, string WorkerId)> courses, DateOnly today, DateTime now, string leaderId)
    {
        var workers = team.Members.Where(m => m.Role == TeamRole.Member).Select(m => m.UserId).ToList();
        var random = new Random(29); // fixed: the same demo every time
        foreach (var (course, workerId) in courses)
        {
            // The history ends before the seeder's last achieved contact, so the "last contact" stories stay as they are;
            // the citizen who was never contacted stays so.
            var seeded = db.ContactLog.Local.Where(c => c.CitizenId == course.CitizenId && c.Achieved).Select(c => c.OccurredAt).ToList();
            if (seeded.Count == 0) continue;
            var until = DanishTime.DateOf(seeded.Max());
            for (var day = course.StartDate.AddDays(1); day < until; day = day.AddDays(1))
            {
                if (day.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday) continue;
                var roll = random.NextDouble();
                if (roll < 0.55) db.ContactLog.Add(FaceToFace(course.CitizenId, day, workerId, workers, random, now));
                else if (roll < 0.7)
                    db.ContactLog.Add(new ContactLogEntry(course.CitizenId, At(day, 14, now), ContactChannel.Phone, achieved: true, null, null,
                        "Kort snak i telefonen.", workerId, now, durationMinutes: 10));
            }
        }
    }

    private static ContactLogEntry FaceToFace(Guid citizenId, DateOnly day, string workerId, List<string> workers, Random random, DateTime now)
    {
        var place = random.NextDouble();
        var channel = place < 0.55 ? ContactChannel.HomeVisit : place < 0.82 ? ContactChannel.DropInCentre : ContactChannel.OfficeMeeting;
        var colleague = random.NextDouble() < 0.45 ? workers.Where(w => w != workerId).OrderBy(_ => random.Next()).Take(1).ToList() : [];
        var network = random.NextDouble() < 0.15;
        return new ContactLogEntry(citizenId, At(day, 9 + random.Next(0, 6), now), channel, achieved: true,
            channel == ContactChannel.HomeVisit ? "Borgerens hjem" : null, network ? "Netværket deltog" : null,
            network ? "Møde med netværket om hverdagen." : "Besøg og samtale om ugen.", workerId, now,
            durationMinutes: 30 + (5 * random.Next(0, 13)), networkTookPart: network, workersPresent: colleague);
    }

    private static DateTime At(DateOnly day, int hour, DateTime now)
    {
        var at = DanishTime.StartOfDayUtc(day).AddHours(hour);
        return at > now ? now : at;
    }
}
