using Caseload.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Caseload.Web.Areas.Worker.Controllers;

/// <summary>Base of the worker's area (workers and team leaders). Which citizens are visible is decided by
/// IAccessScope, never here.</summary>
[Area("Worker")]
[Authorize(Policy = Policies.Worker)]
public abstract class WorkerController : Controller;
