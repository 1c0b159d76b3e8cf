using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Caseload.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class LastAchievedContactSummary : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTime>(
                name: "LastAchievedContactAt",
                table: "Citizens",
                type: "datetime2",
                nullable: true);

            // Existing logs: the summary starts from what is there (later contacts keep it up to date).
            migrationBuilder.Sql("""
                UPDATE [Citizens] SET [LastAchievedContactAt] = (SELECT MAX(c.[OccurredAt]) FROM [ContactLog] c WHERE c.[CitizenId] = [Citizens].[Id] AND c.[Achieved] = 1);
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "LastAchievedContactAt",
                table: "Citizens");
        }
    }
}
