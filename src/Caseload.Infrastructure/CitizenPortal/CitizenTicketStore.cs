using Caseload.Application.CitizenPortal;
using Caseload.Application.Common.Time;
using Caseload.Infrastructure.Persistence;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Microsoft.Extensions.DependencyInjection;

namespace Caseload.Infrastructure.CitizenPortal;

/// <summary>One signed-in session of a citizen on /mig: as the staff's <see cref="Identity.Sessions.UserSession"/> (ADR 0012) —
/// the cookie holds only the key — but keyed to the citizen, so revoking the access deletes every session at once (ADR 0042).</summary>
public class CitizenSession
{
    public string Id { get; set; } = string.Empty;
    public Guid CitizenId { get; set; }
    public byte[] Ticket { get; set; } = [];
    /// <summary>UTC; the row is removed after this (15 minutes idle, sliding).</summary>
    public DateTime ExpiresAt { get; set; }
}

/// <summary>The citizen scheme's session store: tickets in <c>CitizenSessions</c>, one look-up by key per request.</summary>
public sealed class CitizenTicketStore(IServiceScopeFactory scopes, IDanishClock clock) : ITicketStore
{
    public async Task<string> StoreAsync(AuthenticationTicket ticket)
    {
        var key = Guid.NewGuid().ToString("N");
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CaseloadDbContext>();
        var now = clock.UtcNow;
        await db.CitizenSessions.Where(s => s.ExpiresAt < now).ExecuteDeleteAsync(); // tidy up as we go
        var citizenId = Guid.Parse(ticket.Principal.FindFirst(CitizenActor.CitizenClaim)!.Value);
        db.CitizenSessions.Add(new CitizenSession { Id = key, CitizenId = citizenId, Ticket = TicketSerializer.Default.Serialize(ticket), ExpiresAt = ExpiryOf(ticket) });
        await db.SaveChangesAsync();
        return key;
    }

    public async Task RenewAsync(string key, AuthenticationTicket ticket)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CaseloadDbContext>();
        var bytes = TicketSerializer.Default.Serialize(ticket);
        var expires = ExpiryOf(ticket);
        await db.CitizenSessions.Where(s => s.Id == key).ExecuteUpdateAsync(s => s.SetProperty(x => x.Ticket, bytes).SetProperty(x => x.ExpiresAt, expires));
    }

    public async Task<AuthenticationTicket?> RetrieveAsync(string key)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CaseloadDbContext>();
        var now = clock.UtcNow;
        var bytes = await db.CitizenSessions.AsNoTracking().Where(s => s.Id == key && s.ExpiresAt > now).Select(s => s.Ticket).FirstOrDefaultAsync();
        return bytes is null ? null : TicketSerializer.Default.Deserialize(bytes);
    }

    public async Task RemoveAsync(string key)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CaseloadDbContext>();
        await db.CitizenSessions.Where(s => s.Id == key).ExecuteDeleteAsync();
    }

    private DateTime ExpiryOf(AuthenticationTicket ticket) => ticket.Properties.ExpiresUtc?.UtcDateTime ?? clock.UtcNow.AddMinutes(15);
}

/// <summary>Points the citizen's cookie at <see cref="CitizenTicketStore"/>.</summary>
public sealed class CitizenTicketStoreSetup(CitizenTicketStore store) : Microsoft.Extensions.Options.IPostConfigureOptions<CookieAuthenticationOptions>
{
    public void PostConfigure(string? name, CookieAuthenticationOptions options)
    {
        if (name == CitizenActor.Scheme) options.SessionStore = store;
    }
}

internal sealed class CitizenSessionConfiguration : IEntityTypeConfiguration<CitizenSession>
{
    public void Configure(EntityTypeBuilder<CitizenSession> b)
    {
        b.ToTable("CitizenSessions");
        b.Property(s => s.Id).HasMaxLength(Identity.Sessions.UserSession.KeyLength);
        b.Property(s => s.Ticket).IsRequired();
        b.HasIndex(s => s.CitizenId);
        b.HasIndex(s => s.ExpiresAt);
        b.HasOne<Domain.Citizens.Citizen>().WithMany().HasForeignKey(s => s.CitizenId).OnDelete(DeleteBehavior.Cascade);
    }
}
