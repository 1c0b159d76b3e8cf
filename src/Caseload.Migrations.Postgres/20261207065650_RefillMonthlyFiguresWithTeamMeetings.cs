using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Caseload.Migrations.Postgres
{
    /// <summary>Empties the monthly figures so the next start refills them from the course event log with the new key
    /// <c>meeting.act-team</c> (DACTS H3, issue #29; ADR 0031: a new key needs the table refilled). Data only.</summary>
    public partial class RefillMonthlyFiguresWithTeamMeetings : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DELETE FROM \"MonthlyFigures\";");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            // Nothing to undo: the start-up backfill refills the table from the event log either way.
        }
    }
}
