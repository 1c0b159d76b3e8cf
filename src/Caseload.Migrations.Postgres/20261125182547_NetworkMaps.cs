using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Caseload.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class NetworkMaps : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "NetworkMaps",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CitizenId = table.Column<Guid>(type: "uuid", nullable: false),
                    TeamId = table.Column<Guid>(type: "uuid", nullable: false),
                    MadeBy = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    ResponsibleWorkerId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: true),
                    FullConsent = table.Column<bool>(type: "boolean", nullable: false),
                    PersonsJson = table.Column<string>(type: "text", nullable: false),
                    VersionCount = table.Column<int>(type: "integer", nullable: false),
                    LastSavedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    CreatedBy = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: true),
                    UpdatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    Version = table.Column<Guid>(type: "uuid", nullable: false),
                    UpdatedBy = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_NetworkMaps", x => x.Id);
                    table.ForeignKey(
                        name: "FK_NetworkMaps_Citizens_CitizenId",
                        column: x => x.CitizenId,
                        principalTable: "Citizens",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_NetworkMaps_Teams_TeamId",
                        column: x => x.TeamId,
                        principalTable: "Teams",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "NetworkMapVersions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    NetworkMapId = table.Column<Guid>(type: "uuid", nullable: false),
                    CitizenId = table.Column<Guid>(type: "uuid", nullable: false),
                    Number = table.Column<int>(type: "integer", nullable: false),
                    SavedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    SavedBy = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: true),
                    FullConsent = table.Column<bool>(type: "boolean", nullable: false),
                    ResponsibleWorkerId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: true),
                    PersonsJson = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_NetworkMapVersions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_NetworkMapVersions_NetworkMaps_NetworkMapId",
                        column: x => x.NetworkMapId,
                        principalTable: "NetworkMaps",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_NetworkMaps_CitizenId",
                table: "NetworkMaps",
                column: "CitizenId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_NetworkMaps_TeamId",
                table: "NetworkMaps",
                column: "TeamId");

            migrationBuilder.CreateIndex(
                name: "IX_NetworkMapVersions_CitizenId",
                table: "NetworkMapVersions",
                column: "CitizenId");

            migrationBuilder.CreateIndex(
                name: "IX_NetworkMapVersions_NetworkMapId_Number",
                table: "NetworkMapVersions",
                columns: new[] { "NetworkMapId", "Number" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "NetworkMapVersions");

            migrationBuilder.DropTable(
                name: "NetworkMaps");
        }
    }
}
