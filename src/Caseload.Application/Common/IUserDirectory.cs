namespace Caseload.Application.Common;

/// <summary>Display names of users (who live in the identity store, outside the domain).</summary>
public interface IUserDirectory
{
    Task<IReadOnlyDictionary<string, string>> NamesAsync(IEnumerable<string> userIds, CancellationToken ct = default);
}
