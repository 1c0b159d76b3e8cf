using Caseload.Domain.CourseEvents;
using Caseload.Domain.Courses;
using Caseload.Domain.Cti;
using Caseload.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Caseload.Web.Tests.Engines;

/// <summary>The backfilled course event log against the rows it was made from: one event per source row, per type.</summary>
internal static class BackfillComparison
{
    public static async Task<bool> AssertOneEventPerSourceRowAsync(CaseloadDbContext db)
    {
        Task<int> Events(string type) => db.CourseEvents.CountAsync(e => e.Type == type);
        (await Events(CourseEventTypes.CourseStarted)).ShouldBe(await db.Courses.CountAsync());
        (await Events(CourseEventTypes.CourseClosed)).ShouldBe(await db.Courses.CountAsync(c => c.Status == CourseStatus.Closed));
        (await Events(CourseEventTypes.CourseReassigned)).ShouldBe(await db.Courses.SelectMany(c => c.Assignments).CountAsync(a => a.FromWorkerId != null));
        (await Events(CourseEventTypes.ContactAchieved) + await Events(CourseEventTypes.ContactAttempted))
            .ShouldBe(await db.ContactLog.CountAsync() + await db.OutreachCases.SelectMany(c => c.ContactAttempts).CountAsync());
        (await Events(CourseEventTypes.ContactAchieved)).ShouldBe(await db.ContactLog.CountAsync(c => c.Achieved)
            + await db.OutreachCases.SelectMany(c => c.ContactAttempts).CountAsync(a => a.Outcome == Domain.Outreach.AttemptOutcome.Reached));
        (await Events(CourseEventTypes.CtiPhaseEntered)).ShouldBe(await db.CtiTransitions.CountAsync(t =>
            t.Kind == CtiTransitionKind.StartPhase1 || t.Kind == CtiTransitionKind.IntoPhase2 || t.Kind == CtiTransitionKind.IntoPhase3));
        (await Events(CourseEventTypes.CtiEnded)).ShouldBe(await db.CtiTransitions.CountAsync(t =>
            t.Kind == CtiTransitionKind.Complete || t.Kind == CtiTransitionKind.Interrupt));
        (await Events(CourseEventTypes.MeasurementTaken)).ShouldBe(await db.CtiMeasurements.CountAsync());
        (await Events(CourseEventTypes.OutreachStepDone)).ShouldBe(await db.OutreachEvents.CountAsync());
        (await Events(CourseEventTypes.ReferralReceived)).ShouldBe(await db.Referrals.CountAsync());
        (await Events(CourseEventTypes.ReferralDecided)).ShouldBe(await db.Referrals.CountAsync(r => r.DecidedOn != null));
        (await Events(CourseEventTypes.ConsentGiven)).ShouldBe(await db.OutreachCases.SelectMany(c => c.Consents).CountAsync());
        (await db.CourseEvents.CountAsync(e => e.Type == CourseEventTypes.DocumentSaved && e.Code == "network-map"))
            .ShouldBe(await db.NetworkMapVersions.CountAsync());
        (await db.CourseEvents.CountAsync(e => e.Type == CourseEventTypes.DocumentSaved && e.Code == "action-plan"))
            .ShouldBe(await db.ActionPlanRevisions.CountAsync());
        (await Events(CourseEventTypes.ActCitizenReviewed)).ShouldBe(await db.TeamMeetingItems.CountAsync(i => i.ReviewedAt != null));
        (await Events(CourseEventTypes.ActIntensifiedStarted)).ShouldBe(await db.IntensifiedSupports.CountAsync());
        (await Events(CourseEventTypes.ActVisitPlanned)).ShouldBe(await db.TeamVisits.CountAsync());
        (await Events(CourseEventTypes.ActVisitPlanned)).ShouldBeGreaterThan(0); // the demo's week of visits
        (await Events(CourseEventTypes.CtiPhaseEntered)).ShouldBeGreaterThan(0);
        (await Events(CourseEventTypes.OutreachStepDone)).ShouldBeGreaterThan(0);
        // An event with a course names that course's citizen, team and method (one without a course is a citizen's in no active course).
        (await db.CourseEvents.CountAsync(e => e.CourseId != null
            && !db.Courses.Any(c => c.Id == e.CourseId && c.CitizenId == e.CitizenId && c.TeamId == e.TeamId && c.Method == e.Method))).ShouldBe(0);
        (await db.CourseEvents.CountAsync(e => !db.Citizens.Any(c => c.Id == e.CitizenId))).ShouldBe(0);
        return true;
    }
}
