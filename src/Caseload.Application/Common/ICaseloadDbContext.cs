using Caseload.Domain.Auditing;
using Caseload.Domain.Citizens;
using Caseload.Domain.Contacts;
using Caseload.Domain.Courses;
using Caseload.Domain.Teams;
using Microsoft.EntityFrameworkCore;

namespace Caseload.Application.Common;

/// <summary>The application's view of the database: the DbContext itself, no repository on top (ADR 0004).</summary>
public interface ICaseloadDbContext
{
    DbSet<Team> Teams { get; }
    DbSet<TeamMember> TeamMembers { get; }
    DbSet<Citizen> Citizens { get; }
    DbSet<AuditEntry> AuditEntries { get; }
    DbSet<Course> Courses { get; }
    DbSet<ContactLogEntry> ContactLog { get; }
    Task<int> SaveChangesAsync(CancellationToken cancellationToken = default);
}
