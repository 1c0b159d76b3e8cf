using Caseload.Application.Common;
using Caseload.Application.Security;
using Caseload.Domain.Teams;
using FluentValidation;
using Microsoft.EntityFrameworkCore;

namespace Caseload.Application.Teams;

public sealed class TeamInput
{
    public string? Name { get; set; }
    public Method Method { get; set; }
    public decimal? CaseloadLimitPerFte { get; set; } = Team.DefaultCaseloadLimitPerFte;
    /// <summary>The version the form was loaded from (optimistic concurrency); empty for a new team.</summary>
    public Guid Version { get; set; }
}

public sealed class TeamInputValidator : AbstractValidator<TeamInput>
{
    public TeamInputValidator()
    {
        RuleFor(x => x.Name).NotEmpty().WithMessage("Angiv teamets navn.")
            .MaximumLength(Team.NameMaxLength).WithMessage($"Teamets navn må højst være {Team.NameMaxLength} tegn.");
        RuleFor(x => x.Method).IsInEnum().WithMessage("Vælg metode.");
        RuleFor(x => x.CaseloadLimitPerFte).NotNull().WithMessage("Angiv grænsen for borgere pr. årsværk.")
            .InclusiveBetween(Team.MinCaseloadLimitPerFte, Team.MaxCaseloadLimitPerFte).WithMessage(Team.CaseloadLimitMessage);
    }
}

public sealed record TeamRow(Guid Id, string Name, Method Method, decimal CaseloadLimitPerFte, int Members);

/// <summary>Teams (Administrator): name, method and the caseload limit per full-time worker.</summary>
public sealed class TeamAdministration(ICaseloadDbContext db, CommandRunner commands, IValidator<TeamInput> validator)
{
    public async Task<IReadOnlyList<TeamRow>> ListAsync(CancellationToken ct = default)
        => await db.Teams.AsNoTracking().OrderBy(t => t.Name)
            .Select(t => new TeamRow(t.Id, t.Name, t.Method, t.CaseloadLimitPerFte, t.Members.Count)).ToListAsync(ct);

    public async Task<TeamInput?> GetAsync(OwnRecord<Team> team, CancellationToken ct = default)
        => await db.Teams.AsNoTracking().Where(t => t.Id == team.Id)
            .Select(t => new TeamInput { Name = t.Name, Method = t.Method, CaseloadLimitPerFte = t.CaseloadLimitPerFte, Version = t.Version })
            .FirstOrDefaultAsync(ct);

    public Task<Result> CreateAsync(TeamInput input, CancellationToken ct = default)
        => commands.RunAsync(validator, input, async token =>
        {
            if (await db.Teams.AnyAsync(t => t.Name == input.Name!.Trim(), token)) return Result.Fail(DuplicateNameMessage, nameof(input.Name));
            db.Teams.Add(new Team(input.Name!, input.Method, input.CaseloadLimitPerFte!.Value));
            return Result.Ok;
        }, ct);

    /// <summary>Name and limit; the method of an existing team does not change (its courses follow it). Null: no such team.</summary>
    public async Task<Result?> UpdateAsync(OwnRecord<Team> team, TeamInput input, CancellationToken ct = default)
    {
        if (!await db.Teams.AnyAsync(t => t.Id == team.Id, ct)) return null;
        return await commands.RunAsync(validator, input, async token =>
        {
            var saved = await db.Teams.FirstAsync(t => t.Id == team.Id, token);
            commands.Expect(saved, input.Version);
            if (await db.Teams.AnyAsync(t => t.Id != team.Id && t.Name == input.Name!.Trim(), token)) return Result.Fail(DuplicateNameMessage, nameof(input.Name));
            saved.Rename(input.Name!);
            saved.SetCaseloadLimit(input.CaseloadLimitPerFte!.Value);
            return Result.Ok;
        }, ct);
    }

    private const string DuplicateNameMessage = "Der findes allerede et team med det navn.";
}
