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

    public const string TooManyCodesMessage = "Du har bedt om for mange koder. Vent en time, og prøv igen.";
    /// <summary>Codes a phone number may ask for in <see cref="CodeWindow"/>: enough for a typo or two, few SMS for a prankster.</summary>
    public const int CodesPerPhone = 3;
    /// <summary>Codes one IP address may ask for in the window (a shelter's shared Wi-Fi serves several citizens).</summary>
    public const int CodesPerAddress = 10;
    public static readonly TimeSpan CodeWindow = TimeSpan.FromHours(1);

    /// <summary>Sends a new code when the phone belongs to an enabled, unlocked access. Says nothing about whether it did, only
    /// when the number or the address asked too often (the same answer for a known and an unknown number).</summary>
    public async Task<string?> RequestCodeAsync(string? phone, CancellationToken ct = default)
    {
        var number = SmsNumbers.Normalize(phone);
        if (number is null) return null;
        var code = RandomNumberGenerator.GetInt32(0, 1_000_000).ToString("D6", System.Globalization.CultureInfo.InvariantCulture);
        var (limited, send) = (false, false);
        var done = await commands.RunAsync(async token =>
        {
            (limited, send) = (false, false); // the command may run again after a conflict
            var now = clock.UtcNow;
            // Counted whether or not the number is known (and kept: the command succeeds), so guessing numbers is limited too.
            if (await CountRequestAsync(number, now, token)) { limited = true; return Result.Ok; }
            var access = await db.CitizenAccesses.FirstOrDefaultAsync(a => a.Phone == number && a.RevokedAt == null, token);
            if (access is null || access.IsLockedAt(now)) return Result.Ok;
            access.IssueCode(hasher.Hash(code), now);
            send = true;
            return Result.Ok;
        }, ct);
        if (!done.Succeeded) return null;
        if (limited) return TooManyCodesMessage;
        if (send) await sms.SendAsync(number, $"Din kode til Caseload er {code}. Den virker i 10 minutter.", ct);
        return null;
    }

    /// <summary>Counts this request against the number and the address (the rows are the count; old rows go). True when either
    /// has asked too often in the last hour: then nothing is sent and the request is not counted again.</summary>
    private async Task<bool> CountRequestAsync(string number, DateTime now, CancellationToken ct)
    {
        var since = now - CodeWindow;
        await db.CodeRequests.Where(r => r.At < since).ExecuteDeleteAsync(ct);
        var phoneKey = KeyHash("phone:" + number);
        var addressKey = currentUser.IpAddress is { Length: > 0 } ip ? KeyHash("ip:" + ip) : null;
        var counts = await db.CodeRequests.Where(r => r.At >= since && (r.KeyHash == phoneKey || r.KeyHash == addressKey))
            .GroupBy(r => r.KeyHash).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(ct);
        if (counts.Any(c => c.Key == phoneKey && c.Count >= CodesPerPhone) || counts.Any(c => c.Key == addressKey && c.Count >= CodesPerAddress))
            return true;
        db.CodeRequests.Add(new Domain.CitizenPortal.CodeRequest(phoneKey, now));
        if (addressKey is not null) db.CodeRequests.Add(new Domain.CitizenPortal.CodeRequest(addressKey, now));
        return false;
    }

    private static string KeyHash(string key) => Convert.ToHexStringLower(SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(key)));

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
