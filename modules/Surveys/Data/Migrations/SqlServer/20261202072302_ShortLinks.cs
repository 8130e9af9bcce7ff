using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Platform.Surveys.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class ShortLinks : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "ShortHash",
                table: "sv_links",
                type: "nvarchar(64)",
                maxLength: 64,
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_sv_links_ShortHash",
                table: "sv_links",
                column: "ShortHash",
                unique: true,
                filter: "[ShortHash] IS NOT NULL");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_sv_links_ShortHash",
                table: "sv_links");

            migrationBuilder.DropColumn(
                name: "ShortHash",
                table: "sv_links");
        }
    }
}
