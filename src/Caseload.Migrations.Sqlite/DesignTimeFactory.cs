using Caseload.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Caseload.Migrations.Sqlite;

// Used only by `dotnet ef` (README "Adding a migration"). The connection string is a placeholder:
// `migrations add` never connects; `database update` takes --connection.
internal sealed class DesignTimeFactory : IDesignTimeDbContextFactory<SqliteCaseloadDbContext>
{
    public SqliteCaseloadDbContext CreateDbContext(string[] args)
        => new(new DbContextOptionsBuilder<SqliteCaseloadDbContext>()
            .UseSqlite("Data Source=design-time.db", o => o.MigrationsAssembly(MigrationsAssemblies.Sqlite)).Options);
}
