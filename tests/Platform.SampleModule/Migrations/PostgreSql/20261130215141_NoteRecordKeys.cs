using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Platform.SampleModule.Migrations.PostgreSql
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
                type: "integer",
                nullable: false,
                defaultValue: 0);

            // Notes written before keys existed get their permanent random key now, like every new one.
            // random() is uniform in [0, 1); scaled to the whole int range, every value is as likely.
            migrationBuilder.Sql("UPDATE sample_notes SET \"RecordKey\" = floor(random() * 4294967296 - 2147483648)::integer;");
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
