using Caseload.Application.Common;
using Caseload.Application.Common.Time;
using Caseload.Domain.Drafts;
using Microsoft.EntityFrameworkCore;

namespace Caseload.Application.Drafts;

public sealed record DraftView(string Data, DateTime SavedAt);

/// <summary>The signed-in user's own drafts, by form address. Nobody else's draft is ever read or written.</summary>
public sealed class DraftService(ICaseloadDbContext db, ICurrentUser user, IDanishClock clock)
{
    public async Task<DateTime?> SaveAsync(string key, string data, CancellationToken ct = default)
    {
        if (user.UserId is not { } me || !IsFormAddress(key)) return null;
        var draft = await db.Drafts.FirstOrDefaultAsync(d => d.UserId == me && d.Key == key, ct);
        if (draft is null)
        {
            await MakeRoomAsync(me, ct);
            db.Drafts.Add(draft = new Draft(me, key, data, clock.UtcNow));
        }
        else draft.Update(data, clock.UtcNow);
        await db.SaveChangesAsync(ct);
        return draft.SavedAt;
    }

    public async Task<DraftView?> GetAsync(string key, CancellationToken ct = default)
    {
        if (user.UserId is not { } me) return null;
        var since = clock.UtcNow.AddDays(-Draft.KeepDays);
        return await db.Drafts.AsNoTracking().Where(d => d.UserId == me && d.Key == key && d.SavedAt >= since)
            .Select(d => new DraftView(d.Data, d.SavedAt)).FirstOrDefaultAsync(ct);
    }

    /// <summary>The form was saved: its draft has done its job. Also clears the user's drafts older than the keeping time.</summary>
    public async Task DeleteAsync(string key, CancellationToken ct = default)
    {
        if (user.UserId is not { } me) return;
        var before = clock.UtcNow.AddDays(-Draft.KeepDays);
        await db.Drafts.Where(d => d.UserId == me && (d.Key == key || d.SavedAt < before)).ExecuteDeleteAsync(ct);
    }

    /// <summary>Removes everyone's drafts older than the keeping time (the expiry job, daily); returns how many.</summary>
    public async Task<int> DeleteExpiredAsync(CancellationToken ct = default)
    {
        var before = clock.UtcNow.AddDays(-Draft.KeepDays);
        return await db.Drafts.Where(d => d.SavedAt < before).ExecuteDeleteAsync(ct);
    }

    /// <summary>Below <see cref="Draft.MaxPerUser"/>: the user's oldest drafts go to make room for a new one.</summary>
    private async Task MakeRoomAsync(string me, CancellationToken ct)
    {
        var count = await db.Drafts.CountAsync(d => d.UserId == me, ct);
        if (count < Draft.MaxPerUser) return;
        var oldest = await db.Drafts.Where(d => d.UserId == me).OrderBy(d => d.SavedAt).Select(d => d.Id)
            .Take(count - Draft.MaxPerUser + 1).ToListAsync(ct);
        await db.Drafts.Where(d => oldest.Contains(d.Id)).ExecuteDeleteAsync(ct);
    }

    /// <summary>A local address of this app ("/borgere/…"), not a full URL or a protocol-relative one.</summary>
    public static bool IsFormAddress(string key) => key.Length is > 1 and <= Draft.KeyMaxLength && key[0] == '/' && key[1] != '/' && !key.Contains('\\');
}
