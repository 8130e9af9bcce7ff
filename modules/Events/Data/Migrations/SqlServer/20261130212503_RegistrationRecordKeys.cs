using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Platform.Events.Data.Migrations.SqlServer
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
                type: "int",
                nullable: false,
                defaultValue: 0);

            // Registrations stored before keys existed get their permanent random key now, like every new one.
            // CHECKSUM(NEWID()) is a new random int per row over the whole range (no ABS: the key is signed, and ABS of the lowest int overflows).
            migrationBuilder.Sql("UPDATE ev_registrations SET RecordKey = CHECKSUM(NEWID());");
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
