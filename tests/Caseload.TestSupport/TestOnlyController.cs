using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Caseload.TestSupport;

/// <summary>Added to the app only in tests: a page that fails, to see the error page.</summary>
[AllowAnonymous]
[Route("test-only")]
public sealed class TestOnlyController : Controller
{
    [HttpGet("kast")]
    public IActionResult Throw() => throw new InvalidOperationException("Secret stack detail 12345");
}
