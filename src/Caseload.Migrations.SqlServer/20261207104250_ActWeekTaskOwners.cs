using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Caseload.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class ActWeekTaskOwners : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "OwnerKind",
                table: "TeamMeetingTasks",
                type: "nvarchar(40)",
                maxLength: 40,
                nullable: false,
                defaultValue: "Worker");

            migrationBuilder.AddColumn<string>(
                name: "OwnerName",
                table: "TeamMeetingTasks",
                type: "nvarchar(150)",
                maxLength: 150,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "OwnerKind",
                table: "TeamMeetingTasks");

            migrationBuilder.DropColumn(
                name: "OwnerName",
                table: "TeamMeetingTasks");
        }
    }
}
