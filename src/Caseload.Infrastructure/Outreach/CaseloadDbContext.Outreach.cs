using Caseload.Application.Outreach;
using Microsoft.EntityFrameworkCore;

namespace Caseload.Infrastructure.Persistence;

/// <summary>The outreach engine's tables (ADR 0023).</summary>
public abstract partial class CaseloadDbContext : IOutreachDbContext
{
    public DbSet<Domain.Outreach.Referral> Referrals => Set<Domain.Outreach.Referral>();
    public DbSet<Domain.Outreach.OutreachCase> OutreachCases => Set<Domain.Outreach.OutreachCase>();
    public DbSet<Domain.Outreach.OutreachEventRecord> OutreachEvents => Set<Domain.Outreach.OutreachEventRecord>();
}
