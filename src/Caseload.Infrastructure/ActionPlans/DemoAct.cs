using Caseload.Application.Common.Time;
using Caseload.Domain.ActionPlans;
using Caseload.Domain.Contacts;
using Caseload.Domain.Courses;
using Caseload.Domain.Teams;
using Caseload.Infrastructure.Persistence;

namespace Caseload.Infrastructure.ActionPlans;

/// <summary>The ACT engine's demo: courses begun between three weeks and half a year ago (the action plan is among the
/// demo documents); the team's week — last week's team meeting held with minutes and a task, today's planned, and one
/// citizen in intensified support; and a team near DACTS fidelity — most contacts in the citizen's home or community, two
/// to three a week, often with a colleague along, the network now and then — so the results page has a story to tell.
/// Every date is relative to the clock, so the demo works at any hour and day.</summary>
internal sealed class DemoAct : Seeding.IDemoEngine
{
    public Method Method => Method.Act;
    public string TeamKey => "act";
    public string TeamName => "ACT-team Solbjerg";

    public DateOnly StartOn(int nth, int index, DateOnly today) => today.AddDays(-20 - (index * 7 % 150));

    private static readonly (string Note, string? Decisions)[] Reviews =
    [
        ("Stabil uge. Har betalt huslejen og kommer på værestedet.", "Fortsætter som aftalt."),
        ("Har aflyst to besøg. Svarer sjældent telefonen.", "Mette prøver hjemmebesøg sammen med Ole."),
        ("Akut forværring; sover dårligt og har brugt mere end før.", "Skærpet indsats drøftes; Sara tager kontakt til misbrugsbehandlingen."),
        ("Glad for den nye lejlighed. Ønsker hjælp til at søge job.", "Beskæftigelseskonsulent inviteres til næste besøg."),
        ("Indlagt siden sidst; forventes udskrevet inden for en uge.", "Ole følger op med afdelingen om udskrivning."),
        ("Deltog selv i mødet og fortalte om sine mål.", null),
    ];

    public void AddRows(CaseloadDbContext db, Team team, IReadOnlyList<(Course Course, string WorkerId)> courses, DateOnly today, DateTime now, string leaderId)
    {
        if (courses.Count == 0) return;
        var settings = new ActTeamSettings(team.Id);
        settings.Change(MeetingCadence.Weekly, ActTeamSettings.DefaultReviewEveryWeeks);
        db.ActTeamSettings.Add(settings);

        // Last week's meeting: every citizen reviewed, one task still open and one overdue (so today's agenda shows it).
        var last = today.AddDays(-7);
        DateTime HeldAt(int hour) => DanishTime.StartOfDayUtc(last).AddHours(hour);
        var workers = team.Members.Select(m => m.UserId).ToHashSet();
        var held = new TeamMeeting(team.Id, last, new TimeOnly(9, 30), "Mødelokalet, Solbjerg Sundhedshus", last.AddDays(-7));
        for (var i = 0; i < courses.Count; i++)
        {
            var (course, worker) = courses[i];
            var (note, decisions) = Reviews[i % Reviews.Length];
            // Owners: a worker, the citizen, a partner (issue #30 item 1); the citizen's and the partner's show on the primary worker's start page.
            (string, TaskOwnerKind, string?, string?, DateOnly)[] tasks = i switch
            {
                0 => [("Følg op på budgettet med borgeren", TaskOwnerKind.Worker, worker, null, today.AddDays(3)),
                      ("Ringe til lægen og bestille tid", TaskOwnerKind.Citizen, null, null, today.AddDays(4))],
                1 => [("Aftal fælles hjemmebesøg", TaskOwnerKind.Worker, worker, null, today.AddDays(-2)),
                      ("Indkalde til samtale om praktik", TaskOwnerKind.Partner, null, "Jobcenter Solbjerg", today.AddDays(6))],
                _ => [],
            };
            held.Review(course.CitizenId, note, decisions, citizenTookPart: i % Reviews.Length == 5, tasks, workers, worker, HeldAt(10).AddMinutes(i * 5), leaderId);
        }
        held.Close([.. workers], workers, [.. courses.Select(c => (c.Course.CitizenId, nameof(Application.ActionPlans.AgendaReason.Rotation)))], last, HeldAt(11), leaderId);
        db.TeamMeetings.Add(held);

        // Today's meeting, planned by the leader; its agenda is built from the data when it is opened.
        db.TeamMeetings.Add(new TeamMeeting(team.Id, today, new TimeOnly(13, 0), "Mødelokalet, Solbjerg Sundhedshus", today));

        // One citizen in intensified support since five days ago (an acute crisis), three contacts a week for four weeks.
        var (crisis, _) = courses[Math.Min(2, courses.Count - 1)];
        db.IntensifiedSupports.Add(new IntensifiedSupport(crisis.Id, crisis.CitizenId, team.Id, today.AddDays(-5), today.AddDays(23),
            IntensifiedReason.AcuteCrisis, 3, today));

        AddContactHistory(db, team, courses, now);
        AddVisits(db, team, courses, crisis.CitizenId, today);
    }

    /// <summary>A week of shared visits (ADR 0033) from this week's Monday to a week ahead, relative to the clock's today: the
    /// days gone hold the visits the contact log shows were made (held) and one that was not registered; from today on, each
    /// citizen's primary worker and now and then a colleague, and the citizen in intensified support every weekday.</summary>
    private static void AddVisits(CaseloadDbContext db, Team team, IReadOnlyList<(Course Course, string WorkerId)> courses, Guid crisis, DateOnly today)
    {
        var everyone = team.Members.Select(m => m.UserId).ToHashSet();
        // The peer worker has visits of his own below; the rotation of colleagues is the professionals'.
        var workers = team.Members.Where(m => m.Role == TeamRole.Member && m.Discipline != ActDisciplines.PeerWorker).Select(m => m.UserId).ToList();
        var peer = team.Members.Where(m => m.Discipline == ActDisciplines.PeerWorker).Select(m => m.UserId).FirstOrDefault();
        if (workers.Count == 0) return;
        var monday = Application.ActionPlans.VisitWeek.Of(today).Monday;
        var contacts = db.ContactLog.Local.Where(c => c.Achieved && Application.ActionPlans.VisitMatching.IsFaceToFace(c.Channel)).ToList();
        void Plan(Guid citizen, string worker, DateOnly day, TimeOnly at, VisitPlace place)
            => db.TeamVisits.Add(new TeamVisit(team.Id, citizen, worker, day, at, place, everyone, day < today ? day : today));
        var missed = false;
        for (var day = monday; day <= today.AddDays(7); day = day.AddDays(1))
        {
            if (day.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday) continue;
            for (var i = 0; i < courses.Count; i++)
            {
                var (course, primary) = courses[i];
                var citizen = course.CitizenId;
                if (day < today)
                {
                    // Days gone: the visits the contact log shows were made, and one that was planned but not registered.
                    var made = contacts.FirstOrDefault(c => c.CitizenId == citizen && DanishTime.DateOf(c.OccurredAt) == day && everyone.Contains(c.AuthorId));
                    if (made is not null)
                        Plan(citizen, made.AuthorId, day, new TimeOnly(DanishTime.ToLocal(made.OccurredAt).Hour, 0), Place(made.Channel));
                    else if (!missed && i == 1)
                    {
                        Plan(citizen, primary, day, new TimeOnly(11, 0), VisitPlace.Home);
                        missed = true;
                    }
                    continue;
                }
                var n = day.DayNumber + i;
                var colleague = workers[(workers.IndexOf(primary) + 1 + i) % workers.Count];
                if (citizen == crisis) Plan(citizen, n % 2 == 0 ? primary : colleague, day, new TimeOnly(9 + (n % 3), 0), VisitPlace.Home);
                else if (n % 3 == 0) Plan(citizen, primary, day, new TimeOnly(9 + (i % 6), 0), i % 4 == 3 ? VisitPlace.DropInCentre : VisitPlace.Home);
                if (citizen != crisis && n % 5 == 0 && colleague != primary) Plan(citizen, colleague, day, new TimeOnly(13 + (i % 3), 30), VisitPlace.Community);
            }
        }
        // The peer worker (medarbejder med brugerbaggrund): a walk with the citizen in intensified support today — so this week
        // has one whatever the day and hour — and on the next two weekdays, and a home visit with another citizen.
        if (peer is null) return;
        Plan(crisis, peer, today, new TimeOnly(15, 0), VisitPlace.Community);
        var next = Enumerable.Range(1, 7).Select(today.AddDays).Where(d => d.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday)).Take(2).ToList();
        Plan(crisis, peer, next[0], new TimeOnly(15, 0), VisitPlace.Community);
        Plan(courses.Select(c => c.Course.CitizenId).FirstOrDefault(c => c != crisis) is { } other && other != Guid.Empty ? other : crisis, peer, next[1],
            new TimeOnly(11, 0), VisitPlace.Home);
    }

    private static VisitPlace Place(ContactChannel channel) => channel switch
    {
        ContactChannel.DropInCentre => VisitPlace.DropInCentre,
        ContactChannel.OfficeMeeting => VisitPlace.Office,
        _ => VisitPlace.Home,
    };

    /// <summary>Contacts near DACTS fidelity since each course began (the results page's story).</summary>
    private static void AddContactHistory(CaseloadDbContext db, Team team, IReadOnlyList<(Course Course, string WorkerId)> courses, DateTime now)
    {
        var members = team.Members.Where(m => m.Role == TeamRole.Member).Select(m => m.UserId).ToList();
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
                if (roll < 0.55) db.ContactLog.Add(FaceToFace(course.CitizenId, day, workerId, members, random, now));
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
