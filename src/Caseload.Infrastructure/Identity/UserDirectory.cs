using Caseload.Application.Common;
using Caseload.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Caseload.Infrastructure.Identity;

public sealed class UserDirectory(CaseloadDbContext db) : IUserDirectory
{
    public async Task<IReadOnlyDictionary<string, string>> NamesAsync(IEnumerable<string> userIds, CancellationToken ct = default)
    {
        var ids = userIds.Distinct().ToList();
        return await db.Users.AsNoTracking().Where(u => ids.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.FullName, ct);
    }
}
