using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Platform.Reporting.Archive.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class Plan : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "reporting_plan_member_states",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    MunicipalityCode = table.Column<string>(type: "character varying(4)", maxLength: 4, nullable: false),
                    PartnershipId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    WorkstreamId = table.Column<Guid>(type: "uuid", nullable: false),
                    State = table.Column<int>(type: "integer", nullable: false),
                    Note = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_reporting_plan_member_states", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "reporting_plan_quarter_notes",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    MunicipalityCode = table.Column<string>(type: "character varying(4)", maxLength: 4, nullable: false),
                    PartnershipId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    Quarter = table.Column<int>(type: "integer", nullable: false),
                    Text = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_reporting_plan_quarter_notes", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "reporting_plan_workstreams",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    PartnershipId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Position = table.Column<int>(type: "integer", nullable: false),
                    TitleDa = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    TitleEn = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Topic = table.Column<int>(type: "integer", nullable: false),
                    StartDate = table.Column<DateOnly>(type: "date", nullable: true),
                    EndDate = table.Column<DateOnly>(type: "date", nullable: true),
                    Responsible = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Note = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_reporting_plan_workstreams", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "reporting_plans",
                columns: table => new
                {
                    PartnershipId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_reporting_plans", x => x.PartnershipId);
                });

            migrationBuilder.CreateIndex(
                name: "IX_reporting_plan_member_states_MunicipalityCode",
                table: "reporting_plan_member_states",
                column: "MunicipalityCode");

            migrationBuilder.CreateIndex(
                name: "IX_reporting_plan_member_states_MunicipalityCode_PartnershipId~",
                table: "reporting_plan_member_states",
                columns: new[] { "MunicipalityCode", "PartnershipId", "WorkstreamId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_reporting_plan_quarter_notes_MunicipalityCode",
                table: "reporting_plan_quarter_notes",
                column: "MunicipalityCode");

            migrationBuilder.CreateIndex(
                name: "IX_reporting_plan_quarter_notes_MunicipalityCode_PartnershipId~",
                table: "reporting_plan_quarter_notes",
                columns: new[] { "MunicipalityCode", "PartnershipId", "Year", "Quarter" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_reporting_plan_workstreams_PartnershipId",
                table: "reporting_plan_workstreams",
                column: "PartnershipId");

            migrationBuilder.CreateIndex(
                name: "IX_reporting_plans_PartnershipId",
                table: "reporting_plans",
                column: "PartnershipId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "reporting_plan_member_states");

            migrationBuilder.DropTable(
                name: "reporting_plan_quarter_notes");

            migrationBuilder.DropTable(
                name: "reporting_plan_workstreams");

            migrationBuilder.DropTable(
                name: "reporting_plans");
        }
    }
}
