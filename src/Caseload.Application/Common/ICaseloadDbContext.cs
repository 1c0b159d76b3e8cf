using Caseload.Domain.Auditing;
using Caseload.Domain.Citizens;
using Caseload.Domain.Contacts;
using Caseload.Domain.Courses;
using Caseload.Domain.Teams;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace Caseload.Application.Common;

/// <summary>The application's view of the database: the DbContext itself, no repository on top (ADR 0004).
/// Citizen data is reached through <see cref="Security.IAccessScope"/> first (scope by structure). A method engine's own
/// tables are on its own view of the context in its folder (e.g. <c>ICtiDbContext</c>), so this shared one names none (ADR 0023).</summary>
public interface ICaseloadDbContext
{
    DbSet<Team> Teams { get; }
    DbSet<TeamMember> TeamMembers { get; }
    DbSet<Citizen> Citizens { get; }
    DbSet<AuditEntry> AuditEntries { get; }
    DbSet<Course> Courses { get; }
    DbSet<ContactLogEntry> ContactLog { get; }
    /// <summary>The append-only course event log (ADR 0024): written by the command path only.</summary>
    DbSet<Domain.CourseEvents.CourseEvent> CourseEvents { get; }
    /// <summary>Pre-aggregated monthly figures (ADR 0031): kept by the command path, read by the results pages.</summary>
    DbSet<Domain.Results.MonthlyFigure> MonthlyFigures { get; }
    DbSet<Domain.Results.FidelityReview> FidelityReviews { get; }
    DbSet<Domain.NetworkMaps.NetworkMap> NetworkMaps { get; }
    DbSet<Domain.NetworkMaps.NetworkMapVersion> NetworkMapVersions { get; }
    DbSet<Domain.Drafts.Draft> Drafts { get; }
    DbSet<Domain.FieldMode.FieldCheckout> FieldCheckouts { get; }
    /// <summary>The deadline mail's claims: one per worker and day (issue #32).</summary>
    DbSet<Domain.DeadlineMail.DeadlineDigest> DeadlineDigests { get; }
    DbSet<Domain.FieldMode.FieldConflict> FieldConflicts { get; }
    DbSet<Domain.Agreements.CooperationAgreement> CooperationAgreements { get; }
    DbSet<Domain.Meetings.CoordinatingMeeting> CoordinatingMeetings { get; }
    DbSet<Domain.Meetings.MeetingTask> MeetingTasks { get; }
    DbSet<Domain.Implementation.ImplementationProject> ImplementationProjects { get; }
    DbSet<Domain.DropIn.DropInCentre> DropInCentres { get; }
    DbSet<Domain.Implementation.ReadinessAssessment> ReadinessAssessments { get; }
    DbSet<Domain.Implementation.ImplementationMeeting> ImplementationMeetings { get; }
    DbSet<Domain.Implementation.RoleDescription> RoleDescriptions { get; }
    DbSet<Domain.Implementation.ReflectionDay> ReflectionDays { get; }
    DbSet<Domain.Partners.Partner> Partners { get; }
    DbSet<Domain.Partners.PartnerAgreement> PartnerAgreements { get; }
    DbSet<Domain.Files.StoredFile> StoredFiles { get; }
    DbSet<Domain.CitizenPortal.CitizenAccess> CitizenAccesses { get; }
    DbSet<Domain.Api.ApiClient> ApiClients { get; }
    DbSet<Domain.Api.FeedPosition> FeedPositions { get; }
    DbSet<Domain.CitizenPortal.CitizenComment> CitizenComments { get; }
    DbSet<Domain.CitizenPortal.CitizenConfirmation> CitizenConfirmations { get; }
    DbSet<Domain.CitizenPortal.SelfReportedWho5> SelfReportedWho5 { get; }
    DbSet<Domain.CitizenPortal.CallRequest> CallRequests { get; }
    DbSet<Domain.CitizenPortal.CodeRequest> CodeRequests { get; }
    DatabaseFacade Database { get; }
    ChangeTracker ChangeTracker { get; }
    Task<int> SaveChangesAsync(CancellationToken cancellationToken = default);
}
