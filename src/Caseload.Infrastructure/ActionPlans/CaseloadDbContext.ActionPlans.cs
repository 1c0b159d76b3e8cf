using Caseload.Application.ActionPlans;
using Microsoft.EntityFrameworkCore;

namespace Caseload.Infrastructure.Persistence;

/// <summary>The ACT engine's tables (ADR 0023).</summary>
public abstract partial class CaseloadDbContext : IActDbContext
{
    public DbSet<Domain.ActionPlans.ActionPlan> ActionPlans => Set<Domain.ActionPlans.ActionPlan>();
    public DbSet<Domain.ActionPlans.ActionPlanRevision> ActionPlanRevisions => Set<Domain.ActionPlans.ActionPlanRevision>();
}
