using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Platform.SampleModule.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class NoteRecordKeys : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "RecordKey",
                table: "sample_notes",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            // Notes written before keys existed get their permanent random key now, like every new one.
            // SQLite's random() is 64 random bits; its top 32 (an arithmetic shift) are a uniform int.
            migrationBuilder.Sql("UPDATE sample_notes SET RecordKey = random() >> 32;");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "RecordKey",
                table: "sample_notes");
        }
    }
}
