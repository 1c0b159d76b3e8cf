using System.Text.Json;

namespace Caseload.Domain.Common;

/// <summary>A document's rows kept as one JSON value (ADR 0016), read back as a list (empty for "[]").</summary>
public static class JsonRows
{
    public static List<T> Read<T>(string json) => JsonSerializer.Deserialize<List<T>>(json) ?? [];
}
