using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Caseload.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Implementation : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "ImplementationProjects",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Method = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Unit = table.Column<string>(type: "TEXT", maxLength: 150, nullable: false),
                    Phase = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    PhaseSince = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    PhaseHistoryJson = table.Column<string>(type: "TEXT", nullable: false),
                    ActivitiesJson = table.Column<string>(type: "TEXT", nullable: false),
                    RolesJson = table.Column<string>(type: "TEXT", nullable: false),
                    TicksJson = table.Column<string>(type: "TEXT", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 450, nullable: true),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false),
                    UpdatedBy = table.Column<string>(type: "TEXT", maxLength: 450, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ImplementationProjects", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ImplementationProjects_Method_Unit",
                table: "ImplementationProjects",
                columns: new[] { "Method", "Unit" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ImplementationProjects");
        }
    }
}
