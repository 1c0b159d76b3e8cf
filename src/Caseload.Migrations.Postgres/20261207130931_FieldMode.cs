using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Caseload.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class FieldMode : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "FieldCheckouts",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    UserId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    CitizenId = table.Column<Guid>(type: "uuid", nullable: false),
                    TakenAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    ExpiresAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FieldCheckouts", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "FieldConflicts",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    UserId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    CitizenId = table.Column<Guid>(type: "uuid", nullable: false),
                    Form = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Data = table.Column<string>(type: "character varying(200000)", maxLength: 200000, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FieldConflicts", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_FieldCheckouts_UserId_CitizenId",
                table: "FieldCheckouts",
                columns: new[] { "UserId", "CitizenId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_FieldConflicts_UserId_CitizenId",
                table: "FieldConflicts",
                columns: new[] { "UserId", "CitizenId" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "FieldCheckouts");

            migrationBuilder.DropTable(
                name: "FieldConflicts");
        }
    }
}
