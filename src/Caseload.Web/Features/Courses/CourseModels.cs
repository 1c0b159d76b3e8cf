using Caseload.Application.Courses;

namespace Caseload.Web.Features.Courses;

public sealed record ReassignModel(ReassignForm Form, ReassignInput Input);

public sealed record BulkReassignModel(Guid TeamId, WorkerOption From, IReadOnlyList<ReassignPreviewRow> Courses,
    IReadOnlyList<WorkerOption> Workers, BulkReassignInput Input);

public sealed record CloseCourseModel(Guid CourseId, Guid CitizenId, CloseCourseInput Input);
