using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Caseload.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class OutreachEngine : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AlterColumn<string>(
                name: "Cpr",
                table: "Citizens",
                type: "character varying(10)",
                maxLength: 10,
                nullable: true,
                oldClrType: typeof(string),
                oldType: "character varying(10)",
                oldMaxLength: 10);

            migrationBuilder.CreateTable(
                name: "Referrals",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CitizenId = table.Column<Guid>(type: "uuid", nullable: false),
                    TeamId = table.Column<Guid>(type: "uuid", nullable: false),
                    ReceivedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Source = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    ReferrerName = table.Column<string>(type: "character varying(150)", maxLength: 150, nullable: false),
                    ReferrerContact = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    Concern = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    ReceivedBy = table.Column<string>(type: "character varying(150)", maxLength: 150, nullable: false),
                    Status = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    CriteriaCodes = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    ScreenedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    ScreenedBy = table.Column<string>(type: "text", nullable: true),
                    AgeAtScreening = table.Column<int>(type: "integer", nullable: true),
                    PassedTo = table.Column<string>(type: "character varying(150)", maxLength: 150, nullable: true),
                    DecidedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    DecidedBy = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: true),
                    DeclineReason = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    CourseId = table.Column<Guid>(type: "uuid", nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    CreatedBy = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: true),
                    UpdatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    Version = table.Column<Guid>(type: "uuid", nullable: false),
                    UpdatedBy = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Referrals", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Referrals_Citizens_CitizenId",
                        column: x => x.CitizenId,
                        principalTable: "Citizens",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Referrals_Courses_CourseId",
                        column: x => x.CourseId,
                        principalTable: "Courses",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Referrals_Teams_TeamId",
                        column: x => x.TeamId,
                        principalTable: "Teams",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "OutreachCases",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CourseId = table.Column<Guid>(type: "uuid", nullable: false),
                    CitizenId = table.Column<Guid>(type: "uuid", nullable: false),
                    TeamId = table.Column<Guid>(type: "uuid", nullable: false),
                    ReferralId = table.Column<Guid>(type: "uuid", nullable: false),
                    AllocatedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    CoordinatingMeeting = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    CaseworkerName = table.Column<string>(type: "character varying(150)", maxLength: 150, nullable: true),
                    CaseworkerUnit = table.Column<string>(type: "character varying(150)", maxLength: 150, nullable: true),
                    CaseworkerFrom = table.Column<DateOnly>(type: "date", nullable: true),
                    HandoverAgreement = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    HandoverOn = table.Column<DateOnly>(type: "date", nullable: true),
                    ClosedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    ClosedBy = table.Column<string>(type: "text", nullable: true),
                    ClosureReason = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    ClosureNote = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    CreatedBy = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: true),
                    UpdatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    Version = table.Column<Guid>(type: "uuid", nullable: false),
                    UpdatedBy = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OutreachCases", x => x.Id);
                    table.ForeignKey(
                        name: "FK_OutreachCases_Citizens_CitizenId",
                        column: x => x.CitizenId,
                        principalTable: "Citizens",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_OutreachCases_Courses_CourseId",
                        column: x => x.CourseId,
                        principalTable: "Courses",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_OutreachCases_Referrals_ReferralId",
                        column: x => x.ReferralId,
                        principalTable: "Referrals",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_OutreachCases_Teams_TeamId",
                        column: x => x.TeamId,
                        principalTable: "Teams",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "OutreachConsents",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    OutreachCaseId = table.Column<Guid>(type: "uuid", nullable: false),
                    CitizenId = table.Column<Guid>(type: "uuid", nullable: false),
                    Information = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    Parties = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    GivenOn = table.Column<DateOnly>(type: "date", nullable: false),
                    ValidUntil = table.Column<DateOnly>(type: "date", nullable: true),
                    WithdrawnOn = table.Column<DateOnly>(type: "date", nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    CreatedBy = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: true),
                    UpdatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    Version = table.Column<Guid>(type: "uuid", nullable: false),
                    UpdatedBy = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OutreachConsents", x => x.Id);
                    table.ForeignKey(
                        name: "FK_OutreachConsents_OutreachCases_OutreachCaseId",
                        column: x => x.OutreachCaseId,
                        principalTable: "OutreachCases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "OutreachContactAttempts",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    OutreachCaseId = table.Column<Guid>(type: "uuid", nullable: false),
                    CitizenId = table.Column<Guid>(type: "uuid", nullable: false),
                    Date = table.Column<DateOnly>(type: "date", nullable: false),
                    Channel = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Outcome = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Note = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    By = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    CreatedBy = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: true),
                    UpdatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    Version = table.Column<Guid>(type: "uuid", nullable: false),
                    UpdatedBy = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OutreachContactAttempts", x => x.Id);
                    table.ForeignKey(
                        name: "FK_OutreachContactAttempts_OutreachCases_OutreachCaseId",
                        column: x => x.OutreachCaseId,
                        principalTable: "OutreachCases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "OutreachEvents",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    OutreachCaseId = table.Column<Guid>(type: "uuid", nullable: false),
                    CitizenId = table.Column<Guid>(type: "uuid", nullable: false),
                    Event = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Date = table.Column<DateOnly>(type: "date", nullable: false),
                    Note = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    Party = table.Column<string>(type: "character varying(150)", maxLength: 150, nullable: true),
                    By = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    CreatedBy = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: true),
                    UpdatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    Version = table.Column<Guid>(type: "uuid", nullable: false),
                    UpdatedBy = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OutreachEvents", x => x.Id);
                    table.ForeignKey(
                        name: "FK_OutreachEvents_OutreachCases_OutreachCaseId",
                        column: x => x.OutreachCaseId,
                        principalTable: "OutreachCases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_OutreachCases_CitizenId",
                table: "OutreachCases",
                column: "CitizenId");

            migrationBuilder.CreateIndex(
                name: "IX_OutreachCases_CourseId",
                table: "OutreachCases",
                column: "CourseId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_OutreachCases_ReferralId",
                table: "OutreachCases",
                column: "ReferralId");

            migrationBuilder.CreateIndex(
                name: "IX_OutreachCases_TeamId_ClosedOn",
                table: "OutreachCases",
                columns: new[] { "TeamId", "ClosedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_OutreachConsents_OutreachCaseId",
                table: "OutreachConsents",
                column: "OutreachCaseId");

            migrationBuilder.CreateIndex(
                name: "IX_OutreachContactAttempts_OutreachCaseId",
                table: "OutreachContactAttempts",
                column: "OutreachCaseId");

            migrationBuilder.CreateIndex(
                name: "IX_OutreachEvents_OutreachCaseId_Event",
                table: "OutreachEvents",
                columns: new[] { "OutreachCaseId", "Event" });

            migrationBuilder.CreateIndex(
                name: "IX_Referrals_CitizenId",
                table: "Referrals",
                column: "CitizenId");

            migrationBuilder.CreateIndex(
                name: "IX_Referrals_CourseId",
                table: "Referrals",
                column: "CourseId");

            migrationBuilder.CreateIndex(
                name: "IX_Referrals_TeamId_Status",
                table: "Referrals",
                columns: new[] { "TeamId", "Status" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "OutreachConsents");

            migrationBuilder.DropTable(
                name: "OutreachContactAttempts");

            migrationBuilder.DropTable(
                name: "OutreachEvents");

            migrationBuilder.DropTable(
                name: "OutreachCases");

            migrationBuilder.DropTable(
                name: "Referrals");

            migrationBuilder.AlterColumn<string>(
                name: "Cpr",
                table: "Citizens",
                type: "character varying(10)",
                maxLength: 10,
                nullable: false,
                defaultValue: "",
                oldClrType: typeof(string),
                oldType: "character varying(10)",
                oldMaxLength: 10,
                oldNullable: true);
        }
    }
}
