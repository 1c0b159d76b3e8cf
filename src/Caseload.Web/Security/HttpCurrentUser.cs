using System.Security.Claims;
using Caseload.Application.Common;

namespace Caseload.Web.Security;

internal sealed class HttpCurrentUser(IHttpContextAccessor accessor) : ICurrentUser
{
    private ClaimsPrincipal? Principal => accessor.HttpContext?.User;

    // An API client's token names it by "sub" and "name" (ADR 0049); staff and citizens by the cookie's claims.
    public string? UserId => Principal?.FindFirstValue(ClaimTypes.NameIdentifier) ?? Principal?.FindFirstValue("sub");
    public string? UserName => Principal?.Identity?.Name ?? Principal?.FindFirstValue("name");
    public string? IpAddress => accessor.HttpContext?.Connection.RemoteIpAddress?.ToString();
    public bool IsInRole(string role) => Principal?.IsInRole(role) ?? false;
}
