using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Caseload.Infrastructure.Persistence;

/// <summary>All stored times are UTC; SQLite forgets the kind, PostgreSQL (timestamptz) insists on it.</summary>
internal sealed class UtcDateTimeConverter() : ValueConverter<DateTime, DateTime>(
    v => v.Kind == DateTimeKind.Local ? v.ToUniversalTime() : DateTime.SpecifyKind(v, DateTimeKind.Utc),
    v => DateTime.SpecifyKind(v, DateTimeKind.Utc));
