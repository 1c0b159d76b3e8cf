using Caseload.Application.Common;
using Caseload.Application.Common.Time;
using Caseload.Application.Security;
using Caseload.Domain.ActionPlans;
using Caseload.Domain.Courses;
using Caseload.Domain.Teams;
using Microsoft.EntityFrameworkCore;

namespace Caseload.Application.ActionPlans;

/// <summary>What one run of the reminder job did.</summary>
public sealed record SmsRunSummary(DateOnly? DueDate, int Sent, int Failed, int AlreadyClaimed);

/// <summary>
/// SMS reminders to citizens the day before a planned visit (issue #30 item 4, ADR 0038). Only with a valid consent to SMS
/// reminders and a phone number, and only for a citizen still on an active course in the visit's team. Each reminder is sent
/// at most once: before sending, the run claims one row per (visit, citizen) through the command path; a unique key makes the
/// second claim — another run, another instance — fail, and that run sends nothing. A citizen with several visits on one day
/// gets one text with the times. The text names no one and nothing but the time and the team.
/// </summary>
public sealed class SmsReminderService(IActDbContext db, IDanishClock clock, CommandRunner commands, ISmsSender sms)
{
    public const string UnusablePhone = "Telefonnummeret kan ikke bruges til SMS.";

    public async Task<SmsRunSummary> SendDueAsync(TimeOnly sendFrom, TimeOnly sendUntil, CancellationToken ct = default)
    {
        var now = clock.UtcNow;
        if (SmsReminderRules.DueDate(DanishTime.ToLocal(now), sendFrom, sendUntil) is not { } due) return new SmsRunSummary(null, 0, 0, 0);
        var today = clock.Today;
        var visits = await db.TeamVisits.AsNoTracking()
            .Where(v => v.Date == due && v.CancelledAt == null)
            .Where(v => db.Courses.Any(c => c.CitizenId == v.CitizenId && c.TeamId == v.TeamId && c.Status == CourseStatus.Active && c.Method == Method.Act))
            .Where(v => db.SmsConsents.Any(c => c.CitizenId == v.CitizenId && c.GivenOn <= today && (c.WithdrawnOn == null || c.WithdrawnOn > today)))
            .Where(v => !db.SmsReminders.Any(r => r.Kind == SmsReminderKind.Visit && r.SubjectId == v.Id && r.CitizenId == v.CitizenId))
            .Join(db.Citizens.Where(c => c.Phone != null && c.Phone != ""), v => v.CitizenId, c => c.Id, (v, c) => new Candidate(SmsReminderKind.Visit, v.Id, v.CitizenId, v.TeamId, v.StartsAt, c.Phone))
            .ToListAsync(ct);
        // Team meetings the citizen is invited to take part in (not yet closed).
        var meetings = await db.TeamMeetingItems.AsNoTracking()
            .Where(i => i.CitizenInvited)
            .Join(db.TeamMeetings.Where(m => m.Date == due && m.ClosedAt == null), i => i.MeetingId, m => m.Id, (i, m) => new { i.CitizenId, m.Id, m.TeamId, m.StartsAt })
            .Where(x => db.Courses.Any(c => c.CitizenId == x.CitizenId && c.TeamId == x.TeamId && c.Status == CourseStatus.Active && c.Method == Method.Act))
            .Where(x => db.SmsConsents.Any(c => c.CitizenId == x.CitizenId && c.GivenOn <= today && (c.WithdrawnOn == null || c.WithdrawnOn > today)))
            .Where(x => !db.SmsReminders.Any(r => r.Kind == SmsReminderKind.TeamMeeting && r.SubjectId == x.Id && r.CitizenId == x.CitizenId))
            .Join(db.Citizens.Where(c => c.Phone != null && c.Phone != ""), x => x.CitizenId, c => c.Id, (x, c) => new Candidate(SmsReminderKind.TeamMeeting, x.Id, x.CitizenId, x.TeamId, x.StartsAt, c.Phone))
            .ToListAsync(ct);

        int sent = 0, failed = 0, claimedElsewhere = 0;
        foreach (var citizen in visits.Concat(meetings).GroupBy(v => (v.CitizenId, v.Kind)))
        {
            var claims = citizen.Select(v => new SmsReminder(v.Kind, v.SubjectId, v.CitizenId, v.TeamId, due, now)).ToList();
            var claimed = await commands.RunAsync(token =>
            {
                db.SmsReminders.AddRange(claims);
                return Task.FromResult(Result.Ok);
            }, ct);
            if (!claimed.Succeeded)
            {
                claimedElsewhere++;
                continue;
            }

            string? failure = null;
            if (SmsNumbers.Normalize(citizen.First().Phone) is not { } phone) failure = UnusablePhone;
            else
            {
                var times = citizen.Select(v => v.StartsAt).Distinct().Order().ToList();
                try
                {
                    await sms.SendAsync(phone, SmsReminderRules.Text(citizen.Key.Kind, times), ct);
                }
                catch (SmsSendException e)
                {
                    failure = e.Message;
                }
            }
            var ids = claims.Select(c => c.Id).ToList();
            var doneAt = clock.UtcNow;
            await commands.RunAsync(async token =>
            {
                foreach (var row in await db.SmsReminders.Where(r => ids.Contains(r.Id)).ToListAsync(token))
                {
                    if (failure is null) row.MarkSent(doneAt);
                    else row.MarkFailed(doneAt, failure);
                }
                return Result.Ok;
            }, CancellationToken.None); // once sent, the log must say so even when the host is stopping
            if (failure is null) sent++;
            else failed++;
        }
        return new SmsRunSummary(due, sent, failed, claimedElsewhere);
    }

    private sealed record Candidate(SmsReminderKind Kind, Guid SubjectId, Guid CitizenId, Guid TeamId, TimeOnly StartsAt, string? Phone);
}

/// <summary>The citizen's SMS consent and the reminders sent or failed, for the ACT section of the citizen page.</summary>
public sealed record SmsReminderView(bool HasActCourse, SmsConsentLine? Consent, bool HasPhone, IReadOnlyList<SmsReminderLine> Reminders);

public sealed record SmsConsentLine(Guid Id, DateOnly GivenOn, DateOnly? WithdrawnOn);

public sealed record SmsReminderLine(SmsReminderKind Kind, DateOnly ForDate, SmsReminderStatus Status, DateTime ClaimedAt, DateTime? DoneAt, string? Failure);

/// <summary>The citizen's consent to SMS reminders: given and withdrawn by the citizen's workers or the team leader.</summary>
public sealed class SmsConsentService(IActDbContext db, IDanishClock clock, CommandRunner commands)
{
    public const int LogLength = 10;
    /// <summary>How far back the citizen page lists reminders.</summary>
    public const int LogDays = 60;
    public const string NotYoursMessage = "Kun borgerens medarbejdere og teamlederen kan ændre samtykket til SMS-påmindelser.";

    /// <summary>The consent, the phone and the latest reminders (read with intensified support in one statement, see
    /// <see cref="IntensifiedSupportService.ForCitizenPageAsync"/>): one line per text, the newest first.</summary>
    public static SmsReminderView View(bool hasActCourse, IReadOnlyList<SmsConsentLine> consents, bool hasPhone, IReadOnlyList<SmsReminderLine> reminders)
        => new(hasActCourse, consents.OrderByDescending(c => c.GivenOn).FirstOrDefault(), hasPhone,
            [.. reminders.OrderByDescending(r => r.ClaimedAt).Distinct().Take(LogLength)]);

    public Task<Result> GiveAsync(ScopedCitizen citizen, DateOnly? givenOn, CancellationToken ct = default)
        => commands.RunAsync(async token =>
        {
            if (!citizen.MayChangeCourseWork) return Result.Forbidden(NotYoursMessage);
            if (givenOn is null) return Result.Fail("Angiv hvornår samtykket er givet.", "GivenOn");
            if (await db.SmsConsents.AnyAsync(s => s.CitizenId == citizen.Id && s.WithdrawnOn == null, token))
                return Result.Fail("Borgeren har allerede givet samtykke til SMS-påmindelser.");
            db.SmsConsents.Add(new SmsConsent(citizen.Id, givenOn.Value, clock.Today));
            return Result.Ok;
        }, ct);

    public Task<Result> WithdrawAsync(ScopedCitizen citizen, Guid consentId, CancellationToken ct = default)
        => commands.RunAsync(async token =>
        {
            if (!citizen.MayChangeCourseWork) return Result.Forbidden(NotYoursMessage);
            var consent = await db.SmsConsents.FirstOrDefaultAsync(s => s.Id == consentId && s.CitizenId == citizen.Id, token);
            if (consent is null) return Result.NotFound("Samtykket findes ikke længere. Genindlæs siden.");
            consent.Withdraw(clock.Today);
            return Result.Ok;
        }, ct);
}
