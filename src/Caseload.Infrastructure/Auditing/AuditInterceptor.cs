using System.Text.Json;
using Caseload.Application.Common;
using Caseload.Application.Common.Time;
using Caseload.Domain.Auditing;
using Caseload.Domain.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Caseload.Infrastructure.Auditing;

/// <summary>
/// Stamps audit fields and writes one audit row per created, changed or deleted audited entity, with
/// the changed fields: old → new for non-personal values (status, worker, dates, team), only "changed" for a
/// citizen's personal data ([Personal]: name, CPR, address, phones, whereabouts, free text). Secrets never enter.
/// Audit rows themselves can only be added: a change or delete of one is refused.
/// </summary>
public sealed class AuditInterceptor(ICurrentUser currentUser, IDanishClock clock) : SaveChangesInterceptor
{
    private static readonly string[] SecretMarkers = ["Password", "Stamp", "Secret", "Token", "AuthenticatorKey"];

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        if (eventData.Context is not null) Audit(eventData.Context);
        return base.SavingChanges(eventData, result);
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData,
        InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is not null) Audit(eventData.Context);
        return base.SavingChangesAsync(eventData, result, cancellationToken);
    }

    private void Audit(DbContext context)
    {
        var now = clock.UtcNow;
        var rows = new List<AuditEntry>();
        foreach (var entry in context.ChangeTracker.Entries().ToList())
        {
            if (entry.Entity is AuditEntry)
            {
                if (entry.State is EntityState.Modified or EntityState.Deleted)
                    throw new InvalidOperationException("Audit log rows cannot be changed or deleted.");
                continue;
            }
            if (entry.State is not (EntityState.Added or EntityState.Modified or EntityState.Deleted)) continue;

            if (entry.Entity is Entity stamped)
            {
                if (entry.State == EntityState.Added) stamped.StampCreated(now, currentUser.UserId);
                else if (entry.State == EntityState.Modified) stamped.StampUpdated(now, currentUser.UserId);
            }

            // Users, their roles and team memberships decide who sees what: audited like the records themselves.
            if (!AuditNameRegistry.IsAudited(entry.Metadata.ClrType)) continue;
            var changes = Changes(entry);
            if (entry.State == EntityState.Modified && changes.Count == 0) continue;

            rows.Add(new AuditEntry(now, currentUser.UserId, currentUser.UserName, ActionOf(entry.State),
                AuditNameRegistry.StableName(entry.Metadata.ClrType), KeyOf(entry), (entry.Entity as IBelongsToCitizen)?.CitizenId,
                JsonSerializer.Serialize(changes), currentUser.IpAddress));
        }
        if (rows.Count > 0) context.Set<AuditEntry>().AddRange(rows);
    }

    private static AuditAction ActionOf(EntityState state) => state switch
    {
        EntityState.Added => AuditAction.Created,
        EntityState.Deleted => AuditAction.Deleted,
        _ => AuditAction.Updated,
    };

    private static string? KeyOf(EntityEntry entry)
        => string.Join(",", entry.Properties.Where(p => p.Metadata.IsPrimaryKey()).Select(p => p.CurrentValue));

    private static Dictionary<string, object?[]> Changes(EntityEntry entry)
    {
        var changes = new Dictionary<string, object?[]>();
        foreach (var p in entry.Properties)
        {
            var name = p.Metadata.Name;
            if (p.Metadata.IsPrimaryKey() || !IsLogged(name)) continue;
            object? oldValue = entry.State == EntityState.Added ? null : p.OriginalValue;
            object? newValue = entry.State == EntityState.Deleted ? null : p.CurrentValue;
            if (entry.State == EntityState.Modified && (!p.IsModified || Equals(oldValue, newValue))) continue;
            changes[name] = IsPersonal(p.Metadata.PropertyInfo)
                ? [oldValue is null ? null : PersonalMarker, newValue is null ? null : PersonalMarker]
                : [Loggable(oldValue), Loggable(newValue)];
        }
        return changes;
    }

    /// <summary>What the log shows instead of a personal value: that there was one, not what it was.</summary>
    public const string PersonalMarker = "(personoplysning)";

    private static bool IsPersonal(System.Reflection.PropertyInfo? property)
        => property is not null && Attribute.IsDefined(property, typeof(PersonalAttribute));

    /// <summary>Whether a changed property enters the log (not a secret, not the stamps every row carries anyway).</summary>
    public static bool IsLogged(string propertyName)
        => !IsSecret(propertyName) && propertyName is not ("CreatedAt" or "CreatedBy" or "UpdatedAt" or "UpdatedBy");

    internal static bool IsSecret(string propertyName)
        => SecretMarkers.Any(m => propertyName.Contains(m, StringComparison.OrdinalIgnoreCase))
           || propertyName.EndsWith("Hash", StringComparison.Ordinal);

    private static object? Loggable(object? value) => value switch
    {
        Enum e => e.ToString(),
        _ => value,
    };
}
