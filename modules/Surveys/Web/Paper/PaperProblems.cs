using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Localization;
using Platform.Contracts.Surveys.V1;
using Platform.Sdk.Errors;
using Platform.Sdk.Web.Forms;

namespace Platform.Surveys.Web.Paper;

/// <summary>
/// The import's problems in words: a violation of <c>responses[i].answers.{question}</c> names the paper form's row in the
/// grid and the question's text, and links to the cell, e.g. "Skema 3: «Er du glad?» skal besvares".
/// </summary>
internal static partial class PaperProblems
{
    public const string AreaInput = "paper-area";

    public const string AnsweredInput = "paper-answered";

    public static IReadOnlyList<FormField> Fields(
        FormProblems problems, IReadOnlyList<int> sentRows, IReadOnlyList<Question> questions, IStringLocalizer<CollectionPagesText> text) =>
    [
        .. problems.Violations.Select(violation => Field(violation, sentRows, questions, text)).OfType<FormField>().DistinctBy(field => field.Field),
    ];

    /// <summary>The field name of a grid cell's problem, as the import names it.</summary>
    public static string FieldName(int sentIndex, string part) => $"responses[{sentIndex}].{part}";

    private static FormField? Field(FieldViolation violation, IReadOnlyList<int> sentRows, IReadOnlyList<Question> questions, IStringLocalizer<CollectionPagesText> text)
    {
        var match = ResponseField().Match(violation.Field);
        if (!match.Success)
        {
            return null;
        }

        var sent = int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
        var row = sent < sentRows.Count ? sentRows[sent] : 0;
        var part = match.Groups[2].Value;
        var form = (row + 1).ToString(CultureInfo.InvariantCulture);
        switch (part)
        {
            case "local_area_id":
                return new FormField(violation.Field, AreaInput, text["FieldLocalArea"], text["LocalAreaHint"]);
            case "answered_on":
                return new FormField(violation.Field, AnsweredInput, text["FieldAnsweredOn"], text["AnsweredOnInvalid"]);
            case "age_band":
                return new FormField(violation.Field, $"c{row}-age", text["PaperCell", form, text["AgeColumn"]], text["PaperAgeInvalid", form]);
        }

        var question = part.StartsWith("answers.", StringComparison.Ordinal) ? questions.FirstOrDefault(q => q.Id == part["answers.".Length..]) : null;
        if (question is null)
        {
            return new FormField(violation.Field, questions.Count > 0 ? PaperGrid.CellId(row, questions[0]) : AnsweredInput, text["PaperRow", form], text["PaperRowInvalid", form]);
        }

        var name = SurveyText.Pick(question.Text);
        var hint = violation.Description == "is required" ? text["PaperMissing", form, name]
            : question.Type == QuestionType.Number ? text["PaperNumber", form, name, Number(question.Min), Number(question.Max)]
            : text["PaperInvalid", form, name];
        return new FormField(violation.Field, PaperGrid.CellId(row, question), text["PaperCell", form, name], hint);
    }

    private static string Number(double value) => value.ToString("0.##", CultureInfo.GetCultureInfo("da-DK"));

    [GeneratedRegex(@"^responses\[(\d+)\]\.(.+)$")]
    private static partial Regex ResponseField();
}
