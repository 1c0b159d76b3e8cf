using Caseload.Application.Common;
using Caseload.Application.Common.Time;
using Caseload.Application.Security;
using Caseload.Domain.CitizenPortal;
using FluentValidation;
using Microsoft.EntityFrameworkCore;

namespace Caseload.Application.CitizenPortal;

/// <summary>Enabling access to /mig: with the citizen present, their phone and a PIN they choose (4–6 digits).</summary>
public sealed record CitizenAccessInput(string? Phone, string? Pin, string? PinAgain);

public sealed class CitizenAccessInputValidator : AbstractValidator<CitizenAccessInput>
{
    public CitizenAccessInputValidator()
    {
        RuleFor(x => x.Phone).Must(p => SmsNumbers.Normalize(p) is not null)
            .WithMessage("Skriv et mobilnummer, der kan få en SMS (8 cifre eller +landekode).");
        RuleFor(x => x.Pin).Must(IsPin).WithMessage("Pinkoden skal være 4 til 6 cifre.");
        RuleFor(x => x.PinAgain).Equal(x => x.Pin).WithMessage("De to pinkoder er ikke ens.");
    }

    public static bool IsPin(string? pin) => pin is { Length: >= 4 and <= 6 } && pin.All(char.IsAsciiDigit);
}

/// <summary>What the citizen page shows of the citizen's access to their own view.</summary>
public sealed record CitizenAccessView(bool Enabled, string? Phone, DateTime? EnabledAt, DateTime? LastSignInAt, DateTime? RevokedAt, bool Locked,
    bool MayChange, string? MasterDataPhone, DateTime? ActedAt = null);

/// <summary>The worker's side of the citizen's own view (issue #34 item 1): enable with the citizen present, revoke, see the last sign-in.</summary>
public sealed class CitizenAccessService(ICaseloadDbContext db, CommandRunner commands, IValidator<CitizenAccessInput> validator,
    ISecretHasher hasher, ICitizenSessions sessions, IDanishClock clock)
{
    public const string NotYoursMessage = "Kun borgerens egne medarbejdere og teamlederen kan give eller lukke adgang.";

    public async Task<CitizenAccessView> ForCitizenPageAsync(ScopedCitizen citizen, CancellationToken ct = default)
    {
        var row = await db.Citizens.AsNoTracking().Where(c => c.Id == citizen.Id)
            .Select(c => new
            {
                c.Phone,
                // A list (one row at most): "the first" of an entity inside a projection is ROW_NUMBER() over the whole table.
                Access = db.CitizenAccesses.Where(a => a.CitizenId == c.Id)
                    .Select(a => new { a.Phone, a.EnabledAt, a.LastSignInAt, a.RevokedAt, a.LockedUntil, a.ActedAt }).ToList(),
            })
            .FirstOrDefaultAsync(ct);
        var a = row?.Access.FirstOrDefault();
        var now = clock.UtcNow;
        return new CitizenAccessView(a is not null && a.RevokedAt is null, a?.Phone, a?.EnabledAt, a?.LastSignInAt, a?.RevokedAt,
            a?.LockedUntil > now, citizen.MayChangeCourseWork, row?.Phone, a?.ActedAt);
    }

    public Task<Result> EnableAsync(ScopedCitizen citizen, CitizenAccessInput input, CancellationToken ct = default)
        => commands.RunAsync(validator, input, async token =>
        {
            if (!citizen.MayChangeCourseWork) return Result.Forbidden(NotYoursMessage);
            var phone = SmsNumbers.Normalize(input.Phone)!;
            if (await db.CitizenAccesses.AnyAsync(a => a.Phone == phone && a.CitizenId != citizen.Id && a.RevokedAt == null, token))
                return Result.Fail("Nummeret bruges allerede af en anden borgers adgang.", nameof(input.Phone));
            var hash = hasher.Hash(input.Pin!);
            var access = await db.CitizenAccesses.FirstOrDefaultAsync(a => a.CitizenId == citizen.Id, token);
            if (access is null) db.CitizenAccesses.Add(new CitizenAccess(citizen.Id, phone, hash, clock.UtcNow));
            else access.Renew(phone, hash, clock.UtcNow);
            // A new PIN: any session opened with the old one ends.
            await sessions.EndAllAsync(citizen.Id, token);
            return Result.Ok;
        }, ct);

    public Task<Result> RevokeAsync(ScopedCitizen citizen, CancellationToken ct = default)
        => commands.RunAsync(async token =>
        {
            if (!citizen.MayChangeCourseWork) return Result.Forbidden(NotYoursMessage);
            var access = await db.CitizenAccesses.FirstOrDefaultAsync(a => a.CitizenId == citizen.Id, token);
            if (access is null) return Result.Fail("Borgeren har ingen adgang.");
            access.Revoke(clock.UtcNow);
            await sessions.EndAllAsync(citizen.Id, token);
            return Result.Ok;
        }, ct);
}
