using System.Linq.Expressions;
using System.Text.Json;
using System.Text.Json.Serialization;
using Caseload.Application.Common;
using Caseload.Application.Engines;
using Caseload.Application.Security;
using Caseload.Domain.Common;
using Microsoft.EntityFrameworkCore;

namespace Caseload.Application.DataProtection;

/// <summary>
/// What every <see cref="ICitizenDataContributor"/> does with one of its tables (ADR 0052): read all its rows about a citizen
/// for the insight package, find the latest change, delete them. Every such table has a <c>CitizenId</c> column, so an
/// engine names only its own entity types and this does the rest; nothing here knows an engine.
/// </summary>
public sealed class CitizenTables(ICaseloadDbContext db)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerOptions.Web)
    {
        ReferenceHandler = ReferenceHandler.IgnoreCycles,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping, // æ, ø, å readable; shown as text, never as HTML
        Converters = { new JsonStringEnumConverter() },
    };

    private static readonly string[] SecretMarkers = ["Password", "Stamp", "Secret", "Token", "AuthenticatorKey", "Pin"];

    private DbContext Context => db.ChangeTracker.Context;

    /// <summary>The table's rows about the citizen (by its <c>CitizenId</c> column).</summary>
    private IQueryable<T> Of<T>(Guid citizenId) where T : class
        => Context.Set<T>().Where(e => EF.Property<Guid>(e, "CitizenId") == citizenId);

    /// <summary>Every row of the table about the citizen as one section of the insight package.</summary>
    public async Task<CitizenDataSection> SectionAsync<T>(ScopedCitizen citizen, string title, CancellationToken ct) where T : class
    {
        var rows = await Of<T>(citizen.Id).AsNoTracking().ToListAsync(ct);
        return new CitizenDataSection(title, [.. rows.Select((r, i) => Record($"{title} {i + 1}", r))]);
    }

    /// <summary>Several tables' sections in one list, in the order given (one query each).</summary>
    public static async Task<IReadOnlyList<CitizenDataSection>> SectionsAsync(ScopedCitizen citizen, CancellationToken ct,
        params Func<ScopedCitizen, CancellationToken, Task<CitizenDataSection>>[] sections)
    {
        var list = new List<CitizenDataSection>();
        foreach (var section in sections) list.Add(await section(citizen, ct));
        return list;
    }

    /// <summary>The latest time a row of the table about the citizen was written or changed (UTC), or null.</summary>
    public Task<DateTime?> LatestChangeAsync<T>(ErasableCitizen citizen, CancellationToken ct) where T : Entity
        => Of<T>(citizen.Id).MaxAsync(e => (DateTime?)(e.UpdatedAt ?? e.CreatedAt), ct);

    /// <summary>The latest value of a time column of the table about the citizen (UTC), or null.</summary>
    public Task<DateTime?> LatestAsync<T>(ErasableCitizen citizen, Expression<Func<T, DateTime?>> at, CancellationToken ct) where T : class
        => Of<T>(citizen.Id).MaxAsync(at, ct);

    /// <summary>Deletes the table's rows about the citizen in one statement (inside the caller's transaction).</summary>
    public Task<int> DeleteAsync<T>(ErasableCitizen citizen, CancellationToken ct) where T : class
        => Of<T>(citizen.Id).ExecuteDeleteAsync(ct);

    /// <summary>The latest of several times (null when none).</summary>
    public static DateTime? Latest(params DateTime?[] times) => times.Max();

    /// <summary>One row as field/value pairs: every public value the entity has, nested values as JSON text; secrets (hashes,
    /// PINs, tokens) and the concurrency version never enter.</summary>
    public static CitizenDataRecord Record(string heading, object entity)
    {
        var element = JsonSerializer.SerializeToElement(entity, entity.GetType(), Json);
        var fields = new List<CitizenDataField>();
        foreach (var p in element.EnumerateObject())
        {
            // The raw storage column of a JSON document ("goalsJson") beside its parsed value ("goals"): the parsed one is enough.
            if (IsSecret(p.Name) || p.Name == "version" || p.Name.EndsWith("Json", StringComparison.Ordinal)) continue;
            var value = p.Value.ValueKind switch
            {
                JsonValueKind.Null or JsonValueKind.Undefined => null,
                JsonValueKind.String => p.Value.GetString(),
                JsonValueKind.Array when p.Value.GetArrayLength() == 0 => null,
                JsonValueKind.Object or JsonValueKind.Array => p.Value.GetRawText(),
                _ => p.Value.GetRawText(),
            };
            if (value is null) continue;
            fields.Add(new CitizenDataField(FieldNames.Danish(p.Name), value));
        }
        return new CitizenDataRecord(heading, fields);
    }

    private static bool IsSecret(string name)
        => SecretMarkers.Any(m => name.Contains(m, StringComparison.OrdinalIgnoreCase)) || name.EndsWith("Hash", StringComparison.OrdinalIgnoreCase);
}

/// <summary>Danish names for the fields most rows share; the rest keep their (camel-cased) name from the code.</summary>
public static class FieldNames
{
    private static readonly Dictionary<string, string> Names = new(StringComparer.Ordinal)
    {
        ["id"] = "Id", ["citizenId"] = "Borger-id", ["courseId"] = "Forløb-id", ["teamId"] = "Team-id",
        ["createdAt"] = "Oprettet (UTC)", ["createdBy"] = "Oprettet af (bruger-id)", ["updatedAt"] = "Ændret (UTC)",
        ["updatedBy"] = "Ændret af (bruger-id)", ["name"] = "Navn", ["date"] = "Dato", ["notes"] = "Noter", ["note"] = "Note",
        ["status"] = "Status", ["method"] = "Metode", ["startDate"] = "Startdato", ["endDate"] = "Slutdato",
        ["occurredAt"] = "Tidspunkt (UTC)", ["text"] = "Tekst", ["title"] = "Titel", ["kind"] = "Art", ["rows"] = "Rækker",
    };

    public static string Danish(string name) => Names.GetValueOrDefault(name, name);
}
