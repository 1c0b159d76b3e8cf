using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Caseload.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class StableAuditNames : Migration
    {
        /// <summary>The audit log names entities by stable names (ADR 0007), no longer by CLR type: rows written
        /// before get the same names, so a search by entity finds the whole history. Only the type label changes.</summary>
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("UPDATE \"AuditEntries\" SET \"EntityType\" = 'User' WHERE \"EntityType\" = 'ApplicationUser'");
            migrationBuilder.Sql("UPDATE \"AuditEntries\" SET \"EntityType\" = 'UserRole' WHERE \"EntityType\" = 'IdentityUserRole`1'");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("UPDATE \"AuditEntries\" SET \"EntityType\" = 'ApplicationUser' WHERE \"EntityType\" = 'User'");
            migrationBuilder.Sql("UPDATE \"AuditEntries\" SET \"EntityType\" = 'IdentityUserRole`1' WHERE \"EntityType\" = 'UserRole'");
        }
    }
}
