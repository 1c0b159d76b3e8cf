using Caseload.Application.Citizens;
using Caseload.Application.Common;
using Caseload.Domain.Auditing;
using Microsoft.EntityFrameworkCore;

namespace Caseload.Application.Auditing;

public sealed class AuditFilter
{
    /// <summary>Part of the user's e-mail.</summary>
    public string? User { get; set; }
    /// <summary>Part of the citizen's name, or a CPR number (with or without dash).</summary>
    public string? Citizen { get; set; }
    public DateOnly? From { get; set; }
    public DateOnly? To { get; set; }
    public int Page { get; set; } = 1;
}

public sealed record AuditRow(DateTime At, string? UserName, AuditAction Action, string EntityType, string? EntityKey,
    string? CitizenName, string? Changes, string? IpAddress);

/// <summary>Searches the audit log (Administrator). Read-only: there is no way to change a row.</summary>
public sealed class AuditSearch(ICaseloadDbContext db)
{
    public const int PageSize = 50;

    public async Task<Paged<AuditRow>> SearchAsync(AuditFilter filter, TimeZoneInfo zone, CancellationToken ct = default)
    {
        var query = db.AuditEntries.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(filter.User))
        {
            var user = filter.User.Trim().ToLowerInvariant();
            query = query.Where(a => a.UserName != null && a.UserName.ToLower().Contains(user));
        }
        if (!string.IsNullOrWhiteSpace(filter.Citizen))
        {
            var citizenIds = await CitizenSearch.Matching(db.Citizens, filter.Citizen).Select(c => c.Id).ToListAsync(ct);
            query = query.Where(a => a.CitizenId != null && citizenIds.Contains(a.CitizenId.Value));
        }
        if (filter.From is { } from)
        {
            var fromUtc = TimeZoneInfo.ConvertTimeToUtc(from.ToDateTime(TimeOnly.MinValue), zone);
            query = query.Where(a => a.At >= fromUtc);
        }
        if (filter.To is { } to)
        {
            var toUtc = TimeZoneInfo.ConvertTimeToUtc(to.AddDays(1).ToDateTime(TimeOnly.MinValue), zone);
            query = query.Where(a => a.At < toUtc);
        }

        var total = await query.CountAsync(ct);
        var page = Paging.Clamp(filter.Page, total, PageSize);
        var rows = await query.OrderByDescending(a => a.At).ThenByDescending(a => a.Id)
            .Skip((page - 1) * PageSize).Take(PageSize)
            .Select(a => new AuditRow(a.At, a.UserName, a.Action, a.EntityType, a.EntityKey,
                db.Citizens.Where(c => c.Id == a.CitizenId).Select(c => c.Name).FirstOrDefault(),
                a.Changes, a.IpAddress))
            .ToListAsync(ct);
        return new Paged<AuditRow>(rows, page, PageSize, total);
    }
}
