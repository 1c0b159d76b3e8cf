using System.Security.Cryptography;
using Caseload.Application.Common;
using Caseload.Application.Common.Time;
using Caseload.Domain.Auditing;
using Microsoft.EntityFrameworkCore;

namespace Caseload.Application.CitizenPortal;

/// <summary>What the citizen gave to be identified. The SMS path: the phone, the one-time code and the PIN. MitID (NemLog-in,
/// OpenID Connect) would give the verified CPR number from the identity token as <see cref="Identifier"/> and nothing else (ADR 0042).</summary>
public sealed record CitizenCredentials(string? Identifier, string? Code, string? Pin);

/// <summary>Who the citizen turned out to be — a citizen with access enabled — or a Danish message saying why not.</summary>
public sealed record CitizenIdentity(Guid? CitizenId, string? Message)
{
    /// <summary>The user id a citizen principal carries (<see cref="CitizenActor"/>).</summary>
    public string? ActorId => CitizenId is { } id ? CitizenActor.UserIdOf(id) : null;

    public static CitizenIdentity Refused(string message) => new(null, message);
}

/// <summary>The seam for "how a citizen is identified" (ADR 0042). What follows — the session in the citizen scheme, the scope of
/// exactly one's own record, the audit with the citizen as actor — is the same whichever way the citizen was identified.</summary>
public interface ICitizenIdentification
{
    Task<CitizenIdentity> IdentifyAsync(CitizenCredentials credentials, CancellationToken ct = default);
}

/// <summary>
/// Identification by a one-time code sent by SMS to the registered phone, and the PIN the citizen chose with the worker. Every
/// wrong code or PIN counts; after <see cref="Domain.CitizenPortal.CitizenAccess.MaxFailures"/> the access locks for half an
/// hour. Messages never tell whether a number is known.
/// </summary>
public sealed class SmsPinIdentification(ICaseloadDbContext db, CommandRunner commands, ISecretHasher hasher, ISmsSender sms,
    IDanishClock clock, ICurrentUser currentUser) : ICitizenIdentification
{
    public const string WrongMessage = "Koden eller pinkoden er forkert. Prøv igen.";
    public const string LockedMessage = "Der er prøvet for mange gange. Adgangen er låst i 30 minutter. Kontakt din medarbejder, hvis du har brug for hjælp.";
    public const string NoCodeMessage = "Koden er udløbet. Bed om en ny kode.";

    /// <summary>Sends a new code when the phone belongs to an enabled, unlocked access. Says nothing about whether it did.</summary>
    public async Task RequestCodeAsync(string? phone, CancellationToken ct = default)
    {
        var number = SmsNumbers.Normalize(phone);
        if (number is null) return;
        var code = RandomNumberGenerator.GetInt32(0, 1_000_000).ToString("D6", System.Globalization.CultureInfo.InvariantCulture);
        var issued = await commands.RunAsync(async token =>
        {
            var now = clock.UtcNow;
            var access = await db.CitizenAccesses.FirstOrDefaultAsync(a => a.Phone == number && a.RevokedAt == null, token);
            if (access is null || access.IsLockedAt(now)) return Result.Fail("");
            access.IssueCode(hasher.Hash(code), now);
            return Result.Ok;
        }, ct);
        if (issued.Succeeded) await sms.SendAsync(number, $"Din kode til Caseload er {code}. Den virker i 10 minutter.", ct);
    }

    public async Task<CitizenIdentity> IdentifyAsync(CitizenCredentials credentials, CancellationToken ct = default)
    {
        var number = SmsNumbers.Normalize(credentials.Identifier);
        if (number is null) return CitizenIdentity.Refused(WrongMessage);
        var result = await commands.RunAsync(async token =>
        {
            var now = clock.UtcNow;
            var access = await db.CitizenAccesses.FirstOrDefaultAsync(a => a.Phone == number && a.RevokedAt == null, token);
            if (access is null) return Result.Success(CitizenIdentity.Refused(WrongMessage));
            if (access.IsLockedAt(now)) return Result.Success(CitizenIdentity.Refused(LockedMessage));
            if (!access.HasValidCodeAt(now)) return Result.Success(CitizenIdentity.Refused(NoCodeMessage));
            var right = hasher.Verify(access.CodeHash!, credentials.Code?.Trim() ?? "") & hasher.Verify(access.PinHash, credentials.Pin?.Trim() ?? "");
            if (!right)
            {
                var locked = access.RecordFailure(now);
                Audit(locked ? AuditAction.LockedOut : AuditAction.SignInFailed, access.CitizenId, now);
                return Result.Success(CitizenIdentity.Refused(locked ? LockedMessage : WrongMessage));
            }
            access.RecordSignIn(now);
            Audit(AuditAction.SignedIn, access.CitizenId, now);
            return Result.Success(new CitizenIdentity(access.CitizenId, null));
        }, ct);
        return result.Value ?? CitizenIdentity.Refused(WrongMessage); // a conflict with a parallel try: simply try again
    }

    /// <summary>Sign-in events name the citizen as the actor (no principal exists yet), in the same transaction as the count.</summary>
    private void Audit(AuditAction action, Guid citizenId, DateTime now)
        => db.AuditEntries.Add(new AuditEntry(now, CitizenActor.UserIdOf(citizenId), CitizenActor.DisplayName, action,
            AuditNames.CitizenPortal, citizenId.ToString(), citizenId, null, currentUser.IpAddress));
}
