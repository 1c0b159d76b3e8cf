using Caseload.Application.CitizenPortal;
using Caseload.Domain.CitizenPortal;
using Caseload.Infrastructure.Persistence;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Caseload.Infrastructure.CitizenPortal;

/// <summary>PINs and one-time codes hashed as Identity hashes passwords (PBKDF2 with a salt per value).</summary>
public sealed class IdentitySecretHasher : ISecretHasher
{
    private static readonly PasswordHasher<CitizenAccess> Hasher = new();

    public string Hash(string secret) => Hasher.HashPassword(null!, secret);

    public bool Verify(string hash, string secret) => Hasher.VerifyHashedPassword(null!, hash, secret) != PasswordVerificationResult.Failed;
}

/// <summary>Ends every session of a citizen (<see cref="CitizenSession"/>): access revoked or a new PIN (ADR 0042).</summary>
public sealed class CitizenSessions(CaseloadDbContext db) : ICitizenSessions
{
    public Task<int> EndAllAsync(Guid citizenId, CancellationToken ct = default)
        => db.CitizenSessions.Where(s => s.CitizenId == citizenId).ExecuteDeleteAsync(ct);
}

internal sealed class CitizenAccessConfiguration : IEntityTypeConfiguration<CitizenAccess>
{
    public void Configure(EntityTypeBuilder<CitizenAccess> b)
    {
        b.ToTable("CitizenAccesses");
        b.HasIndex(a => a.CitizenId).IsUnique();
        b.HasIndex(a => a.Phone);
        b.Property(a => a.Phone).HasMaxLength(CitizenAccess.PhoneMaxLength);
        b.Property(a => a.PinHash).HasMaxLength(CitizenAccess.HashMaxLength);
        b.Property(a => a.CodeHash).HasMaxLength(CitizenAccess.HashMaxLength);
        b.HasOne<Domain.Citizens.Citizen>().WithMany().HasForeignKey(a => a.CitizenId).OnDelete(DeleteBehavior.Restrict);
    }
}

/// <summary>The demo citizen's access to /mig (README, demo section): Bent Kristensen (ACT, with an action plan), enabled "now" by the
/// seeder, so it works at any hour on any day. Never seeded in Production (demo data is not).</summary>
public static class DemoCitizenAccess
{
    public const string Phone = "+4512345678";
    public const string Pin = "2468";

    internal static CitizenAccess For(Guid citizenId, DateTime now) => new(citizenId, Phone, new IdentitySecretHasher().Hash(Pin), now);
}
