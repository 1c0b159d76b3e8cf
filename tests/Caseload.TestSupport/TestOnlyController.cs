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

    /// <summary>Records a read event the way a page does, then fails: the event must still be kept.</summary>
    [HttpGet("audit-og-kast/{citizenId:guid}")]
    public async Task<IActionResult> AuditThenThrow([FromRoute] Guid citizenId, [FromServices] Application.Auditing.IAuditLog audit)
    {
        await audit.RecordAsync(Domain.Auditing.AuditAction.Viewed, "Citizen", citizenId.ToString(), citizenId);
        throw new InvalidOperationException("The page failed after the read was audited");
    }
}
