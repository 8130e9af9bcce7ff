using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Platform.Events.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class SignUpCancelLinks : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<byte[]>(
                name: "CancelTokenHash",
                table: "ev_registrations",
                type: "varbinary(32)",
                maxLength: 32,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Calendar",
                table: "ev_outbox",
                type: "nvarchar(max)",
                maxLength: 16000,
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_ev_registrations_CancelTokenHash",
                table: "ev_registrations",
                column: "CancelTokenHash",
                unique: true,
                filter: "[CancelTokenHash] IS NOT NULL");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_ev_registrations_CancelTokenHash",
                table: "ev_registrations");

            migrationBuilder.DropColumn(
                name: "CancelTokenHash",
                table: "ev_registrations");

            migrationBuilder.DropColumn(
                name: "Calendar",
                table: "ev_outbox");
        }
    }
}
