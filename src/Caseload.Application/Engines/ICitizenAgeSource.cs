using Caseload.Application.Security;

namespace Caseload.Application.Engines;

/// <summary>What an engine knows of a citizen's age when the CPR number is not known (issue #27): e.g. outreach's
/// screening form records the age as told. Documents ask every source and take the first answer (ADR 0023).</summary>
public interface ICitizenAgeSource
{
    /// <summary>The citizen's age on <paramref name="today"/>, or null when this engine does not know it.</summary>
    Task<int?> AgeAsync(ScopedCitizen citizen, DateOnly today, CancellationToken ct);
}
