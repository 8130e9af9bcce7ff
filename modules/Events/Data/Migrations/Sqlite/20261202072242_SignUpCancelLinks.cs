using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Platform.Events.Data.Migrations.Sqlite
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
                type: "BLOB",
                maxLength: 32,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Calendar",
                table: "ev_outbox",
                type: "TEXT",
                maxLength: 16000,
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_ev_registrations_CancelTokenHash",
                table: "ev_registrations",
                column: "CancelTokenHash",
                unique: true);
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
