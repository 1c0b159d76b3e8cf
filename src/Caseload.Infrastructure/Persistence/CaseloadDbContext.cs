using Caseload.Application.Common;
using Caseload.Domain.Auditing;
using Caseload.Domain.Citizens;
using Caseload.Domain.Contacts;
using Caseload.Domain.Courses;
using Caseload.Domain.Teams;
using Caseload.Infrastructure.Identity;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace Caseload.Infrastructure.Persistence;

/// <summary>
/// The model, provider-neutral. Each provider (SQLite, PostgreSQL, SQL Server) has a thin subclass so that its
/// migrations live in their own project (ADR 0001, ADR 0027). Each method engine adds its tables in a partial of this class
/// in its own folder (e.g. <c>Cti/CaseloadDbContext.Cti.cs</c>, ADR 0023).
/// </summary>
public abstract partial class CaseloadDbContext(DbContextOptions options)
    : IdentityDbContext<ApplicationUser>(options), ICaseloadDbContext, IDataProtectionKeyContext
{
    public DbSet<Team> Teams => Set<Team>();
    public DbSet<TeamMember> TeamMembers => Set<TeamMember>();
    public DbSet<Citizen> Citizens => Set<Citizen>();
    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();
    public DbSet<Course> Courses => Set<Course>();
    public DbSet<ContactLogEntry> ContactLog => Set<ContactLogEntry>();
    public DbSet<Domain.CourseEvents.CourseEvent> CourseEvents => Set<Domain.CourseEvents.CourseEvent>();
    public DbSet<Domain.Results.MonthlyFigure> MonthlyFigures => Set<Domain.Results.MonthlyFigure>();
    public DbSet<Domain.Results.FidelityReview> FidelityReviews => Set<Domain.Results.FidelityReview>();
    public DbSet<Domain.NetworkMaps.NetworkMap> NetworkMaps => Set<Domain.NetworkMaps.NetworkMap>();
    public DbSet<Domain.NetworkMaps.NetworkMapVersion> NetworkMapVersions => Set<Domain.NetworkMaps.NetworkMapVersion>();
    public DbSet<Domain.Drafts.Draft> Drafts => Set<Domain.Drafts.Draft>();
    public DbSet<Domain.FieldMode.FieldCheckout> FieldCheckouts => Set<Domain.FieldMode.FieldCheckout>();
    public DbSet<Domain.DeadlineMail.DeadlineDigest> DeadlineDigests => Set<Domain.DeadlineMail.DeadlineDigest>();
    public DbSet<Domain.FieldMode.FieldConflict> FieldConflicts => Set<Domain.FieldMode.FieldConflict>();
    public DbSet<Domain.Agreements.CooperationAgreement> CooperationAgreements => Set<Domain.Agreements.CooperationAgreement>();
    public DbSet<Domain.Meetings.CoordinatingMeeting> CoordinatingMeetings => Set<Domain.Meetings.CoordinatingMeeting>();
    public DbSet<Domain.Meetings.MeetingTask> MeetingTasks => Set<Domain.Meetings.MeetingTask>();
    public DbSet<Domain.Implementation.ImplementationProject> ImplementationProjects => Set<Domain.Implementation.ImplementationProject>();
    public DbSet<Domain.DropIn.DropInCentre> DropInCentres => Set<Domain.DropIn.DropInCentre>();
    public DbSet<Domain.Implementation.ReadinessAssessment> ReadinessAssessments => Set<Domain.Implementation.ReadinessAssessment>();
    public DbSet<Domain.Implementation.ImplementationMeeting> ImplementationMeetings => Set<Domain.Implementation.ImplementationMeeting>();
    public DbSet<Domain.Implementation.RoleDescription> RoleDescriptions => Set<Domain.Implementation.RoleDescription>();
    public DbSet<Domain.Implementation.ReflectionDay> ReflectionDays => Set<Domain.Implementation.ReflectionDay>();
    public DbSet<Domain.Partners.Partner> Partners => Set<Domain.Partners.Partner>();
    public DbSet<Domain.Partners.PartnerAgreement> PartnerAgreements => Set<Domain.Partners.PartnerAgreement>();
    public DbSet<Domain.Files.StoredFile> StoredFiles => Set<Domain.Files.StoredFile>();
    public DbSet<Domain.CitizenPortal.CitizenAccess> CitizenAccesses => Set<Domain.CitizenPortal.CitizenAccess>();
    /// <summary>Other systems registered for the API (issue #33, ADR 0049) and the feed's commit-ordered positions (ADR 0050).</summary>
    public DbSet<Domain.Api.ApiClient> ApiClients => Set<Domain.Api.ApiClient>();
    public DbSet<Domain.Api.FeedPosition> FeedPositions => Set<Domain.Api.FeedPosition>();
    public DbSet<Domain.CitizenPortal.CitizenComment> CitizenComments => Set<Domain.CitizenPortal.CitizenComment>();
    public DbSet<Domain.CitizenPortal.CitizenConfirmation> CitizenConfirmations => Set<Domain.CitizenPortal.CitizenConfirmation>();
    public DbSet<Domain.CitizenPortal.SelfReportedWho5> SelfReportedWho5 => Set<Domain.CitizenPortal.SelfReportedWho5>();
    public DbSet<Domain.CitizenPortal.CallRequest> CallRequests => Set<Domain.CitizenPortal.CallRequest>();
    public DbSet<Domain.CitizenPortal.CodeRequest> CodeRequests => Set<Domain.CitizenPortal.CodeRequest>();
    /// <summary>Signed-in sessions: the cookie holds the key, the ticket stays here.</summary>
    public DbSet<Identity.Sessions.UserSession> UserSessions => Set<Identity.Sessions.UserSession>();
    public DbSet<CitizenPortal.CitizenSession> CitizenSessions => Set<CitizenPortal.CitizenSession>();
    /// <summary>Background job runs (ADR 0045).</summary>
    public DbSet<Jobs.JobRun> JobRuns => Set<Jobs.JobRun>();
    /// <summary>ASP.NET Data Protection keys, shared by all web instances (PersistKeysToDbContext).</summary>
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(CaseloadDbContext).Assembly);

        // Every entity's Version is its concurrency token; CreatedBy/UpdatedBy hold user ids.
        foreach (var entity in builder.Model.GetEntityTypes().Where(e => typeof(Domain.Common.Entity).IsAssignableFrom(e.ClrType)))
        {
            entity.FindProperty(nameof(Domain.Common.Entity.Version))!.IsConcurrencyToken = true;
            entity.FindProperty(nameof(Domain.Common.Entity.CreatedBy))!.SetMaxLength(450);
            entity.FindProperty(nameof(Domain.Common.Entity.UpdatedBy))!.SetMaxLength(450);
        }

        // Our Guid keys are made by the domain, not the database: without this EF would take a new child
        // found through a navigation for an existing row (and UPDATE instead of INSERT).
        foreach (var key in builder.Model.GetEntityTypes().Select(e => e.FindPrimaryKey()))
            if (key is { Properties: [{ ClrType: var t } keyProperty] } && t == typeof(Guid))
                keyProperty.ValueGenerated = Microsoft.EntityFrameworkCore.Metadata.ValueGenerated.Never;
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // Enums as readable strings. Times are stored as UTC DateTime (SQLite cannot compare DateTimeOffset
        // in queries); the converter marks them UTC again on the way back.
        configurationBuilder.Properties<Enum>().HaveConversion<string>().HaveMaxLength(40);
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
        configurationBuilder.Properties<DateTime?>().HaveConversion<UtcDateTimeConverter>();
    }
}

/// <summary>Each provider's generated migrations live in their own project (ADR 0027); EF loads them by assembly
/// name, so every place that configures a provider context for migrating says which one.</summary>
public static class MigrationsAssemblies
{
    public const string Sqlite = "Caseload.Migrations.Sqlite";
    public const string Postgres = "Caseload.Migrations.Postgres";
    public const string SqlServer = "Caseload.Migrations.SqlServer";
}

public sealed class SqliteCaseloadDbContext(DbContextOptions<SqliteCaseloadDbContext> options)
    : CaseloadDbContext(options);

public sealed class PostgresCaseloadDbContext(DbContextOptions<PostgresCaseloadDbContext> options)
    : CaseloadDbContext(options);

public sealed class SqlServerCaseloadDbContext(DbContextOptions<SqlServerCaseloadDbContext> options)
    : CaseloadDbContext(options);
