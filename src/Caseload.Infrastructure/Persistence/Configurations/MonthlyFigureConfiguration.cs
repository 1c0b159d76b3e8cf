using Caseload.Domain.Results;
using Caseload.Domain.Teams;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Caseload.Infrastructure.Persistence.Configurations;

internal sealed class MonthlyFigureConfiguration : IEntityTypeConfiguration<MonthlyFigure>
{
    public void Configure(EntityTypeBuilder<MonthlyFigure> b)
    {
        b.ToTable("MonthlyFigures");
        // The key is the upsert's address; the page reads by method, team and month range through it.
        b.HasKey(f => new { f.Method, f.TeamId, f.Month, f.Key });
        b.Property(f => f.Key).HasMaxLength(MonthlyFigure.KeyMaxLength);
        b.HasOne<Team>().WithMany().HasForeignKey(f => f.TeamId).OnDelete(DeleteBehavior.Cascade);
    }
}
