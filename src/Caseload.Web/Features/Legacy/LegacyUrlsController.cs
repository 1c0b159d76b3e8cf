using Microsoft.AspNetCore.Mvc;

namespace Caseload.Web.Features.Legacy;

/// <summary>
/// The addresses of the first version (by role: /Worker, /Leader, /Admin, /Manager), which users may have
/// bookmarked: each answers with a permanent redirect to the page's address today. GET only.
/// </summary>
[ApiExplorerSettings(IgnoreApi = true)]
public sealed class LegacyUrlsController : Controller
{
    [HttpGet("Worker/Citizens")]
    [HttpGet("Worker/Citizens/Index")]
    public IActionResult Citizens() => To("/borgere");

    [HttpGet("Worker/Citizens/Mine")]
    public IActionResult Mine() => To("/mine-borgere");

    [HttpGet("Worker/Citizens/Create")]
    public IActionResult CreateCitizen() => To("/borgere/ny");

    [HttpGet("Worker/Citizens/Details/{id:guid}")]
    public IActionResult Citizen([FromRoute] Guid id) => To($"/borgere/{id}");

    [HttpGet("Worker/Citizens/Edit/{id:guid}")]
    public IActionResult EditCitizen([FromRoute] Guid id) => To($"/borgere/{id}/rediger");

    [HttpGet("Leader/Board")]
    [HttpGet("Leader/Board/Index")]
    public IActionResult Board() => To("/tavle");

    [HttpGet("Leader/Board/Reassign")]
    public IActionResult Reassign(Guid courseId) => To($"/forloeb/{courseId}/tovholder", keepQuery: false);

    [HttpGet("Leader/Board/Close")]
    public IActionResult Close(Guid courseId) => To($"/forloeb/{courseId}/afslut", keepQuery: false);

    [HttpGet("Leader/Board/BulkReassign")]
    public IActionResult BulkReassign(Guid teamId, string? from)
        => RedirectPermanent($"/tavle/{teamId}/flyt-alle?from={Uri.EscapeDataString(from ?? "")}");

    [HttpGet("Manager")]
    [HttpGet("Manager/Home")]
    [HttpGet("Manager/Home/Index")]
    public IActionResult Manager() => To("/ledelse");

    [HttpGet("Admin/Users/Index")]
    public IActionResult Users() => To("/admin/brugere");

    [HttpGet("Admin/Users/Create")]
    public IActionResult CreateUser() => To("/admin/brugere/ny");

    [HttpGet("Admin/Users/Edit/{id}")]
    public IActionResult EditUser([FromRoute] string id) => To($"/admin/brugere/{Uri.EscapeDataString(id)}");

    [HttpGet("Admin/Teams/Index")]
    public IActionResult Teams() => To("/admin/teams");

    [HttpGet("Admin/Teams/Create")]
    public IActionResult CreateTeam() => To("/admin/teams/ny");

    [HttpGet("Admin/Teams/Edit/{id:guid}")]
    public IActionResult EditTeam([FromRoute] Guid id) => To($"/admin/teams/{id}");

    [HttpGet("Admin/Audit")]
    [HttpGet("Admin/Audit/Index")]
    public IActionResult Audit() => To("/admin/logning");

    [HttpGet("Home/Index")]
    public IActionResult Home() => To("/");

    [HttpGet("Manage")]
    public IActionResult Manage() => To("/min-konto");

    private RedirectResult To(string path, bool keepQuery = true)
        => RedirectPermanent(keepQuery ? path + Request.QueryString : path);
}
