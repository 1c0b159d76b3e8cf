using Caseload.Application.Common;
using Caseload.Application.Common.Time;
using Caseload.Application.Security;
using Caseload.Domain.ActionPlans;
using Caseload.Domain.Courses;
using Caseload.Domain.Teams;
using FluentValidation;
using Microsoft.EntityFrameworkCore;

namespace Caseload.Application.ActionPlans;

/// <summary>The current period (not stopped, not past its end) of intensified support on the citizen's ACT course, and the achieved contacts in it so far
/// against the plan. <see cref="CourseId"/> null: the citizen has no active ACT course (nothing can be started).</summary>
public sealed record IntensifiedView(Guid? CourseId, IntensifiedPeriod? Current, SmsReminderView? Sms = null);

/// <summary>The ACT engine on the citizen page: the action plan's revision (0: not yet made) and intensified support.</summary>
public sealed record ActCitizenPage(int PlanRevision, IntensifiedView Intensified);

public sealed record IntensifiedPeriod(Guid Id, DateOnly StartOn, DateOnly EndOn, IntensifiedReason Reason, int PerWeek, int Achieved, int PlannedSoFar,
    int PlannedInAll);

/// <summary>Intensified support (skærpet indsats) on an ACT course: started and stopped by the citizen's workers or the team
/// leader; counted against the plan from the contact log's achieved contacts in the period.</summary>
public sealed class IntensifiedSupportService(IActDbContext db, IDanishClock clock, CommandRunner commands, IValidator<IntensifiedSupportInput> validator)
{
    public const string NotYoursMessage = "Kun borgerens medarbejdere og teamlederen kan ændre den skærpede indsats.";

    /// <summary>The ACT engine's part of the citizen page in one command: the action plan's revision and the intensified
    /// support (a second command only while a period runs, to count its achieved contacts).</summary>
    public async Task<ActCitizenPage> ForCitizenPageAsync(ScopedCitizen citizen, CancellationToken ct = default)
    {
        var today = clock.Today;
        var courses = ActCourses(citizen);
        var since = clock.UtcNow.AddDays(-SmsConsentService.LogDays);
        var row = await db.Citizens.AsNoTracking().Where(c => c.Id == citizen.Id)
            .Select(c => new
            {
                Revision = db.ActionPlans.Where(p => p.CitizenId == c.Id).Select(p => p.RevisionCount).FirstOrDefault(),
                CourseId = courses.Select(k => (Guid?)k.Id).FirstOrDefault(),
                // The running periods as a list (one, at most a few): "the first" of an entity here would be ROW_NUMBER() over
                // every course's periods in EF Core's SQL.
                Periods = db.IntensifiedSupports.Where(p => p.CitizenId == c.Id && courses.Any(k => k.Id == p.CourseId)
                    && p.StoppedOn == null && p.PlannedEndOn >= today).ToList(),
                // The SMS reminders' side (ADR 0038) in the same statement: the citizen page has a budget of commands.
                HasPhone = c.Phone != null && c.Phone != "",
                Consents = db.SmsConsents.Where(s => s.CitizenId == c.Id && s.WithdrawnOn == null)
                    .Select(s => new SmsConsentLine(s.Id, s.GivenOn, s.WithdrawnOn)).ToList(),
                Reminders = db.SmsReminders.Where(r => r.CitizenId == c.Id && r.ClaimedAt >= since)
                    .Select(r => new SmsReminderLine(r.Kind, r.ForDate, r.Status, r.ClaimedAt, r.DoneAt, r.Failure)).ToList(),
            })
            .FirstOrDefaultAsync(ct);
        if (row is null) return new ActCitizenPage(0, new IntensifiedView(null, null));
        var sms = row.CourseId is null ? null : SmsConsentService.View(true, row.Consents, row.HasPhone, row.Reminders);
        if (row.Periods.OrderBy(x => x.StartOn).FirstOrDefault() is not { } p) return new ActCitizenPage(row.Revision, new IntensifiedView(row.CourseId, null, sms));
        var through = p.EndOn < today ? p.EndOn : today;
        var from = DanishTime.StartOfDayUtc(p.StartOn);
        var until = DanishTime.StartOfDayUtc(through.AddDays(1));
        var achieved = await db.ContactLog.CountAsync(e => e.CitizenId == citizen.Id && e.Achieved && e.OccurredAt >= from && e.OccurredAt < until, ct);
        return new ActCitizenPage(row.Revision, new IntensifiedView(row.CourseId, new IntensifiedPeriod(p.Id, p.StartOn, p.EndOn, p.Reason,
            p.PlannedContactsPerWeek, achieved, IntensifiedSupport.PlannedContacts(p.PlannedContactsPerWeek, p.StartOn, through),
            IntensifiedSupport.PlannedContacts(p.PlannedContactsPerWeek, p.StartOn, p.EndOn)), sms));
    }

    public Task<Result> StartAsync(ScopedCitizen citizen, IntensifiedSupportInput input, CancellationToken ct = default)
        => commands.RunAsync(validator, input, async token =>
        {
            if (!citizen.MayChangeCourseWork) return Result.Forbidden(NotYoursMessage);
            var course = await ActCourses(citizen).Select(c => new { c.Id, c.TeamId }).FirstOrDefaultAsync(token);
            if (course is null) return Result.Fail("Borgeren har intet aktivt ACT-forløb.");
            var today = clock.Today;
            if (await db.IntensifiedSupports.AnyAsync(p => p.CourseId == course.Id && p.StoppedOn == null && p.PlannedEndOn >= today, token))
                return Result.Fail("Borgeren er allerede i skærpet indsats. Stop den nuværende periode først.");
            db.IntensifiedSupports.Add(new IntensifiedSupport(course.Id, citizen.Id, course.TeamId, input.StartOn!.Value, input.EndOn!.Value, input.Reason!.Value,
                input.ContactsPerWeek!.Value, today));
            return Result.Ok;
        }, ct);

    public Task<Result> StopAsync(ScopedCitizen citizen, Guid periodId, CancellationToken ct = default)
        => commands.RunAsync(async token =>
        {
            if (!citizen.MayChangeCourseWork) return Result.Forbidden(NotYoursMessage);
            var period = await db.IntensifiedSupports.FirstOrDefaultAsync(p => p.Id == periodId && p.CitizenId == citizen.Id, token);
            if (period is null) return Result.NotFound("Perioden findes ikke længere. Genindlæs siden.");
            period.Stop(clock.Today);
            return Result.Ok;
        }, ct);

    /// <summary>The citizen's active ACT course in their own team.</summary>
    private IQueryable<Course> ActCourses(ScopedCitizen citizen)
        => db.Courses.AsNoTracking().Where(c => c.CitizenId == citizen.Id && c.TeamId == citizen.TeamId && c.Status == CourseStatus.Active && c.Method == Method.Act);
}
