using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Caseload.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class CoordinatingMeetings : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "CoordinatingMeetings",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CitizenId = table.Column<Guid>(type: "uuid", nullable: false),
                    TeamId = table.Column<Guid>(type: "uuid", nullable: false),
                    Date = table.Column<DateOnly>(type: "date", nullable: false),
                    StartsAt = table.Column<TimeOnly>(type: "time without time zone", nullable: false),
                    EndsAt = table.Column<TimeOnly>(type: "time without time zone", nullable: false),
                    Place = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    ChairId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: true),
                    ChairPhone = table.Column<string>(type: "character varying(150)", maxLength: 150, nullable: true),
                    MinuteTakerName = table.Column<string>(type: "character varying(150)", maxLength: 150, nullable: true),
                    MinuteTakerPhone = table.Column<string>(type: "character varying(150)", maxLength: 150, nullable: true),
                    MinuteTakerEmail = table.Column<string>(type: "character varying(150)", maxLength: 150, nullable: true),
                    CitizenWhereabouts = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    CitizenEmail = table.Column<string>(type: "character varying(150)", maxLength: 150, nullable: true),
                    ParticipantsJson = table.Column<string>(type: "text", nullable: false),
                    AgendaJson = table.Column<string>(type: "text", nullable: false),
                    InvitationSentAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    InvitationCount = table.Column<int>(type: "integer", nullable: false),
                    MinutesSentAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    CreatedBy = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: true),
                    UpdatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    Version = table.Column<Guid>(type: "uuid", nullable: false),
                    UpdatedBy = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CoordinatingMeetings", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CoordinatingMeetings_Citizens_CitizenId",
                        column: x => x.CitizenId,
                        principalTable: "Citizens",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_CoordinatingMeetings_Teams_TeamId",
                        column: x => x.TeamId,
                        principalTable: "Teams",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "MeetingTasks",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    MeetingId = table.Column<Guid>(type: "uuid", nullable: false),
                    CitizenId = table.Column<Guid>(type: "uuid", nullable: false),
                    Description = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    OwnerId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    DueOn = table.Column<DateOnly>(type: "date", nullable: false),
                    AgendaNumber = table.Column<int>(type: "integer", nullable: true),
                    DoneOn = table.Column<DateOnly>(type: "date", nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    CreatedBy = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: true),
                    UpdatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    Version = table.Column<Guid>(type: "uuid", nullable: false),
                    UpdatedBy = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MeetingTasks", x => x.Id);
                    table.ForeignKey(
                        name: "FK_MeetingTasks_CoordinatingMeetings_MeetingId",
                        column: x => x.MeetingId,
                        principalTable: "CoordinatingMeetings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_CoordinatingMeetings_CitizenId_Date",
                table: "CoordinatingMeetings",
                columns: new[] { "CitizenId", "Date" });

            migrationBuilder.CreateIndex(
                name: "IX_CoordinatingMeetings_TeamId",
                table: "CoordinatingMeetings",
                column: "TeamId");

            migrationBuilder.CreateIndex(
                name: "IX_MeetingTasks_CitizenId",
                table: "MeetingTasks",
                column: "CitizenId");

            migrationBuilder.CreateIndex(
                name: "IX_MeetingTasks_MeetingId",
                table: "MeetingTasks",
                column: "MeetingId");

            migrationBuilder.CreateIndex(
                name: "IX_MeetingTasks_OwnerId_DoneOn_DueOn",
                table: "MeetingTasks",
                columns: new[] { "OwnerId", "DoneOn", "DueOn" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "MeetingTasks");

            migrationBuilder.DropTable(
                name: "CoordinatingMeetings");
        }
    }
}
