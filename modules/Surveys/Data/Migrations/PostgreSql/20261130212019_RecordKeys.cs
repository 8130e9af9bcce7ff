using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Surveys.Data.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class RecordKeys : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_sv_responses_SurveyId_MunicipalityCode_LocalAreaId_AgeBand_~",
                table: "sv_responses");

            migrationBuilder.DropIndex(
                name: "IX_sv_answers_SurveyId_MunicipalityCode_QuestionId_OptionId_Lo~",
                table: "sv_answers");

            migrationBuilder.AddColumn<int>(
                name: "RecordKey",
                table: "sv_responses",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "RecordKey",
                table: "sv_answers",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            // Responses stored before record keys existed get a random key; each answer repeats its response's key.
            migrationBuilder.Sql("""UPDATE sv_responses SET "RecordKey" = floor(random() * 4294967296 - 2147483648)::int;""");
            migrationBuilder.Sql("""UPDATE sv_answers a SET "RecordKey" = r."RecordKey" FROM sv_responses r WHERE r."Id" = a."ResponseId";""");

            migrationBuilder.CreateIndex(
                name: "IX_sv_responses_SurveyId_MunicipalityCode_LocalAreaId_AgeBand_~",
                table: "sv_responses",
                columns: new[] { "SurveyId", "MunicipalityCode", "LocalAreaId", "AgeBand", "Audience", "RecordKey" });

            migrationBuilder.CreateIndex(
                name: "IX_sv_answers_SurveyId_MunicipalityCode_QuestionId_OptionId_Lo~",
                table: "sv_answers",
                columns: new[] { "SurveyId", "MunicipalityCode", "QuestionId", "OptionId", "LocalAreaId", "AgeBand", "Audience", "RecordKey" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_sv_responses_SurveyId_MunicipalityCode_LocalAreaId_AgeBand_~",
                table: "sv_responses");

            migrationBuilder.DropIndex(
                name: "IX_sv_answers_SurveyId_MunicipalityCode_QuestionId_OptionId_Lo~",
                table: "sv_answers");

            migrationBuilder.DropColumn(
                name: "RecordKey",
                table: "sv_responses");

            migrationBuilder.DropColumn(
                name: "RecordKey",
                table: "sv_answers");

            migrationBuilder.CreateIndex(
                name: "IX_sv_responses_SurveyId_MunicipalityCode_LocalAreaId_AgeBand_~",
                table: "sv_responses",
                columns: new[] { "SurveyId", "MunicipalityCode", "LocalAreaId", "AgeBand", "Audience" });

            migrationBuilder.CreateIndex(
                name: "IX_sv_answers_SurveyId_MunicipalityCode_QuestionId_OptionId_Lo~",
                table: "sv_answers",
                columns: new[] { "SurveyId", "MunicipalityCode", "QuestionId", "OptionId", "LocalAreaId", "AgeBand", "Audience" });
        }
    }
}
