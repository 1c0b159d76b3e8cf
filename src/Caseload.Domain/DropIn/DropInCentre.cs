using System.Text.Json;
using Caseload.Domain.Auditing;
using Caseload.Domain.Common;

namespace Caseload.Domain.DropIn;

/// <summary>A fixed weekly presence of an outreach worker at the centre (domain.md §2.4: typically one day a week).</summary>
public sealed record Presence(Guid Id, DayOfWeek Day, TimeOnly From, TimeOnly To, string WorkerId, string Role);

/// <summary>A worker away from the centre (holiday, course), first and last day included.</summary>
public sealed record Absence(Guid Id, string WorkerId, DateOnly From, DateOnly To, string? Reason);

/// <summary>A session of a group activity held: the date and how many came (a count, never who).</summary>
public sealed record GroupSession(Guid Id, DateOnly Date, int Attendance, string? Note);

/// <summary>A group activity the centre runs with the outreach workers (e.g. an IT course, a health course), with its sessions.</summary>
public sealed record GroupActivity(Guid Id, string Name, string? Description, string? When, IReadOnlyList<GroupSession> Sessions)
{
    public int TotalAttendance => Sessions.Sum(s => s.Attendance);
    public double? AverageAttendance => Sessions.Count == 0 ? null : Sessions.Average(s => s.Attendance);
}

/// <summary>Who is at the centre on one day: the presences not cancelled by an absence, or none on a public holiday.</summary>
public sealed record ScheduleDay(DateOnly Date, bool PublicHoliday, IReadOnlyList<Presence> Present, IReadOnlyList<Presence> Away);

/// <summary>
/// A drop-in centre (værested, domain.md §2.4): where outreach workers (FS caseworker, substance-abuse worker, SKP) are
/// present at fixed times so citizens can find them; absences such as holidays are shown; the group activities the centre
/// runs with them, with sessions and attendance counts. The centre's cooperation agreement is kept with it as a partner.
/// </summary>
[AuditedAs(AuditNames.DropInCentre, "Værested")]
public class DropInCentre : Entity, IAudited
{
    public const int NameMaxLength = 150;
    public const int TextMaxLength = 300;
    public const int RoleMaxLength = 80;
    public const int MaxPresences = 40;
    public const int MaxAbsences = 200;
    public const int MaxActivities = 20;
    public const int MaxSessions = 200;
    public const int MaxAttendance = 500;

    private DropInCentre() { Name = string.Empty; PresencesJson = AbsencesJson = ActivitiesJson = "[]"; }

    public DropInCentre(string name, string? address, string? openingHours, bool confidentialRoom)
    {
        Name = string.Empty;
        PresencesJson = AbsencesJson = ActivitiesJson = "[]";
        Update(name, address, openingHours, confidentialRoom);
    }

    public string Name { get; private set; }
    public string? Address { get; private set; }
    public string? OpeningHours { get; private set; }
    /// <summary>A room where a citizen can talk in confidence (§2.4).</summary>
    public bool ConfidentialRoom { get; private set; }
    public string PresencesJson { get; private set; }
    public string AbsencesJson { get; private set; }

    public string ActivitiesJson { get; private set; }

    public IReadOnlyList<GroupActivity> Activities => JsonRows.Read<GroupActivity>(ActivitiesJson);
    public IReadOnlyList<Presence> Presences => JsonRows.Read<Presence>(PresencesJson);
    public IReadOnlyList<Absence> Absences => JsonRows.Read<Absence>(AbsencesJson);

    public void Update(string name, string? address, string? openingHours, bool confidentialRoom)
    {
        Name = Text.Required(name, NameMaxLength, nameof(Name), "Skriv værestedets navn.", "Navnet");
        Address = Text.Optional(address, TextMaxLength, nameof(Address), "Adressen");
        OpeningHours = Text.Optional(openingHours, TextMaxLength, nameof(OpeningHours), "Åbningstiderne");
        ConfidentialRoom = confidentialRoom;
    }

    /// <summary>The fixed weekly schedule. Blank rows are dropped; a filled row needs a worker from <paramref name="workers"/>,
    /// a role and a time that ends after it starts; one worker is not in two places of the same centre at once.</summary>
    public void SetSchedule(IEnumerable<Presence> presences, IReadOnlySet<string> workers)
    {
        var kept = new List<Presence>();
        foreach (var p in presences)
        {
            var role = Text.Clean(p.Role);
            if (string.IsNullOrEmpty(p.WorkerId) && role is null) continue;
            if (string.IsNullOrEmpty(p.WorkerId) || !workers.Contains(p.WorkerId)) throw new DomainException("Vælg medarbejderen i hver udfyldt række.", "Presences");
            if (role is null) throw new DomainException("Skriv medarbejderens rolle (fx fremskudt sagsbehandler, SKP).", "Presences");
            if (!Enum.IsDefined(p.Day)) throw new DomainException("Vælg en ugedag.", "Presences");
            if (p.To <= p.From) throw new DomainException($"Tiden skal slutte efter, den begynder ({Danish(p.Day)} {p.From:HH\\.mm}–{p.To:HH\\.mm}).", "Presences");
            var row = p with { Id = p.Id == Guid.Empty ? Guid.NewGuid() : p.Id, Role = Text.Required(role, RoleMaxLength, "Presences", "", "Rollen") };
            if (kept.Any(k => k.WorkerId == row.WorkerId && k.Day == row.Day && k.From < row.To && row.From < k.To))
                throw new DomainException($"Den samme medarbejder står to gange {Danish(row.Day).ToLowerInvariant()} på overlappende tider.", "Presences");
            kept.Add(row);
        }
        if (kept.Count > MaxPresences) throw new DomainException($"Et værested kan højst have {MaxPresences} faste tider.", "Presences");
        PresencesJson = JsonSerializer.Serialize(kept.OrderBy(k => ((int)k.Day + 6) % 7).ThenBy(k => k.From));
    }

    /// <summary>A worker away (holiday, course): from and to included, to no earlier than from.</summary>
    public void AddAbsence(string workerId, DateOnly from, DateOnly to, string? reason, IReadOnlySet<string> workers)
    {
        if (!workers.Contains(workerId)) throw new DomainException("Vælg medarbejderen.", "Absence");
        if (to < from) throw new DomainException("Fraværet kan ikke slutte, før det begynder.", "Absence");
        var absences = JsonRows.Read<Absence>(AbsencesJson);
        if (absences.Count >= MaxAbsences) throw new DomainException("Slet gamle fravær først.", "Absence");
        absences.Add(new Absence(Guid.NewGuid(), workerId, from, to, Text.Optional(reason, RoleMaxLength, "Absence", "Årsagen")));
        AbsencesJson = JsonSerializer.Serialize(absences.OrderBy(a => a.From));
    }

    public void RemoveAbsence(Guid id)
    {
        var absences = JsonRows.Read<Absence>(AbsencesJson);
        if (absences.RemoveAll(a => a.Id == id) == 0) throw new DomainException("Fraværet findes ikke længere. Genindlæs siden.", "Absence");
        AbsencesJson = JsonSerializer.Serialize(absences);
    }

    /// <summary>Adds a group activity (name required); its sessions are added one by one as they are held.</summary>
    public GroupActivity AddActivity(string? name, string? description, string? when)
    {
        var activities = JsonRows.Read<GroupActivity>(ActivitiesJson);
        if (activities.Count >= MaxActivities) throw new DomainException($"Et værested kan højst have {MaxActivities} gruppeaktiviteter.", "Activity");
        var clean = Text.Required(name, NameMaxLength, "Activity", "Skriv aktivitetens navn (fx IT-kursus).", "Navnet");
        if (activities.Any(a => string.Equals(a.Name, clean, StringComparison.OrdinalIgnoreCase)))
            throw new DomainException($"Værestedet har allerede en aktivitet, der hedder «{clean}».", "Activity");
        var activity = new GroupActivity(Guid.NewGuid(), clean, Text.Optional(description, TextMaxLength, "Activity", "Beskrivelsen"),
            Text.Optional(when, RoleMaxLength, "Activity", "Tidspunktet"), []);
        activities.Add(activity);
        ActivitiesJson = JsonSerializer.Serialize(activities);
        return activity;
    }

    /// <summary>Records a session held: a date no later than today and the number who came (0–500).</summary>
    public void AddSession(Guid activityId, DateOnly? date, int? attendance, string? note, DateOnly today)
    {
        var activities = JsonRows.Read<GroupActivity>(ActivitiesJson);
        var i = activities.FindIndex(a => a.Id == activityId);
        if (i < 0) throw new DomainException("Aktiviteten findes ikke længere. Genindlæs siden.", "Session");
        if (date is null) throw new DomainException("Angiv datoen for gangen.", "Session");
        if (date > today) throw new DomainException("Fremmødet kan først registreres, når gangen er holdt.", "Session");
        if (attendance is null or < 0 or > MaxAttendance) throw new DomainException($"Skriv hvor mange der kom (0–{MaxAttendance}).", "Session");
        var a = activities[i];
        if (a.Sessions.Count >= MaxSessions) throw new DomainException($"En aktivitet kan højst have {MaxSessions} gange registreret.", "Session");
        activities[i] = a with { Sessions = [.. a.Sessions.Append(new GroupSession(Guid.NewGuid(), date.Value, attendance.Value,
            Text.Optional(note, RoleMaxLength, "Session", "Bemærkningen"))).OrderBy(s => s.Date)] };
        ActivitiesJson = JsonSerializer.Serialize(activities);
    }

    public void RemoveSession(Guid activityId, Guid sessionId)
    {
        var activities = JsonRows.Read<GroupActivity>(ActivitiesJson);
        var i = activities.FindIndex(a => a.Id == activityId);
        if (i < 0 || activities[i].Sessions.All(s => s.Id != sessionId)) throw new DomainException("Gangen findes ikke længere. Genindlæs siden.", "Session");
        activities[i] = activities[i] with { Sessions = [.. activities[i].Sessions.Where(s => s.Id != sessionId)] };
        ActivitiesJson = JsonSerializer.Serialize(activities);
    }

    /// <summary>Who is here on each of <paramref name="days"/> days from <paramref name="from"/>: on a public holiday nobody
    /// (the outreach workers are off), otherwise the day's fixed presences less those whose worker is away that day.</summary>
    public IReadOnlyList<ScheduleDay> Schedule(DateOnly from, int days)
    {
        var presences = Presences;
        var absences = Absences;
        return [.. Enumerable.Range(0, days).Select(i =>
        {
            var date = from.AddDays(i);
            var today = presences.Where(p => p.Day == date.DayOfWeek).ToList();
            if (WorkingDayCalendar.IsPublicHoliday(date)) return new ScheduleDay(date, true, [], today);
            var away = today.Where(p => absences.Any(a => a.WorkerId == p.WorkerId && a.From <= date && date <= a.To)).ToList();
            return new ScheduleDay(date, false, [.. today.Except(away)], away);
        })];
    }

    public static string Danish(DayOfWeek day) => day switch
    {
        DayOfWeek.Monday => "Mandag", DayOfWeek.Tuesday => "Tirsdag", DayOfWeek.Wednesday => "Onsdag", DayOfWeek.Thursday => "Torsdag",
        DayOfWeek.Friday => "Fredag", DayOfWeek.Saturday => "Lørdag", _ => "Søndag",
    };
}
