using Caseload.Application.Common;
using Microsoft.EntityFrameworkCore;

namespace Caseload.Application.Outreach;

/// <summary>The outreach engine's view of the database: the shared context plus the engine's own tables, so that the shared
/// <see cref="ICaseloadDbContext"/> names no engine type (ADR 0023). The engine's services take this instead.</summary>
public interface IOutreachDbContext : ICaseloadDbContext
{
    DbSet<Domain.Outreach.Referral> Referrals { get; }
    DbSet<Domain.Outreach.OutreachCase> OutreachCases { get; }
    DbSet<Domain.Outreach.OutreachEventRecord> OutreachEvents { get; }
}
