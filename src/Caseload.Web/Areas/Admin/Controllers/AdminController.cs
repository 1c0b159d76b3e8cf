using Caseload.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Caseload.Web.Areas.Admin.Controllers;

/// <summary>Base of the administrator's area: Administrator role only.</summary>
[Area("Admin")]
[Authorize(Policy = Policies.Admin)]
public abstract class AdminController : Controller;
