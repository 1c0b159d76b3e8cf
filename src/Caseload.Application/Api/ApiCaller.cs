using Caseload.Application.Common;
using Microsoft.EntityFrameworkCore;

namespace Caseload.Application.Api;

/// <summary>What the calling system was granted by the administrator (ADR 0049). Read from the database on every request,
/// so revoking a client or narrowing its teams takes effect at once, whatever access token it still holds.</summary>
public sealed record ApiGrant(Guid ClientId, string Name, string Receiver, IReadOnlyList<Guid> TeamIds, bool MayWrite, bool MaySeeFullCpr);

/// <summary>The current request's API client, if any and not revoked (one query per request, cached).</summary>
public sealed class ApiCaller(ICaseloadDbContext db, ICurrentUser user)
{
    private ApiGrant? _grant;
    private bool _read;

    public bool IsApiClient => ApiClientActor.ClientIdOf(user.UserId) is not null;

    public async Task<ApiGrant?> GrantAsync(CancellationToken ct = default)
    {
        if (_read) return _grant;
        if (ApiClientActor.ClientIdOf(user.UserId) is { } id)
        {
            var client = await db.ApiClients.AsNoTracking().FirstOrDefaultAsync(c => c.Id == id && c.RevokedAt == null, ct);
            if (client is not null)
                _grant = new ApiGrant(client.Id, client.Name, client.Receiver, client.TeamIds, client.MayWrite, client.MaySeeFullCpr);
        }
        _read = true;
        return _grant;
    }
}
