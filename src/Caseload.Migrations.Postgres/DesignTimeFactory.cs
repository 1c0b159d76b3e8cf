using Caseload.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Caseload.Migrations.Postgres;

// Used only by `dotnet ef` (README "Adding a migration"). The connection string is a placeholder:
// `migrations add` never connects; `database update` takes --connection.
internal sealed class DesignTimeFactory : IDesignTimeDbContextFactory<PostgresCaseloadDbContext>
{
    public PostgresCaseloadDbContext CreateDbContext(string[] args)
        => new(new DbContextOptionsBuilder<PostgresCaseloadDbContext>()
            .UseNpgsql("Host=localhost;Database=caseload;Username=caseload;Password=caseload", o => o.MigrationsAssembly(MigrationsAssemblies.Postgres)).Options);
}
