using System.Security.Cryptography;
using Caseload.Application.CitizenPortal;
using Caseload.Application.Common;
using Caseload.Application.Common.Time;
using Caseload.Application.Security;
using Caseload.Domain.Api;
using FluentValidation;
using Microsoft.EntityFrameworkCore;

namespace Caseload.Application.Api;

public sealed class ApiClientInput
{
    public string? Name { get; set; }
    public string? Receiver { get; set; }
    public List<Guid> TeamIds { get; set; } = [];
    public bool MayWrite { get; set; }
    public bool MaySeeFullCpr { get; set; }
}

public sealed class ApiClientInputValidator : AbstractValidator<ApiClientInput>
{
    public ApiClientInputValidator()
    {
        RuleFor(x => x.Name).NotEmpty().WithMessage("Angiv systemets navn.")
            .MaximumLength(ApiClient.NameMaxLength).WithMessage($"Navnet må højst være {ApiClient.NameMaxLength} tegn.");
        RuleFor(x => x.Receiver).NotEmpty().WithMessage("Angiv modtageren, som borgerens samtykke skal nævne (fx «Nexus» eller «Myndighedsafdelingen»).")
            .MaximumLength(ApiClient.ReceiverMaxLength).WithMessage($"Modtageren må højst være {ApiClient.ReceiverMaxLength} tegn.");
        RuleFor(x => x.TeamIds).NotEmpty().WithMessage("Vælg mindst ét team, systemet må læse.");
    }
}

public sealed record ApiClientRow(Guid Id, string Name, string Receiver, IReadOnlyList<string> Teams, bool MayWrite, bool MaySeeFullCpr,
    DateTime CreatedAt, DateTime? RevokedAt);

/// <summary>A new client's id and secret: the secret is shown once and kept only as a hash.</summary>
public sealed record NewApiClient(Guid ClientId, string Secret);

/// <summary>Systems registered for the API (Administrator, ADR 0049): register with teams and rights, revoke.</summary>
public sealed class ApiClientAdministration(ICaseloadDbContext db, CommandRunner commands, IValidator<ApiClientInput> validator,
    ISecretHasher hasher, IDanishClock clock, ICurrentUser user)
{
    public const string UnknownTeamMessage = "Et af de valgte teams findes ikke længere. Genindlæs siden.";

    public async Task<IReadOnlyList<ApiClientRow>> ListAsync(CancellationToken ct = default)
    {
        var clients = await db.ApiClients.AsNoTracking().ToListAsync(ct);
        var teams = await db.Teams.AsNoTracking().ToDictionaryAsync(t => t.Id, t => t.Name, ct);
        return [.. clients.OrderBy(c => c.RevokedAt is not null).ThenBy(c => c.Name, StringComparer.CurrentCulture)
            .Select(c => new ApiClientRow(c.Id, c.Name, c.Receiver, [.. c.TeamIds.Select(id => teams.GetValueOrDefault(id, "(slettet team)")).Order(StringComparer.CurrentCulture)],
                c.MayWrite, c.MaySeeFullCpr, c.CreatedAt, c.RevokedAt))];
    }

    public Task<Result<NewApiClient>> RegisterAsync(ApiClientInput input, CancellationToken ct = default)
        => commands.RunAsync(validator, input, async token =>
        {
            var known = await db.Teams.CountAsync(t => input.TeamIds.Contains(t.Id), token);
            if (known != input.TeamIds.Distinct().Count()) return Result.Fail(UnknownTeamMessage, nameof(input.TeamIds));
            // 256 random bits, URL-safe: long enough that guessing is hopeless, so a fast hash check per token request is fine.
            var secret = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
            var client = new ApiClient(input.Name!, input.Receiver!, hasher.Hash(secret), input.TeamIds, input.MayWrite, input.MaySeeFullCpr);
            db.ApiClients.Add(client);
            return Result.Success(new NewApiClient(client.Id, secret));
        }, ct);

    public Task<Result> RevokeAsync(OwnRecord<ApiClient> record, CancellationToken ct = default)
        => commands.RunAsync(async token =>
        {
            var client = await db.ApiClients.FirstOrDefaultAsync(c => c.Id == record.Id, token);
            if (client is null) return Result.NotFound("Klienten findes ikke.");
            client.Revoke(clock.UtcNow, user.UserId);
            return Result.Ok;
        }, ct);

    /// <summary>The token endpoint's check (ADR 0049): the client exists, is not revoked, and the secret matches its hash.</summary>
    public async Task<(Guid Id, string Name)?> AuthenticateAsync(string? clientId, string? secret, CancellationToken ct = default)
    {
        if (!Guid.TryParse(clientId, out var id) || string.IsNullOrEmpty(secret)) return null;
        var client = await db.ApiClients.AsNoTracking().Where(c => c.Id == id && c.RevokedAt == null)
            .Select(c => new { c.Id, c.Name, c.SecretHash }).FirstOrDefaultAsync(ct);
        return client is not null && hasher.Verify(client.SecretHash, secret) ? (client.Id, client.Name) : null;
    }
}
