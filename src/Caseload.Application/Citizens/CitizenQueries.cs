using Caseload.Application.Auditing;
using Caseload.Application.Common;
using Caseload.Application.Security;
using Caseload.Domain.Auditing;
using Caseload.Domain.Citizens;
using Microsoft.EntityFrameworkCore;

namespace Caseload.Application.Citizens;

public sealed record CitizenListItem(Guid Id, string Name, string MaskedCpr, string TeamName, Whereabouts Whereabouts);

public sealed record CitizenDetails(Guid Id, string Name, string MaskedCpr, DateOnly DateOfBirth, Guid TeamId, string TeamName,
    string? Address, bool SecretAddress, string? Phone, string? SecondaryPhone, string? Email, bool InterpreterNeeded,
    string? InterpreterLanguage, Whereabouts Whereabouts, string? ActingMunicipality, string? Notes,
    IReadOnlyList<CourseSummary> Courses, bool CurrentUserLeadsTeam)
{
    /// <summary>A secret address is shown only to the citizen's assigned workers.</summary>
    public bool AddressHidden => SecretAddress && Address is null;
}

public sealed record AssignmentRow(DateTime At, string? FromWorker, string ToWorker, string Reason, string? By);

public sealed record CourseSummary(Guid Id, string TeamName, Domain.Teams.Method Method, Domain.Courses.CourseStatus Status,
    DateOnly StartDate, DateOnly? EndDate, string? CloseReason, string PrimaryWorker, IReadOnlyList<string> Members,
    IReadOnlyList<AssignmentRow> History);

/// <summary>Reads of citizen records: always through the access scope, and every look is audited.</summary>
public sealed class CitizenQueries(ICaseloadDbContext db, IAccessScope scope, IAuditLog audit, ICurrentUser user, IUserDirectory users)
{
    public const int PageSize = 25;

    public async Task<Paged<CitizenListItem>> SearchAsync(string? text, int page, CancellationToken ct = default)
    {
        var query = CitizenSearch.Matching((await scope.CitizensAsync(ct)).AsNoTracking(), text);
        if (!string.IsNullOrWhiteSpace(text))
            await audit.RecordAsync(AuditAction.Searched, nameof(Citizen), null, details: null, ct: ct); // the search text may be a CPR: not logged
        var total = await query.CountAsync(ct);
        page = Paging.Clamp(page, total, PageSize);
        var rows = await query.OrderBy(c => c.Name)
            .Skip((page - 1) * PageSize).Take(PageSize)
            .Select(c => new { c.Id, c.Name, c.Cpr, Team = db.Teams.Where(t => t.Id == c.TeamId).Select(t => t.Name).First(), c.Whereabouts })
            .ToListAsync(ct);
        return new Paged<CitizenListItem>(
            rows.Select(r => new CitizenListItem(r.Id, r.Name, r.Cpr.Masked, r.Team, r.Whereabouts)).ToList(), page, PageSize, total);
    }

    /// <summary>The record, or null when it does not exist or is outside the user's scope (callers answer 404).
    /// The read is audited before anything is shown, so it is kept even if the page fails afterwards.</summary>
    public async Task<CitizenDetails?> GetAsync(Guid id, CancellationToken ct = default)
    {
        var c = await scope.FindCitizenAsync(id, ct);
        if (c is null) return null;
        await audit.RecordAsync(AuditAction.Viewed, nameof(Citizen), c.Id.ToString(), c.Id, ct: ct);
        var teams = await db.Teams.AsNoTracking().ToDictionaryAsync(t => t.Id, t => t.Name, ct);
        var courses = await db.Courses.AsNoTracking().Include(k => k.Assignments).Include(k => k.Members)
            .Where(k => k.CitizenId == c.Id).OrderByDescending(k => k.Status == Domain.Courses.CourseStatus.Active).ThenByDescending(k => k.StartDate)
            .ToListAsync(ct);
        var names = await users.NamesAsync(courses.SelectMany(k => k.Assignments.SelectMany(a => new[] { a.FromWorkerId, a.ToWorkerId, a.By }))
            .Concat(courses.SelectMany(k => k.Members.Select(m => m.UserId))).Concat(courses.Select(k => k.PrimaryWorkerId)).OfType<string>(), ct);
        string Name(string? id) => id is null ? "–" : names.GetValueOrDefault(id, "(ukendt)");
        var assigned = user.UserId is not null && courses.Any(k => k.IsActive && k.Involves(user.UserId));
        var leads = (await scope.LedTeamIdsAsync(ct)).Contains(c.TeamId);
        var summaries = courses.Select(k => new CourseSummary(k.Id, teams.GetValueOrDefault(k.TeamId, ""), k.Method, k.Status, k.StartDate,
            k.EndDate, k.CloseReason, Name(k.PrimaryWorkerId), k.Members.Select(m => $"{Name(m.UserId)} ({m.Discipline})").ToList(),
            k.Assignments.OrderByDescending(a => a.At).Select(a => new AssignmentRow(a.At, a.FromWorkerId is null ? null : Name(a.FromWorkerId),
                Name(a.ToWorkerId), a.Reason, a.By is null ? null : Name(a.By))).ToList())).ToList();
        return new CitizenDetails(c.Id, c.Name, c.Cpr.Masked, c.DateOfBirth, c.TeamId, teams.GetValueOrDefault(c.TeamId, ""),
            c.SecretAddress && !assigned ? null : c.Address, c.SecretAddress, c.Phone,
            c.SecondaryPhone, c.Email, c.InterpreterNeeded, c.InterpreterLanguage, c.Whereabouts, c.ActingMunicipality, c.Notes,
            summaries, leads);
    }

    /// <summary>The full CPR number, for a user who asked to see it; the request is audited.</summary>
    public async Task<string?> RevealCprAsync(Guid id, CancellationToken ct = default)
    {
        var c = await scope.FindCitizenAsync(id, ct);
        if (c is null) return null;
        await audit.RecordAsync(AuditAction.RevealedCpr, nameof(Citizen), c.Id.ToString(), c.Id, ct: ct);
        return c.Cpr.Formatted;
    }
}
