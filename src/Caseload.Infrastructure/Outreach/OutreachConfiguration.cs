using Caseload.Domain.Citizens;
using Caseload.Domain.Courses;
using Caseload.Domain.Outreach;
using Caseload.Domain.Teams;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Caseload.Infrastructure.Outreach;

/// <summary>The outreach engine's tables (ADR 0007): referrals, one case per course, its events, contact attempts and consents.</summary>
internal sealed class ReferralConfiguration : IEntityTypeConfiguration<Referral>
{
    public void Configure(EntityTypeBuilder<Referral> b)
    {
        b.ToTable("Referrals");
        b.HasIndex(r => new { r.TeamId, r.Status });
        b.HasIndex(r => r.CitizenId);
        b.HasOne<Citizen>().WithMany().HasForeignKey(r => r.CitizenId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Team>().WithMany().HasForeignKey(r => r.TeamId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Course>().WithMany().HasForeignKey(r => r.CourseId).OnDelete(DeleteBehavior.Restrict);
        b.Property(r => r.ReferrerName).HasMaxLength(Referral.NameMaxLength).IsRequired();
        b.Property(r => r.ReferrerContact).HasMaxLength(Referral.ContactMaxLength);
        b.Property(r => r.Concern).HasMaxLength(Referral.TextMaxLength).IsRequired();
        b.Property(r => r.ReceivedBy).HasMaxLength(Referral.NameMaxLength).IsRequired();
        b.Property(r => r.CriteriaCodes).HasMaxLength(Referral.CodesMaxLength).IsRequired();
        b.Property(r => r.PassedTo).HasMaxLength(Referral.NameMaxLength);
        b.Property(r => r.DecidedBy).HasMaxLength(450);
        b.Property(r => r.DeclineReason).HasMaxLength(Referral.TextMaxLength);
        b.Ignore(r => r.Criteria);
        b.Ignore(r => r.IsOpen);
    }
}

internal sealed class OutreachCaseConfiguration : IEntityTypeConfiguration<OutreachCase>
{
    public void Configure(EntityTypeBuilder<OutreachCase> b)
    {
        b.ToTable("OutreachCases");
        b.HasIndex(c => c.CourseId).IsUnique();
        b.HasIndex(c => new { c.TeamId, c.ClosedOn });
        b.HasIndex(c => c.CitizenId);
        b.HasOne<Course>().WithMany().HasForeignKey(c => c.CourseId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Citizen>().WithMany().HasForeignKey(c => c.CitizenId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Team>().WithMany().HasForeignKey(c => c.TeamId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Referral>().WithMany().HasForeignKey(c => c.ReferralId).OnDelete(DeleteBehavior.Restrict);
        b.Property(c => c.CaseworkerName).HasMaxLength(OutreachCase.NameMaxLength);
        b.Property(c => c.CaseworkerUnit).HasMaxLength(OutreachCase.NameMaxLength);
        b.Property(c => c.HandoverAgreement).HasMaxLength(OutreachCase.TextMaxLength);
        b.Property(c => c.ClosureNote).HasMaxLength(OutreachCase.TextMaxLength);
        b.Ignore(c => c.IsActive);
        b.Ignore(c => c.FailedAttemptsInARow);
        b.Ignore(c => c.NeedsContactAdvice);
        b.HasMany(c => c.Events).WithOne().HasForeignKey(e => e.OutreachCaseId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(c => c.ContactAttempts).WithOne().HasForeignKey(a => a.OutreachCaseId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(c => c.Consents).WithOne().HasForeignKey(c => c.OutreachCaseId).OnDelete(DeleteBehavior.Cascade);
        foreach (var n in new[] { nameof(OutreachCase.Events), nameof(OutreachCase.ContactAttempts), nameof(OutreachCase.Consents) })
            b.Navigation(n).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

internal sealed class OutreachEventRecordConfiguration : IEntityTypeConfiguration<OutreachEventRecord>
{
    public void Configure(EntityTypeBuilder<OutreachEventRecord> b)
    {
        b.ToTable("OutreachEvents");
        b.HasIndex(e => new { e.OutreachCaseId, e.Event });
        b.Property(e => e.Note).HasMaxLength(OutreachCase.TextMaxLength);
        b.Property(e => e.Party).HasMaxLength(OutreachCase.NameMaxLength);
        b.Property(e => e.By).HasMaxLength(450);
    }
}

internal sealed class OutreachContactAttemptConfiguration : IEntityTypeConfiguration<OutreachContactAttempt>
{
    public void Configure(EntityTypeBuilder<OutreachContactAttempt> b)
    {
        b.ToTable("OutreachContactAttempts");
        b.HasIndex(a => a.OutreachCaseId);
        b.Property(a => a.Note).HasMaxLength(OutreachCase.TextMaxLength);
        b.Property(a => a.By).HasMaxLength(450);
    }
}

internal sealed class OutreachConsentConfiguration : IEntityTypeConfiguration<OutreachConsent>
{
    public void Configure(EntityTypeBuilder<OutreachConsent> b)
    {
        b.ToTable("OutreachConsents");
        b.HasIndex(c => c.OutreachCaseId);
        b.Property(c => c.Information).HasMaxLength(OutreachCase.TextMaxLength).IsRequired();
        b.Property(c => c.Parties).HasMaxLength(OutreachConsent.PartiesMaxLength).IsRequired();
        b.Ignore(c => c.PartyList);
    }
}
