using Caseload.Application.Citizens;
using Caseload.Application.Common;
using Caseload.Application.Common.Time;
using FluentValidation;
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

public sealed class AuditFilterValidator : AbstractValidator<AuditFilter>
{
    public AuditFilterValidator()
    {
        RuleFor(x => x.User).MaximumLength(200).WithMessage("Brugerfeltet må højst være 200 tegn.");
        RuleFor(x => x.Citizen).MaximumLength(200).WithMessage("Borgerfeltet må højst være 200 tegn.");
        RuleFor(x => x.From).Must(d => d is null || DateRules.IsSane(d.Value)).WithMessage(DateRules.OutOfRangeMessage);
        RuleFor(x => x.To).Must(d => d is null || DateRules.IsSane(d.Value)).WithMessage(DateRules.OutOfRangeMessage);
        RuleFor(x => x).Must(f => f.From is null || f.To is null || f.From <= f.To).WithName("To")
            .WithMessage("Til-datoen skal ligge efter fra-datoen.").OverridePropertyName("To");
    }
}

public sealed record AuditRow(DateTime At, string? UserName, AuditAction Action, string EntityType, string? EntityKey,
    string? CitizenName, string? Changes, string? IpAddress);

/// <summary>Searches the audit log (Administrator). Read-only: there is no way to change a row.</summary>
/// <remarks>An explicit bypass of the access scope (administrators search every team's log); every search is itself audited.</remarks>
public sealed class AuditSearch(ICaseloadDbContext db, IAuditLog audit, IValidator<AuditFilter> validator)
{
    public const int PageSize = 50;

    /// <summary>Null with the Danish messages when the filter is not valid (e.g. a period out of range).</summary>
    public async Task<(Paged<AuditRow>? Rows, Result Result)> SearchAsync(AuditFilter filter, CancellationToken ct = default)
    {
        var validation = await validator.ValidateAsync(filter, ct);
        if (!validation.IsValid) return (null, Result.From(validation));
        var query = db.AuditEntries.AsNoTracking();
        List<Guid>? citizenIds = null;
        if (!string.IsNullOrWhiteSpace(filter.Citizen))
            citizenIds = await CitizenSearch.Matching(db.Citizens, filter.Citizen).Select(c => c.Id).ToListAsync(ct);
        // The search itself is audited with what was asked for (a CPR masked) and how many citizens it matched.
        await audit.RecordAsync(AuditAction.Searched, AuditNames.AuditLog, null, citizenIds is [var only] ? only : null,
            citizenIds is null ? null : SearchAudit.Details(filter.Citizen!, citizenIds.Count), ct);
        if (!string.IsNullOrWhiteSpace(filter.User))
        {
            var user = filter.User.Trim().ToLowerInvariant();
            query = query.Where(a => a.UserName != null && a.UserName.ToLower().Contains(user));
        }
        if (citizenIds is not null)
            query = query.Where(a => a.CitizenId != null && citizenIds.Contains(a.CitizenId.Value));
        if (filter.From is { } from)
        {
            var fromUtc = DanishTime.StartOfDayUtc(from);
            query = query.Where(a => a.At >= fromUtc);
        }
        if (filter.To is { } to)
        {
            var toUtc = DanishTime.StartOfDayUtc(to.AddDays(1));
            query = query.Where(a => a.At < toUtc);
        }

        var rows = await query.OrderByDescending(a => a.At).ThenByDescending(a => a.Id)
            .Select(a => new AuditRow(a.At, a.UserName, a.Action, a.EntityType, a.EntityKey,
                db.Citizens.Where(c => c.Id == a.CitizenId).Select(c => c.Name).FirstOrDefault(),
                a.Changes, a.IpAddress))
            .ToPagedAsync(filter.Page, PageSize, ct);
        return (rows, Result.Ok);
    }
}
