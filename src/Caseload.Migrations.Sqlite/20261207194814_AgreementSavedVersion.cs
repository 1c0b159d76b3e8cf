using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Caseload.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class AgreementSavedVersion : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "SavedVersion",
                table: "CooperationAgreements",
                type: "INTEGER",
                nullable: false,
                defaultValue: 1); // every stored agreement has been saved once: version 1 (ADR 0048 addendum)
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "SavedVersion",
                table: "CooperationAgreements");
        }
    }
}
