using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Platform.ActorMapping.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ListingOrderIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_am_initiatives_MunicipalityCode_Archived_Name",
                table: "am_initiatives");

            migrationBuilder.DropIndex(
                name: "IX_am_actors_MunicipalityCode_Archived_Name",
                table: "am_actors");

            migrationBuilder.CreateIndex(
                name: "IX_am_initiatives_MunicipalityCode_Name_Id",
                table: "am_initiatives",
                columns: new[] { "MunicipalityCode", "Name", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_am_actors_MunicipalityCode_Name_Id_Archived",
                table: "am_actors",
                columns: new[] { "MunicipalityCode", "Name", "Id", "Archived" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_am_initiatives_MunicipalityCode_Name_Id",
                table: "am_initiatives");

            migrationBuilder.DropIndex(
                name: "IX_am_actors_MunicipalityCode_Name_Id_Archived",
                table: "am_actors");

            migrationBuilder.CreateIndex(
                name: "IX_am_initiatives_MunicipalityCode_Archived_Name",
                table: "am_initiatives",
                columns: new[] { "MunicipalityCode", "Archived", "Name" });

            migrationBuilder.CreateIndex(
                name: "IX_am_actors_MunicipalityCode_Archived_Name",
                table: "am_actors",
                columns: new[] { "MunicipalityCode", "Archived", "Name" });
        }
    }
}
