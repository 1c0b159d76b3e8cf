using Microsoft.AspNetCore.Mvc;

namespace Caseload.Web.Controllers;

/// <summary>The start page: what the signed-in user's roles lead to.</summary>
public sealed class HomeController : Controller
{
    public IActionResult Index() => View();
}
