using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Platform.Reporting.Archive.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "reporting_municipality_archive",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    MunicipalityCode = table.Column<string>(type: "nvarchar(4)", maxLength: 4, nullable: false),
                    JobId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Year = table.Column<int>(type: "int", nullable: false),
                    Quarter = table.Column<int>(type: "int", nullable: false),
                    Format = table.Column<int>(type: "int", nullable: false),
                    FileName = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    ContentType = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    Content = table.Column<byte[]>(type: "varbinary(max)", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_reporting_municipality_archive", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "reporting_partnership_archive",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    PartnershipId = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    JobId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Year = table.Column<int>(type: "int", nullable: false),
                    Quarter = table.Column<int>(type: "int", nullable: false),
                    Format = table.Column<int>(type: "int", nullable: false),
                    FileName = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    ContentType = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    Content = table.Column<byte[]>(type: "varbinary(max)", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_reporting_partnership_archive", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_reporting_municipality_archive_JobId",
                table: "reporting_municipality_archive",
                column: "JobId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_reporting_municipality_archive_MunicipalityCode",
                table: "reporting_municipality_archive",
                column: "MunicipalityCode");

            migrationBuilder.CreateIndex(
                name: "IX_reporting_partnership_archive_JobId",
                table: "reporting_partnership_archive",
                column: "JobId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_reporting_partnership_archive_PartnershipId",
                table: "reporting_partnership_archive",
                column: "PartnershipId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "reporting_municipality_archive");

            migrationBuilder.DropTable(
                name: "reporting_partnership_archive");
        }
    }
}
