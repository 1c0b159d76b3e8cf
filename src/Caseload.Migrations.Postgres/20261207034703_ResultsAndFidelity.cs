using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Caseload.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class ResultsAndFidelity : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "EndCause",
                table: "Courses",
                type: "character varying(40)",
                maxLength: 40,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "DurationMinutes",
                table: "ContactLog",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "NetworkTookPart",
                table: "ContactLog",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.CreateTable(
                name: "ContactWorkers",
                columns: table => new
                {
                    UserId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    ContactLogEntryId = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ContactWorkers", x => new { x.ContactLogEntryId, x.UserId });
                    table.ForeignKey(
                        name: "FK_ContactWorkers_ContactLog_ContactLogEntryId",
                        column: x => x.ContactLogEntryId,
                        principalTable: "ContactLog",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "MonthlyFigures",
                columns: table => new
                {
                    TeamId = table.Column<Guid>(type: "uuid", nullable: false),
                    Method = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Month = table.Column<DateOnly>(type: "date", nullable: false),
                    Key = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Count = table.Column<long>(type: "bigint", nullable: false),
                    Sum = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MonthlyFigures", x => new { x.Method, x.TeamId, x.Month, x.Key });
                    table.ForeignKey(
                        name: "FK_MonthlyFigures_Teams_TeamId",
                        column: x => x.TeamId,
                        principalTable: "Teams",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_MonthlyFigures_TeamId",
                table: "MonthlyFigures",
                column: "TeamId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ContactWorkers");

            migrationBuilder.DropTable(
                name: "MonthlyFigures");

            migrationBuilder.DropColumn(
                name: "EndCause",
                table: "Courses");

            migrationBuilder.DropColumn(
                name: "DurationMinutes",
                table: "ContactLog");

            migrationBuilder.DropColumn(
                name: "NetworkTookPart",
                table: "ContactLog");
        }
    }
}
