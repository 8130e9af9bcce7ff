using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Platform.Surveys.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "sv_answers",
                columns: table => new
                {
                    ResponseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    QuestionId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    OptionId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    MunicipalityCode = table.Column<string>(type: "TEXT", maxLength: 4, nullable: false),
                    SurveyId = table.Column<Guid>(type: "TEXT", nullable: false),
                    LocalAreaId = table.Column<string>(type: "TEXT", maxLength: 36, nullable: false),
                    Audience = table.Column<int>(type: "INTEGER", nullable: false),
                    AgeBand = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    RecordKey = table.Column<int>(type: "INTEGER", nullable: false),
                    Number = table.Column<double>(type: "REAL", nullable: true),
                    Text = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_sv_answers", x => new { x.ResponseId, x.QuestionId, x.OptionId });
                });

            migrationBuilder.CreateTable(
                name: "sv_links",
                columns: table => new
                {
                    TokenHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    MunicipalityCode = table.Column<string>(type: "TEXT", maxLength: 4, nullable: false),
                    SurveyId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    PartnershipId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    LocalAreaId = table.Column<string>(type: "TEXT", maxLength: 36, nullable: false),
                    OpensAt = table.Column<long>(type: "INTEGER", nullable: false),
                    ClosesAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Closed = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_sv_links", x => x.TokenHash);
                });

            migrationBuilder.CreateTable(
                name: "sv_partnership_surveys",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    PartnershipId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    TemplateId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    LatestVersion = table.Column<int>(type: "INTEGER", nullable: false),
                    PublishedVersion = table.Column<int>(type: "INTEGER", nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_sv_partnership_surveys", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "sv_responses",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    MunicipalityCode = table.Column<string>(type: "TEXT", maxLength: 4, nullable: false),
                    SurveyId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    LocalAreaId = table.Column<string>(type: "TEXT", maxLength: 36, nullable: false),
                    Audience = table.Column<int>(type: "INTEGER", nullable: false),
                    AgeBand = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    Week = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    RecordKey = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_sv_responses", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "sv_surveys",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    MunicipalityCode = table.Column<string>(type: "TEXT", maxLength: 4, nullable: false),
                    TemplateId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    LatestVersion = table.Column<int>(type: "INTEGER", nullable: false),
                    PublishedVersion = table.Column<int>(type: "INTEGER", nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_sv_surveys", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "sv_partnership_survey_versions",
                columns: table => new
                {
                    SurveyId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    PartnershipId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Published = table.Column<bool>(type: "INTEGER", nullable: false),
                    Audience = table.Column<int>(type: "INTEGER", nullable: false),
                    DefinitionJson = table.Column<string>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_sv_partnership_survey_versions", x => new { x.SurveyId, x.Version });
                    table.ForeignKey(
                        name: "FK_sv_partnership_survey_versions_sv_partnership_surveys_SurveyId",
                        column: x => x.SurveyId,
                        principalTable: "sv_partnership_surveys",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "sv_survey_versions",
                columns: table => new
                {
                    SurveyId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    MunicipalityCode = table.Column<string>(type: "TEXT", maxLength: 4, nullable: false),
                    Published = table.Column<bool>(type: "INTEGER", nullable: false),
                    Audience = table.Column<int>(type: "INTEGER", nullable: false),
                    DefinitionJson = table.Column<string>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_sv_survey_versions", x => new { x.SurveyId, x.Version });
                    table.ForeignKey(
                        name: "FK_sv_survey_versions_sv_surveys_SurveyId",
                        column: x => x.SurveyId,
                        principalTable: "sv_surveys",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_sv_answers_MunicipalityCode",
                table: "sv_answers",
                column: "MunicipalityCode");

            migrationBuilder.CreateIndex(
                name: "IX_sv_answers_SurveyId_MunicipalityCode_QuestionId_OptionId_LocalAreaId_AgeBand_Audience_RecordKey",
                table: "sv_answers",
                columns: new[] { "SurveyId", "MunicipalityCode", "QuestionId", "OptionId", "LocalAreaId", "AgeBand", "Audience", "RecordKey" });

            migrationBuilder.CreateIndex(
                name: "IX_sv_links_MunicipalityCode",
                table: "sv_links",
                column: "MunicipalityCode");

            migrationBuilder.CreateIndex(
                name: "IX_sv_partnership_survey_versions_PartnershipId",
                table: "sv_partnership_survey_versions",
                column: "PartnershipId");

            migrationBuilder.CreateIndex(
                name: "IX_sv_partnership_surveys_PartnershipId",
                table: "sv_partnership_surveys",
                column: "PartnershipId");

            migrationBuilder.CreateIndex(
                name: "IX_sv_responses_MunicipalityCode",
                table: "sv_responses",
                column: "MunicipalityCode");

            migrationBuilder.CreateIndex(
                name: "IX_sv_responses_SurveyId_MunicipalityCode_LocalAreaId_AgeBand_Audience_RecordKey",
                table: "sv_responses",
                columns: new[] { "SurveyId", "MunicipalityCode", "LocalAreaId", "AgeBand", "Audience", "RecordKey" });

            migrationBuilder.CreateIndex(
                name: "IX_sv_survey_versions_MunicipalityCode",
                table: "sv_survey_versions",
                column: "MunicipalityCode");

            migrationBuilder.CreateIndex(
                name: "IX_sv_surveys_MunicipalityCode",
                table: "sv_surveys",
                column: "MunicipalityCode");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "sv_answers");

            migrationBuilder.DropTable(
                name: "sv_links");

            migrationBuilder.DropTable(
                name: "sv_partnership_survey_versions");

            migrationBuilder.DropTable(
                name: "sv_responses");

            migrationBuilder.DropTable(
                name: "sv_survey_versions");

            migrationBuilder.DropTable(
                name: "sv_partnership_surveys");

            migrationBuilder.DropTable(
                name: "sv_surveys");
        }
    }
}
