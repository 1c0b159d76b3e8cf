using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Caseload.Migrations.SqlServer
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
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Method = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    Unit = table.Column<string>(type: "nvarchar(150)", maxLength: 150, nullable: false),
                    Phase = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    PhaseSince = table.Column<DateOnly>(type: "date", nullable: false),
                    PhaseHistoryJson = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    ActivitiesJson = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    RolesJson = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    TicksJson = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    CreatedBy = table.Column<string>(type: "nvarchar(450)", maxLength: 450, nullable: true),
                    UpdatedAt = table.Column<DateTime>(type: "datetime2", nullable: true),
                    Version = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    UpdatedBy = table.Column<string>(type: "nvarchar(450)", maxLength: 450, nullable: true)
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
