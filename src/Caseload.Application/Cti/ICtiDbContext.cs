using Caseload.Application.Common;
using Microsoft.EntityFrameworkCore;

namespace Caseload.Application.Cti;

/// <summary>The CTI engine's view of the database: the shared context plus the engine's own tables, so that the shared
/// <see cref="ICaseloadDbContext"/> names no engine type (ADR 0023). The engine's services take this instead.</summary>
public interface ICtiDbContext : ICaseloadDbContext
{
    DbSet<Domain.Cti.CtiCourse> CtiCourses { get; }
    DbSet<Domain.Cti.CtiTransition> CtiTransitions { get; }
    DbSet<Domain.Cti.CtiMeasurement> CtiMeasurements { get; }
}
