using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Platform.Events.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class RegistrationRecordKeys : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "RecordKey",
                table: "ev_registrations",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            // Registrations stored before keys existed get their permanent random key now, like every new one.
            // SQLite's random() is 64 random bits; its top 32 (an arithmetic shift) are a uniform int.
            migrationBuilder.Sql("UPDATE ev_registrations SET RecordKey = random() >> 32;");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "RecordKey",
                table: "ev_registrations");
        }
    }
}
