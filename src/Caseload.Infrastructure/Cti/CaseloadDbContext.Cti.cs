using Caseload.Application.Cti;
using Microsoft.EntityFrameworkCore;

namespace Caseload.Infrastructure.Persistence;

/// <summary>The CTI engine's tables (ADR 0023).</summary>
public abstract partial class CaseloadDbContext : ICtiDbContext
{
    public DbSet<Domain.Cti.CtiCourse> CtiCourses => Set<Domain.Cti.CtiCourse>();
    public DbSet<Domain.Cti.CtiTransition> CtiTransitions => Set<Domain.Cti.CtiTransition>();
    public DbSet<Domain.Cti.CtiMeasurement> CtiMeasurements => Set<Domain.Cti.CtiMeasurement>();
}
