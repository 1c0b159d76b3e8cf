using Caseload.Domain.Teams;

namespace Caseload.Application.Engines;

/// <summary>The course as a guard sees it: the spine's facts only.</summary>
public sealed record CourseFacts(Guid CourseId, Guid CitizenId, Guid TeamId, Method Method);

/// <summary>
/// An engine's say when the spine reassigns or closes a course (ADR 0023): a Danish message refuses the step, null
/// lets it pass. One that closes with its own checklist refuses the generic close while its own record exists.
/// (Whether the generic start applies at all is the engine's <see cref="MethodDefinition"/>.)
/// </summary>
public interface ICourseGuard
{
    Task<string?> RefuseReassignAsync(CourseFacts course, CancellationToken ct) => Task.FromResult<string?>(null);

    Task<string?> RefuseCloseAsync(CourseFacts course, CancellationToken ct) => Task.FromResult<string?>(null);
}
