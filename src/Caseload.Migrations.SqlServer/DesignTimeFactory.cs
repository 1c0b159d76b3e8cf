using Caseload.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Caseload.Migrations.SqlServer;

// Used only by `dotnet ef` (README "Adding a migration"). The connection string is a placeholder:
// `migrations add` never connects; `database update` takes --connection.
internal sealed class DesignTimeFactory : IDesignTimeDbContextFactory<SqlServerCaseloadDbContext>
{
    public SqlServerCaseloadDbContext CreateDbContext(string[] args)
        => new(new DbContextOptionsBuilder<SqlServerCaseloadDbContext>()
            .UseSqlServer("Server=localhost;Database=caseload;Trusted_Connection=True;TrustServerCertificate=True",
                o => o.MigrationsAssembly(MigrationsAssemblies.SqlServer)).Options);
}
