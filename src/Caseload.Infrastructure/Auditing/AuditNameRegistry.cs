using System.Reflection;
using Caseload.Domain.Auditing;
using Caseload.Domain.Common;
using Caseload.Infrastructure.Identity;
using Microsoft.AspNetCore.Identity;

namespace Caseload.Infrastructure.Auditing;

/// <summary>
/// Stable names (kept in the audit log) and Danish display names of the audited entity types: the domain's
/// from <see cref="AuditedAsAttribute"/>, Identity's here. The names outlive class renames.
/// </summary>
public static class AuditNameRegistry
{
    private static readonly Dictionary<Type, (string Stable, string Danish)> ByType = Build();
    private static readonly Dictionary<string, string> DanishByStable = ByType.Values
        .Concat([(AuditNames.AuditLog, "Logning")])
        .DistinctBy(v => v.Item1)
        .ToDictionary(v => v.Item1, v => v.Item2);

    /// <summary>Types whose rows decide who sees what, audited like the records themselves.</summary>
    public static bool IsAudited(Type type) => typeof(IAudited).IsAssignableFrom(type) || ByType.ContainsKey(type);

    public static string StableName(Type type)
        => ByType.TryGetValue(type, out var names)
            ? names.Stable
            : throw new InvalidOperationException($"{type.Name} is audited but has no [AuditedAs] name.");

    public static bool HasName(Type type) => ByType.ContainsKey(type);

    /// <summary>The Danish name for a stable name; older rows may hold a name no longer in use: shown as is.</summary>
    public static string DanishName(string stableName) => DanishByStable.GetValueOrDefault(stableName, stableName);

    private static Dictionary<Type, (string, string)> Build()
    {
        var map = typeof(Entity).Assembly.GetTypes()
            .Select(t => (Type: t, Attr: t.GetCustomAttribute<AuditedAsAttribute>()))
            .Where(x => x.Attr is not null)
            .ToDictionary(x => x.Type, x => (x.Attr!.StableName, x.Attr.DanishName));
        map[typeof(ApplicationUser)] = (AuditNames.User, "Bruger");
        map[typeof(IdentityUserRole<string>)] = (AuditNames.UserRole, "Brugerrolle");
        return map;
    }
}
