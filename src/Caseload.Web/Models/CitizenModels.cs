using Caseload.Application.Citizens;
using Caseload.Application.Common;
using Caseload.Application.Contacts;
using Caseload.Application.Courses;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace Caseload.Web.Models;

public sealed record CitizenFormModel(CitizenInput Input, IReadOnlyList<SelectListItem> Teams, Guid? Id = null);

public sealed record CitizenPageModel(CitizenDetails Citizen, Paged<ContactRow> Contacts, ContactInput Contact,
    IReadOnlyList<WorkerOption> TeamWorkers);

public sealed record ReassignModel(Guid CourseId, Guid TeamId, Guid CitizenId, string CitizenName, string CurrentWorkerId,
    string CurrentWorkerName, IReadOnlyList<WorkerOption> Workers, string? NewWorkerId, string? Reason);

public sealed record BulkReassignModel(Guid TeamId, WorkerOption From, IReadOnlyList<ReassignPreviewRow> Courses,
    IReadOnlyList<WorkerOption> Workers, string? ToWorkerId, string? Reason);

public sealed record CloseCourseModel(Guid CourseId, Guid CitizenId, DateOnly EndDate, string? Reason);
