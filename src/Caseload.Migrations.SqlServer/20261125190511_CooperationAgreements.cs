using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Caseload.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class CooperationAgreements : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "CooperationAgreements",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    CitizenId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    TeamId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    MadeOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Place = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    Present = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    CurrentSituation = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: true),
                    Goals = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: true),
                    ObstaclesCitizen = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: true),
                    ObstaclesWorker = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: true),
                    WhatHelps = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: true),
                    RowsJson = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    Coordination = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: true),
                    TasksCoordination = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: true),
                    TasksAuthority = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: true),
                    TasksOther = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: true),
                    FollowUpOn = table.Column<DateOnly>(type: "date", nullable: true),
                    FollowUpStatus = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: true),
                    NeedsNewGoals = table.Column<bool>(type: "bit", nullable: false),
                    NextFollowUpOn = table.Column<DateOnly>(type: "date", nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    CreatedBy = table.Column<string>(type: "nvarchar(450)", maxLength: 450, nullable: true),
                    UpdatedAt = table.Column<DateTime>(type: "datetime2", nullable: true),
                    Version = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    UpdatedBy = table.Column<string>(type: "nvarchar(450)", maxLength: 450, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CooperationAgreements", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CooperationAgreements_Citizens_CitizenId",
                        column: x => x.CitizenId,
                        principalTable: "Citizens",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_CooperationAgreements_Teams_TeamId",
                        column: x => x.TeamId,
                        principalTable: "Teams",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_CooperationAgreements_CitizenId",
                table: "CooperationAgreements",
                column: "CitizenId");

            migrationBuilder.CreateIndex(
                name: "IX_CooperationAgreements_TeamId_NextFollowUpOn",
                table: "CooperationAgreements",
                columns: new[] { "TeamId", "NextFollowUpOn" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "CooperationAgreements");
        }
    }
}
