using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Caseload.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class CtiEngine : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "CtiCourses",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CourseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CitizenId = table.Column<Guid>(type: "TEXT", nullable: false),
                    TeamId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Stage = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    ContactPeriodStart = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    PlannedMoveIn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Residence = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    PhaseStart = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Phase2Began = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Phase3Began = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    EndedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    InterruptionReason = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    InterruptionNote = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    ReceivingMunicipality = table.Column<string>(type: "TEXT", maxLength: 150, nullable: true),
                    ReceivingContactPerson = table.Column<string>(type: "TEXT", maxLength: 150, nullable: true),
                    EndMeasurementMissingBecause = table.Column<string>(type: "TEXT", maxLength: 150, nullable: true),
                    LongTermNeeds = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    SupportAfterCourse = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    ResponsiblePersonName = table.Column<string>(type: "TEXT", maxLength: 150, nullable: true),
                    ResponsiblePersonRole = table.Column<string>(type: "TEXT", maxLength: 150, nullable: true),
                    ResponsiblePersonContact = table.Column<string>(type: "TEXT", maxLength: 150, nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 450, nullable: true),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false),
                    UpdatedBy = table.Column<string>(type: "TEXT", maxLength: 450, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CtiCourses", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CtiCourses_Citizens_CitizenId",
                        column: x => x.CitizenId,
                        principalTable: "Citizens",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_CtiCourses_Courses_CourseId",
                        column: x => x.CourseId,
                        principalTable: "Courses",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_CtiCourses_Teams_TeamId",
                        column: x => x.TeamId,
                        principalTable: "Teams",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "CtiGoals",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CtiCourseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CitizenId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Goal = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    Activities = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    Support = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    Status = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 450, nullable: true),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false),
                    UpdatedBy = table.Column<string>(type: "TEXT", maxLength: 450, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CtiGoals", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CtiGoals_CtiCourses_CtiCourseId",
                        column: x => x.CtiCourseId,
                        principalTable: "CtiCourses",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "CtiHandoverMeetings",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CtiCourseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CitizenId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Participants = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    Held = table.Column<bool>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 450, nullable: true),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false),
                    UpdatedBy = table.Column<string>(type: "TEXT", maxLength: 450, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CtiHandoverMeetings", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CtiHandoverMeetings_CtiCourses_CtiCourseId",
                        column: x => x.CtiCourseId,
                        principalTable: "CtiCourses",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "CtiMeasurements",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CtiCourseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CitizenId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Point = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Who5Cheerful = table.Column<int>(type: "INTEGER", nullable: false),
                    Who5Calm = table.Column<int>(type: "INTEGER", nullable: false),
                    Who5Active = table.Column<int>(type: "INTEGER", nullable: false),
                    Who5Rested = table.Column<int>(type: "INTEGER", nullable: false),
                    Who5Interested = table.Column<int>(type: "INTEGER", nullable: false),
                    Who5Score = table.Column<int>(type: "INTEGER", nullable: false),
                    LifeSituation = table.Column<int>(type: "INTEGER", nullable: false),
                    Housing = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    SubstanceUse = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Readiness = table.Column<int>(type: "INTEGER", nullable: false),
                    CitizensWords = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 450, nullable: true),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false),
                    UpdatedBy = table.Column<string>(type: "TEXT", maxLength: 450, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CtiMeasurements", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CtiMeasurements_CtiCourses_CtiCourseId",
                        column: x => x.CtiCourseId,
                        principalTable: "CtiCourses",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "CtiPlanVersions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CtiCourseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CitizenId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Label = table.Column<string>(type: "TEXT", maxLength: 150, nullable: false),
                    Date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    GoalsJson = table.Column<string>(type: "TEXT", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 450, nullable: true),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false),
                    UpdatedBy = table.Column<string>(type: "TEXT", maxLength: 450, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CtiPlanVersions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CtiPlanVersions_CtiCourses_CtiCourseId",
                        column: x => x.CtiCourseId,
                        principalTable: "CtiCourses",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "CtiTransitions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CtiCourseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CitizenId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    PlannedDate = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    OffPlan = table.Column<bool>(type: "INTEGER", nullable: false),
                    Comment = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    RecordedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    RecordedBy = table.Column<string>(type: "TEXT", maxLength: 450, nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 450, nullable: true),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false),
                    UpdatedBy = table.Column<string>(type: "TEXT", maxLength: 450, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CtiTransitions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CtiTransitions_CtiCourses_CtiCourseId",
                        column: x => x.CtiCourseId,
                        principalTable: "CtiCourses",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "CtiChecklistAnswers",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TransitionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CitizenId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Number = table.Column<int>(type: "INTEGER", nullable: false),
                    Done = table.Column<bool>(type: "INTEGER", nullable: false),
                    NotRelevantReason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CtiChecklistAnswers", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CtiChecklistAnswers_CtiTransitions_TransitionId",
                        column: x => x.TransitionId,
                        principalTable: "CtiTransitions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_CtiChecklistAnswers_TransitionId_Number",
                table: "CtiChecklistAnswers",
                columns: new[] { "TransitionId", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CtiCourses_CitizenId",
                table: "CtiCourses",
                column: "CitizenId");

            migrationBuilder.CreateIndex(
                name: "IX_CtiCourses_CourseId",
                table: "CtiCourses",
                column: "CourseId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CtiCourses_TeamId_Stage",
                table: "CtiCourses",
                columns: new[] { "TeamId", "Stage" });

            migrationBuilder.CreateIndex(
                name: "IX_CtiGoals_CtiCourseId",
                table: "CtiGoals",
                column: "CtiCourseId");

            migrationBuilder.CreateIndex(
                name: "IX_CtiHandoverMeetings_CtiCourseId",
                table: "CtiHandoverMeetings",
                column: "CtiCourseId");

            migrationBuilder.CreateIndex(
                name: "IX_CtiMeasurements_CtiCourseId_Point",
                table: "CtiMeasurements",
                columns: new[] { "CtiCourseId", "Point" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CtiPlanVersions_CtiCourseId",
                table: "CtiPlanVersions",
                column: "CtiCourseId");

            migrationBuilder.CreateIndex(
                name: "IX_CtiTransitions_CtiCourseId",
                table: "CtiTransitions",
                column: "CtiCourseId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "CtiChecklistAnswers");

            migrationBuilder.DropTable(
                name: "CtiGoals");

            migrationBuilder.DropTable(
                name: "CtiHandoverMeetings");

            migrationBuilder.DropTable(
                name: "CtiMeasurements");

            migrationBuilder.DropTable(
                name: "CtiPlanVersions");

            migrationBuilder.DropTable(
                name: "CtiTransitions");

            migrationBuilder.DropTable(
                name: "CtiCourses");
        }
    }
}
