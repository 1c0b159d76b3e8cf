using Caseload.Domain.Agreements;
using Caseload.Domain.Citizens;
using Caseload.Domain.Teams;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Caseload.Infrastructure.Persistence.Configurations;

internal sealed class CooperationAgreementConfiguration : IEntityTypeConfiguration<CooperationAgreement>
{
    public void Configure(EntityTypeBuilder<CooperationAgreement> b)
    {
        b.ToTable("CooperationAgreements");
        b.HasIndex(a => a.CitizenId);
        b.HasIndex(a => new { a.TeamId, a.NextFollowUpOn });
        b.HasOne<Citizen>().WithMany().HasForeignKey(a => a.CitizenId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Team>().WithMany().HasForeignKey(a => a.TeamId).OnDelete(DeleteBehavior.Restrict);
        foreach (var p in new[] { nameof(CooperationAgreement.Place), nameof(CooperationAgreement.Present) })
            b.Property(p).HasMaxLength(CooperationAgreement.ShortMaxLength);
        foreach (var p in new[] { nameof(CooperationAgreement.CurrentSituation), nameof(CooperationAgreement.Goals), nameof(CooperationAgreement.ObstaclesCitizen),
                     nameof(CooperationAgreement.ObstaclesWorker), nameof(CooperationAgreement.WhatHelps), nameof(CooperationAgreement.Coordination),
                     nameof(CooperationAgreement.TasksCoordination), nameof(CooperationAgreement.TasksAuthority), nameof(CooperationAgreement.TasksOther),
                     nameof(CooperationAgreement.FollowUpStatus) })
            b.Property(p).HasMaxLength(CooperationAgreement.TextMaxLength);
        b.Property(a => a.RowsJson).IsRequired();
        b.Ignore(a => a.Rows);
    }
}
