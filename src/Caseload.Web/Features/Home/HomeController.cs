using Microsoft.AspNetCore.Mvc;

namespace Caseload.Web.Features.Home;

/// <summary>The start page: what the signed-in user's roles lead to.</summary>
public sealed class HomeController : Controller
{
    [HttpGet("")]
    public IActionResult Index() => View();
}
