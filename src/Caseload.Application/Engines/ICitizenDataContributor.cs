using Caseload.Application.DataProtection;
using Caseload.Application.Security;

namespace Caseload.Application.Engines;

/// <summary>
/// What an engine (or the spine, or a shared document) records about a citizen, for the citizen's rights (issue #33 item 3,
/// ADR 0052): its part of the insight package, its latest activity and its erasure when the retention period has passed.
/// Each engine registers one in its own module (ADR 0023); shared code loops over them and never names an engine's tables.
/// </summary>
public interface ICitizenDataContributor
{
    /// <summary>Place in the insight package and in the erasure: lower goes first. Erasure runs in this order inside one
    /// transaction, so an engine whose rows point at another's (foreign keys are Restrict) takes a lower number.</summary>
    int Order { get; }

    /// <summary>The engine's sections of the insight package: every row it keeps about the citizen.</summary>
    Task<IReadOnlyList<CitizenDataSection>> InsightAsync(ScopedCitizen citizen, CancellationToken ct);

    /// <summary>UTC time of the latest row the engine wrote or changed about the citizen, or null.</summary>
    Task<DateTime?> LastActivityAsync(ErasableCitizen citizen, CancellationToken ct);

    /// <summary>Deletes or anonymises the engine's rows about the citizen (inside the caller's transaction); returns the
    /// number of rows deleted or anonymised (a count only, for the job's summary).</summary>
    Task<int> EraseAsync(ErasableCitizen citizen, CancellationToken ct);
}

/// <summary>One part of the insight package: a Danish title and the records under it.</summary>
public sealed record CitizenDataSection(string Title, IReadOnlyList<CitizenDataRecord> Records);

/// <summary>One record as field/value pairs (values as text; nested lists as JSON text).</summary>
public sealed record CitizenDataRecord(string Heading, IReadOnlyList<CitizenDataField> Fields);

public sealed record CitizenDataField(string Name, string? Value);
