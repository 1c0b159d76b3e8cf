using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Caseload.Infrastructure.Persistence;

// Used only by `dotnet ef` (see README "Adding a migration"). The connection strings are placeholders:
// `migrations add` never connects; `database update` takes --connection.

internal sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteCaseloadDbContext>
{
    public SqliteCaseloadDbContext CreateDbContext(string[] args)
        => new(new DbContextOptionsBuilder<SqliteCaseloadDbContext>()
            .UseSqlite("Data Source=design-time.db").Options);
}

internal sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<PostgresCaseloadDbContext>
{
    public PostgresCaseloadDbContext CreateDbContext(string[] args)
        => new(new DbContextOptionsBuilder<PostgresCaseloadDbContext>()
            .UseNpgsql("Host=localhost;Database=caseload;Username=caseload;Password=caseload").Options);
}

internal sealed class SqlServerDesignTimeFactory : IDesignTimeDbContextFactory<SqlServerCaseloadDbContext>
{
    public SqlServerCaseloadDbContext CreateDbContext(string[] args)
        => new(new DbContextOptionsBuilder<SqlServerCaseloadDbContext>()
            .UseSqlServer("Server=localhost;Database=caseload;Trusted_Connection=True;TrustServerCertificate=True").Options);
}
