using System.Security.Claims;
using Caseload.Application.Common.Time;
using Caseload.Application.Security;
using Caseload.Infrastructure.Persistence;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Caseload.Infrastructure.Identity.Sessions;

/// <summary>
/// Keeps sign-in tickets in the database (cookie authentication's SessionStore). One query per authenticated
/// request reads the ticket and the user's team memberships (<see cref="SessionMemberships"/>, which every signed-in
/// page needs); several web instances share the store through the database.
/// </summary>
public sealed class DatabaseTicketStore(IServiceScopeFactory scopes, IDanishClock clock, IHttpContextAccessor http) : ITicketStore
{
    public async Task<string> StoreAsync(AuthenticationTicket ticket)
    {
        var key = Guid.NewGuid().ToString("N");
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CaseloadDbContext>();
        var now = clock.UtcNow;
        await db.UserSessions.Where(s => s.ExpiresAt < now).ExecuteDeleteAsync(); // tidy up as we go
        db.UserSessions.Add(new UserSession
        {
            Id = key, UserId = UserIdOf(ticket), Ticket = TicketSerializer.Default.Serialize(ticket), ExpiresAt = ExpiryOf(ticket),
        });
        await db.SaveChangesAsync();
        return key;
    }

    public async Task RenewAsync(string key, AuthenticationTicket ticket)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CaseloadDbContext>();
        var bytes = TicketSerializer.Default.Serialize(ticket);
        var expires = ExpiryOf(ticket);
        // A session ended meanwhile (sign-out elsewhere, deactivation) is not brought back.
        await db.UserSessions.Where(s => s.Id == key)
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.Ticket, bytes).SetProperty(x => x.ExpiresAt, expires));
    }

    public async Task<AuthenticationTicket?> RetrieveAsync(string key)
    {
        // Inside a request the request's own context answers (no second scope and pooled context per page); outside one
        // (no HttpContext) a scope of its own.
        var requestServices = http.HttpContext?.RequestServices;
        await using var scope = requestServices is null ? scopes.CreateAsyncScope() : (AsyncServiceScope?)null;
        var db = (scope?.ServiceProvider ?? requestServices!).GetRequiredService<CaseloadDbContext>();
        var now = clock.UtcNow;
        var found = await db.UserSessions.AsNoTracking().Where(s => s.Id == key && s.ExpiresAt > now)
            .Select(s => new
            {
                s.Ticket, s.UserId,
                // The team's method as a scalar subquery, not a join: SQLite materialises a joined subquery for every
                // member of every team before it picks this user's rows (0.5 ms per page on 10,000 citizens).
                Teams = db.TeamMembers.Where(m => m.UserId == s.UserId)
                    .Select(m => new TeamMembership(m.TeamId, m.Role, db.Teams.Where(t => t.Id == m.TeamId).Select(t => t.Method).First()))
                    .ToList(),
            })
            .FirstOrDefaultAsync();
        if (found is null) return null;
        var ticket = TicketSerializer.Default.Deserialize(found.Ticket);
        // Only when the ticket is the session row's user: the scope then uses these instead of asking again.
        if (ticket is not null && UserIdOf(ticket) == found.UserId)
            requestServices?.GetService<SessionMemberships>()?.Remember(found.UserId, found.Teams);
        return ticket;
    }

    public async Task RemoveAsync(string key)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CaseloadDbContext>();
        await db.UserSessions.Where(s => s.Id == key).ExecuteDeleteAsync();
    }

    private DateTime ExpiryOf(AuthenticationTicket ticket)
        => ticket.Properties.ExpiresUtc?.UtcDateTime ?? clock.UtcNow.AddHours(12);

    private static string UserIdOf(AuthenticationTicket ticket)
        => ticket.Principal.FindFirstValue(ClaimTypes.NameIdentifier) ?? "";
}

/// <summary>Ends every session of a user at once: deactivation, a new password, a 2FA reset, changed roles.</summary>
public sealed class UserSessions(CaseloadDbContext db)
{
    public Task<int> EndAllAsync(string userId, CancellationToken ct = default)
        => db.UserSessions.Where(s => s.UserId == userId).ExecuteDeleteAsync(ct);
}

/// <summary>Points the login cookie at the database session store.</summary>
public sealed class TicketStoreCookieSetup(DatabaseTicketStore store) : Microsoft.Extensions.Options.IPostConfigureOptions<CookieAuthenticationOptions>
{
    public void PostConfigure(string? name, CookieAuthenticationOptions options)
    {
        if (name == Microsoft.AspNetCore.Identity.IdentityConstants.ApplicationScheme) options.SessionStore = store;
    }
}
