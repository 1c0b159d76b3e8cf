using Caseload.Application.Common;
using Caseload.Application.Common.Time;
using Caseload.Application.Security;
using Caseload.Domain.Common;
using Caseload.Domain.Outreach;
using Microsoft.EntityFrameworkCore;

namespace Caseload.Application.Outreach;

public sealed record StepEntry(DateOnly Date, string By, string Text);

public sealed record StepRow(int Number, string Title, IReadOnlyList<StepEntry> Entries)
{
    public bool Done => Entries.Count > 0;
}

/// <summary>A deadline as a page shows it: with the working days left (negative: working days late).</summary>
public sealed record DeadlineRow(OutreachDeadline Deadline, int WorkingDaysLeft, DateOnly Today)
{
    public bool IsOpen => Deadline.IsOpenOn(Today);
    public bool Overdue => IsOpen && Deadline.Due < Today;

    public string State => Deadline switch
    {
        { MetOn: { } met } when met <= Deadline.Due => $"Overholdt ({met:dd-MM-yyyy})",
        { MetOn: { } met } => $"Overskredet (opfyldt {met:dd-MM-yyyy})",
        { Lapsed: true } => "Ikke nået før afslutningen",
        _ when Deadline.WindowOpens is { } opens && Today < opens => $"Åbner {opens:dd-MM-yyyy}",
        _ when Deadline.Due < Today => OutreachTermNames.WorkingDaysDanish(WorkingDaysLeft, Deadline.Due, Today),
        _ when Deadline.Due == Today => "Frist i dag",
        _ => $"{OutreachTermNames.WorkingDaysDanish(WorkingDaysLeft)} tilbage",
    };
}

public sealed record AttemptRow(DateOnly Date, AttemptChannel Channel, AttemptOutcome Outcome, string? Note, string By);

public sealed record ConsentRow(Guid Id, string Information, IReadOnlyList<string> Parties, DateOnly GivenOn, DateOnly? ValidUntil,
    DateOnly? WithdrawnOn, bool ValidToday);

public sealed record OutreachCaseView(ScopedCitizen Citizen, Guid Version, string WorkerName, DateOnly AllocatedOn, Guid ReferralId,
    CoordinatingMeetingNeed CoordinatingMeeting, string? CaseworkerName, string? CaseworkerUnit, DateOnly? CaseworkerFrom,
    string? HandoverAgreement, DateOnly? HandoverOn, DateOnly? ClosedOn, OutreachClosureReason? ClosureReason, string? ClosureNote,
    IReadOnlyList<StepRow> Steps, IReadOnlyList<DeadlineRow> Deadlines, IReadOnlyList<AttemptRow> Attempts, IReadOnlyList<ConsentRow> Consents,
    bool NeedsContactAdvice, int FailedAttemptsInARow, DateOnly Today)
{
    public bool IsActive => ClosedOn is null;
    public bool MayChange => Citizen.MayChangeCourseWork;
    public bool HasFirstMeeting => Steps.First(s => s.Number == OutreachEvent.FirstMeeting.Step()).Done;
    public DeadlineRow? FollowUp => Deadlines.FirstOrDefault(d => d.Deadline.Kind == DeadlineKind.FollowUpAfterClosure);
    public IEnumerable<string> ValidParties => Consents.Where(c => c.ValidToday).SelectMany(c => c.Parties).Distinct(StringComparer.OrdinalIgnoreCase);
}

/// <summary>The citizen page's outreach summary: the running (or latest) case's state and its open deadlines.</summary>
public sealed record OutreachSummary(DateOnly AllocatedOn, DateOnly? ClosedOn, IReadOnlyList<DeadlineRow> OpenDeadlines);

public sealed record OutreachSection(IReadOnlyList<ReferralListRow> Referrals, OutreachSummary? Case);

/// <summary>Reads of the outreach engine: the course page and the citizen page's summary.</summary>
public sealed class OutreachQueries(IOutreachDbContext db, IUserDirectory users, IDanishClock clock, WorkingDayCalendar calendar)
{
    /// <summary>Two queries: the case and its events' dates.</summary>
    /// <summary>The citizen page's outreach section in one command: the referrals to the citizen's team, and the running case
    /// (or the latest closed one) with the events its open deadlines follow from.</summary>
    public async Task<OutreachSection> SectionAsync(ScopedCitizen citizen, CancellationToken ct = default)
    {
        var found = await db.Citizens.AsNoTracking().Where(z => z.Id == citizen.Id)
            .Select(z => new
            {
                Referrals = db.Referrals.Where(r => r.CitizenId == z.Id && r.TeamId == citizen.TeamId).OrderByDescending(r => r.ReceivedOn)
                    .Select(r => new ReferralListRow(r.Id, r.CitizenId, citizen.Name, r.ReceivedOn, r.Source, r.ReferrerName, r.Status, r.DecidedOn))
                    .ToList(),
                // All the citizen's cases in the team (a handful): "the first of" a case with its events would need SQL APPLY.
                Cases = db.OutreachCases.Where(x => x.CitizenId == z.Id && x.TeamId == citizen.TeamId)
                    .Select(x => new { x.AllocatedOn, x.CoordinatingMeeting, x.ClosedOn, Events = x.Events.Select(e => new { e.Event, e.Date }).ToList() })
                    .ToList(),
            })
            .FirstOrDefaultAsync(ct);
        if (found is null) return new OutreachSection([], null);
        var c = found.Cases.OrderBy(x => x.ClosedOn != null).ThenByDescending(x => x.AllocatedOn).FirstOrDefault();
        if (c is null) return new OutreachSection(found.Referrals, null);
        var today = clock.Today;
        var open = OutreachDeadlines.Compute(new OutreachDeadlines.Facts(c.AllocatedOn, c.CoordinatingMeeting, c.ClosedOn, [.. c.Events.Select(e => (e.Event, e.Date))]), calendar)
            .Where(d => d.IsOpenOn(today)).Select(d => new DeadlineRow(d, calendar.WorkingDaysLeft(today, d.Due), today)).ToList();
        return new OutreachSection(found.Referrals, new OutreachSummary(c.AllocatedOn, c.ClosedOn, open));
    }

    /// <summary>The citizen's running outreach case (or the latest closed one), or null.</summary>
    public async Task<OutreachCaseView?> CaseAsync(ScopedCitizen citizen, CancellationToken ct = default)
    {
        var found = await db.OutreachCases.AsNoTracking()
            .Where(c => c.CitizenId == citizen.Id && c.TeamId == citizen.TeamId)
            .Join(db.Courses, c => c.CourseId, k => k.Id, (c, k) => new { Case = c, Worker = k.PrimaryWorkerId })
            .Join(db.Referrals, x => x.Case.ReferralId, r => r.Id, (x, r) => new { x.Case, x.Worker, Referral = r })
            .OrderBy(x => x.Case.ClosedOn != null).ThenByDescending(x => x.Case.AllocatedOn)
            .FirstOrDefaultAsync(ct);
        if (found is null) return null;
        var (c, r) = (found.Case, found.Referral);
        var mine = db.OutreachCases.AsNoTracking().Where(x => x.Id == c.Id);
        var events = await mine.SelectMany(x => x.Events).OrderBy(e => e.Date).ThenBy(e => e.CreatedAt).ToListAsync(ct);
        var attempts = await mine.SelectMany(x => x.ContactAttempts).OrderByDescending(a => a.Date).ThenByDescending(a => a.CreatedAt).ToListAsync(ct);
        var consents = await mine.SelectMany(x => x.Consents).OrderBy(k => k.GivenOn).ToListAsync(ct);
        var names = await users.NamesAsync(events.Select(e => e.By).Concat(attempts.Select(a => a.By)).Append(r.DecidedBy)
            .Append(r.ScreenedBy).Append(c.ClosedBy).Append(found.Worker).OfType<string>().Distinct(), ct);
        string Name(string? id) => id is null ? "–" : names.GetValueOrDefault(id, "–");
        var today = clock.Today;

        var steps = Enumerable.Range(1, 14).Select(n => new List<StepEntry>()).ToList();
        steps[0].Add(new StepEntry(r.ReceivedOn, r.ReceivedBy, $"Fra {r.Source.Danish().ToLowerInvariant()}: {r.ReferrerName}."));
        if (r.ScreenedOn is { } screened)
            steps[1].Add(new StepEntry(screened, Name(r.ScreenedBy), r.PassedTo is null ? "Screeningsskema udfyldt." : $"Screeningsskema udfyldt; videregivet til {r.PassedTo}."));
        steps[2].Add(new StepEntry(c.AllocatedOn, Name(r.DecidedBy), $"Visiteret; fremskudt sagsbehandler: {Name(found.Worker)}."));
        foreach (var e in events)
            steps[e.Event.Step() - 1].Add(new StepEntry(e.Date, Name(e.By),
                e.Event.Danish() + (e.Party is null ? "" : $" — fra {e.Party}") + (e.Note is null ? "" : $": {e.Note}")));
        if (c.CaseworkerFrom is { } from)
            steps[7].Add(new StepEntry(from, "–", $"Ordinær sagsbehandler: {c.CaseworkerName} ({c.CaseworkerUnit})."));
        if (c.ClosedOn is { } closed)
            steps[13].Insert(0, new StepEntry(closed, Name(c.ClosedBy), $"Afsluttet: {c.ClosureReason!.Value.Danish()}."));
        var stepRows = steps.Select((entries, i) => new StepRow(i + 1, OutreachSteps.Title(i + 1), entries.OrderBy(x => x.Date).ToList())).ToList();

        var facts = new OutreachDeadlines.Facts(c.AllocatedOn, c.CoordinatingMeeting, c.ClosedOn, [.. events.Select(e => (e.Event, e.Date))]);
        var deadlines = OutreachDeadlines.Compute(facts, calendar)
            .Select(d => new DeadlineRow(d, calendar.WorkingDaysLeft(today, d.Due), today)).ToList();
        var failedInARow = attempts.TakeWhile(a => a.Outcome != AttemptOutcome.Reached).Count();
        var hasContact = events.Any(e => e.Event == OutreachEvent.FirstContact);

        return new OutreachCaseView(citizen, c.Version, Name(found.Worker), c.AllocatedOn, r.Id, c.CoordinatingMeeting, c.CaseworkerName,
            c.CaseworkerUnit, c.CaseworkerFrom, c.HandoverAgreement, c.HandoverOn, c.ClosedOn, c.ClosureReason, c.ClosureNote, stepRows, deadlines,
            attempts.Select(a => new AttemptRow(a.Date, a.Channel, a.Outcome, a.Note, Name(a.By))).ToList(),
            consents.Select(k => new ConsentRow(k.Id, k.Information, k.PartyList, k.GivenOn, k.ValidUntil, k.WithdrawnOn, k.IsValidOn(today))).ToList(),
            c.ClosedOn is null && OutreachCase.SuggestsNextSteps(hasContact, failedInARow), failedInARow, today);
    }
}
