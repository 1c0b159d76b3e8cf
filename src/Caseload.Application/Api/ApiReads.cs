using Caseload.Application.Auditing;
using Caseload.Application.Common;
using Caseload.Application.Engines;
using Caseload.Application.Security;
using Caseload.Domain.Auditing;
using Caseload.Domain.Citizens;
using Caseload.Domain.CourseEvents;
using Caseload.Domain.Courses;
using Microsoft.EntityFrameworkCore;

namespace Caseload.Application.Api;

/// <summary>
/// The API's reads of citizens (ADR 0049). Every method takes a <see cref="ScopedCitizen"/> — bound from the route through the
/// access scope, which for an API client holds only its granted teams — and answers null (404) when the client is no API client,
/// or no consent covers its receiver (<see cref="ApiConsent"/>). Every read that answers is audited with the client as the actor.
/// Plans, goals and measurements come from the course event log (ADR 0024), the engines' common language, not their tables.
/// </summary>
public sealed class ApiReads(ICaseloadDbContext db, IAccessScope scope, ApiCaller caller, ApiConsent consent, IAuditLog audit, Deadlines deadlines)
{
    public const int PageSize = 25;

    private async Task<ApiGrant?> AllowedAsync(ScopedCitizen citizen, string what, CancellationToken ct)
    {
        if (await caller.GrantAsync(ct) is not { } grant || !await consent.CoversAsync(citizen, grant, ct)) return null;
        await audit.RecordAsync(AuditAction.Viewed, AuditNames.Citizen, citizen.Id.ToString(), citizen.Id, $"API: {what}", ct);
        return grant;
    }

    /// <summary>The citizens of the client's teams whose consent covers it, by name; a page may hold fewer than
    /// <see cref="PageSize"/> (those without consent are left out), <c>More</c> says whether there is a next page.</summary>
    public async Task<ApiCitizenPage?> CitizensAsync(int page, CancellationToken ct = default)
    {
        if (await caller.GrantAsync(ct) is not { } grant) return null;
        page = Math.Max(page, 1);
        var rows = await (await scope.CitizensAsync(ct)).AsNoTracking().OrderBy(c => c.Name).ThenBy(c => c.Id)
            .Skip((page - 1) * PageSize).Take(PageSize + 1)
            .Select(c => new CitizenRow(c.Id, c.TeamId, c.Name, c.Cpr, c.SecretAddress ? null : c.Address, c.Phone)).ToListAsync(ct);
        var shown = new List<ApiCitizen>();
        foreach (var row in rows.Take(PageSize))
            if (await scope.CitizenAsync(row.Id, ct) is { } citizen && await consent.CoversAsync(citizen, grant, ct)) shown.Add(Shape(row, grant));
        await audit.RecordManyAsync(AuditAction.Viewed, AuditNames.Citizen, [.. shown.Select(c => c.Id)], "API: borgerliste", ct);
        if (grant.MaySeeFullCpr)
            await audit.RecordManyAsync(AuditAction.RevealedCpr, AuditNames.Citizen, [.. shown.Where(c => c.Cpr is not null).Select(c => c.Id)], "API: borgerliste", ct);
        return new ApiCitizenPage(shown, page, rows.Count > PageSize);
    }

    public async Task<ApiCitizen?> CitizenAsync(ScopedCitizen citizen, CancellationToken ct = default)
    {
        if (await AllowedAsync(citizen, "stamdata", ct) is not { } grant) return null;
        var row = await db.Citizens.AsNoTracking().Where(c => c.Id == citizen.Id)
            .Select(c => new CitizenRow(c.Id, c.TeamId, c.Name, c.Cpr, c.SecretAddress ? null : c.Address, c.Phone)).FirstAsync(ct);
        // The full number is a reveal, audited as on the citizen page (domain.md §6).
        if (grant.MaySeeFullCpr && row.Cpr is not null)
            await audit.RecordAsync(AuditAction.RevealedCpr, AuditNames.Citizen, citizen.Id.ToString(), citizen.Id, "API: stamdata", ct);
        return Shape(row, grant);
    }

    public async Task<IReadOnlyList<ApiCourse>?> CoursesAsync(ScopedCitizen citizen, CancellationToken ct = default)
    {
        if (await AllowedAsync(citizen, "forløb", ct) is not { } grant) return null;
        var teams = grant.TeamIds;
        var courses = await db.Courses.AsNoTracking().Where(c => c.CitizenId == citizen.Id && teams.Contains(c.TeamId))
            .OrderBy(c => c.StartDate).Select(c => new { c.Id, c.CitizenId, c.TeamId, c.Method, c.Status, c.StartDate, c.EndDate, c.EndCause })
            .ToListAsync(ct);
        return [.. courses.Select(c => new ApiCourse(c.Id, c.CitizenId, c.TeamId, CourseEventTypes.CodeOf(c.Method), CourseEventTypes.CodeOf(c.Status),
            c.StartDate, c.EndDate, c.EndCause is { } cause ? CourseEventTypes.CodeOf(cause) : null))];
    }

    public async Task<IReadOnlyList<ApiDeadline>?> DeadlinesAsync(ScopedCitizen citizen, CancellationToken ct = default)
    {
        if (await AllowedAsync(citizen, "frister", ct) is null) return null;
        return [.. (await deadlines.ForCitizensAsync([citizen.Id], ct)).Select(d => new ApiDeadline(d.Label, d.Due, d.TimeLeft))];
    }

    public async Task<IReadOnlyList<ApiGoal>?> GoalsAsync(ScopedCitizen citizen, CancellationToken ct = default)
    {
        if (await AllowedAsync(citizen, "planer og mål", ct) is not { } grant) return null;
        var events = await EventsAsync(citizen, grant, [CourseEventTypes.PlanGoalAdded, CourseEventTypes.PlanGoalStatusChanged], ct);
        return [.. events.Where(e => e.SubjectId is not null).GroupBy(e => e.SubjectId!.Value).Select(g =>
        {
            var added = g.FirstOrDefault(e => e.Type == CourseEventTypes.PlanGoalAdded) ?? g.First();
            var last = g.Last();
            return new ApiGoal(g.Key, last.CourseId, CourseEventTypes.CodeOf(last.Method), last.Code ?? "", added.OccurredOn,
                last.Type == CourseEventTypes.PlanGoalStatusChanged ? last.OccurredOn : null);
        })];
    }

    public async Task<IReadOnlyList<ApiMeasurement>?> MeasurementsAsync(ScopedCitizen citizen, CancellationToken ct = default)
    {
        if (await AllowedAsync(citizen, "målinger", ct) is not { } grant) return null;
        var events = await EventsAsync(citizen, grant, [CourseEventTypes.MeasurementTaken], ct);
        return [.. events.Select(e =>
        {
            var code = e.Code ?? "";
            var colon = code.IndexOf(':', StringComparison.Ordinal);
            return new ApiMeasurement(e.SubjectId ?? Guid.Empty, e.CourseId, colon < 0 ? code : code[..colon], colon < 0 ? "" : code[(colon + 1)..],
                e.Number, e.ActualOn ?? e.OccurredOn);
        })];
    }

    private Task<List<CourseEvent>> EventsAsync(ScopedCitizen citizen, ApiGrant grant, string[] types, CancellationToken ct)
    {
        var teams = grant.TeamIds;
        return db.CourseEvents.AsNoTracking().Where(e => e.CitizenId == citizen.Id && teams.Contains(e.TeamId) && types.Contains(e.Type))
            .OrderBy(e => e.Sequence).ToListAsync(ct);
    }

    private static ApiCitizen Shape(CitizenRow row, ApiGrant grant)
        => new(row.Id, row.TeamId, row.Name, grant.MaySeeFullCpr ? row.Cpr?.Formatted : row.Cpr?.Masked, !grant.MaySeeFullCpr, row.Address, row.Phone);

    private sealed record CitizenRow(Guid Id, Guid TeamId, string Name, CprNumber? Cpr, string? Address, string? Phone);
}
