using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Platform.ActorMapping.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ContactPersonOrder : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "Position",
                table: "am_contact_persons",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "Position",
                table: "am_contact_persons");
        }
    }
}
