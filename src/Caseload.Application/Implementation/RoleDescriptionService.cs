using Caseload.Application.Common;
using Caseload.Application.Security;
using Caseload.Domain.Implementation;
using Caseload.Domain.Teams;
using Microsoft.EntityFrameworkCore;

namespace Caseload.Application.Implementation;

public sealed class RoleDescriptionInput
{
    public Method? Method { get; set; }
    public string? Role { get; set; }
    public string? Purpose { get; set; }
    /// <summary>The tasks in each stage, in the method's order (its engine's <see cref="Engines.MethodDefinition.Phases"/>).</summary>
    public List<string?> Tasks { get; set; } = [];
    public string? ProfessionalCompetences { get; set; }
    public string? PersonalCompetences { get; set; }
    public Guid Version { get; set; }
}

public sealed record RoleDescriptionRow(Guid Id, Method Method, string Role, string? Purpose);

public sealed record RoleDescriptionView(Guid Id, Guid Version, Method Method, string Role, string? Purpose, IReadOnlyList<StageTasks> Tasks,
    string? ProfessionalCompetences, string? PersonalCompetences, DateTime SavedAt);

/// <summary>Role descriptions (bilag 1d) per method and role; a team member's discipline finds the one of the same name.</summary>
public sealed class RoleDescriptionService(ICaseloadDbContext db, CommandRunner commands, Auditing.IAuditLog audit, Engines.MethodDefinitions methods)
{
    public const string GoneMessage = "Rollebeskrivelsen findes ikke længere. Genindlæs siden.";

    public async Task<IReadOnlyList<RoleDescriptionRow>> ListAsync(CancellationToken ct = default)
        => await db.RoleDescriptions.AsNoTracking().OrderBy(r => r.Method).ThenBy(r => r.Role)
            .Select(r => new RoleDescriptionRow(r.Id, r.Method, r.Role, r.Purpose)).ToListAsync(ct);

    public async Task<RoleDescriptionView?> DescriptionAsync(OwnRecord<RoleDescription> description, CancellationToken ct = default)
        => await db.RoleDescriptions.AsNoTracking().Where(r => r.Id == description.Id).FirstOrDefaultAsync(ct) is { } r
            ? new RoleDescriptionView(r.Id, r.Version, r.Method, r.Role, r.Purpose, r.Tasks, r.ProfessionalCompetences, r.PersonalCompetences, r.UpdatedAt ?? r.CreatedAt)
            : null;

    /// <summary>The descriptions for the given methods' roles, keyed by <see cref="RoleDescription.KeyOf"/>: how the caseload board links a discipline.</summary>
    public async Task<IReadOnlyDictionary<string, Guid>> IdsByRoleAsync(Method method, CancellationToken ct = default)
        => (await db.RoleDescriptions.AsNoTracking().Where(r => r.Method == method).Select(r => new { r.Id, r.Role }).ToListAsync(ct))
            .GroupBy(r => RoleDescription.KeyOf(r.Role)).ToDictionary(g => g.Key, g => g.First().Id);

    public Task<Result<Guid>> CreateAsync(RoleDescriptionInput input, CancellationToken ct = default)
        => commands.RunAsync(async token =>
        {
            if (input.Method is null) return Result.Fail("Vælg metoden.", nameof(input.Method));
            var description = new RoleDescription(input.Method.Value, input.Role, methods.For(input.Method.Value).Phases ?? CourseStages.Default);
            if (await ExistsAsync(input.Method.Value, description.Role, null, token))
                return Result.Fail($"Der findes allerede en rollebeskrivelse for «{description.Role}» i {input.Method.Value.Danish()}.", nameof(input.Role));
            db.RoleDescriptions.Add(description);
            return Result.Success(description.Id);
        }, ct);

    public Task<Result> SaveAsync(OwnRecord<RoleDescription> description, RoleDescriptionInput input, CancellationToken ct = default)
        => commands.RunAsync(async token =>
        {
            var r = await db.RoleDescriptions.FirstOrDefaultAsync(x => x.Id == description.Id, token);
            if (r is null) return Result.NotFound(GoneMessage);
            commands.Expect(r, input.Version);
            var stages = r.Tasks.Select(t => t.Stage).ToList(); // the method's stages, as made
            r.Change(input.Role, input.Purpose, stages.Select((s, i) => (s, input.Tasks.ElementAtOrDefault(i))).ToDictionary(x => x.s, x => x.Item2),
                input.ProfessionalCompetences, input.PersonalCompetences);
            if (await ExistsAsync(r.Method, r.Role, description.Id, token))
                return Result.Fail($"Der findes allerede en rollebeskrivelse for «{r.Role}» i {r.Method.Danish()}.", nameof(input.Role));
            return Result.Ok;
        }, ct);

    /// <summary>Roles are matched case-insensitively (as a discipline is typed); compared in memory, as a method has few roles.</summary>
    private async Task<bool> ExistsAsync(Method method, string role, Guid? except, CancellationToken ct)
        => (await db.RoleDescriptions.AsNoTracking().Where(r => r.Method == method && r.Id != except).Select(r => r.Role).ToListAsync(ct))
            .Any(r => RoleDescription.KeyOf(r) == RoleDescription.KeyOf(role));

    /// <summary>"Printed document": the role description, as PDF or for the printer.</summary>
    public Task RecordPrintAsync(RoleDescriptionView d, bool pdf, CancellationToken ct = default)
        => audit.RecordAsync(Domain.Auditing.AuditAction.Printed, Domain.Auditing.AuditNames.RoleDescription, d.Id.ToString(), null,
            $"Rollebeskrivelse, {d.Role} ({d.Method.Danish()}), {(pdf ? "PDF" : "udskrift")}", ct);
}
