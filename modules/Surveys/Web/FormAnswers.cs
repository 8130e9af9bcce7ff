using System.Globalization;
using Microsoft.AspNetCore.Http;
using Platform.Contracts.Surveys.V1;
using Platform.Surveys.Collection;

namespace Platform.Surveys.Web;

/// <summary>Reads the posted form: a field <c>q.{question id}</c> per question, repeated for multiple choice.</summary>
internal static class FormAnswers
{
    public static string FieldName(Question question) => "q." + question.Id;

    public static SubmittedAnswer[] Read(IFormCollection form, SurveyDefinition definition) =>
    [
        .. definition.Sections.SelectMany(section => section.Questions)
            .Where(question => form.ContainsKey(FieldName(question)))
            .Select(question => Read(question, form[FieldName(question)].Where(value => value is not null).Select(value => value!).ToArray())),
    ];

    private static SubmittedAnswer Read(Question question, string[] values) => question.Type switch
    {
        QuestionType.Number => new SubmittedAnswer(question.Id, [], ParseNumber(values.FirstOrDefault() ?? ""), ""),
        QuestionType.FreeText => new SubmittedAnswer(question.Id, [], null, values.FirstOrDefault() ?? ""),
        _ => new SubmittedAnswer(question.Id, values, null, ""),
    };

    /// <summary>Empty is no answer; a comma is read as the Danish decimal mark; anything else is NaN, which validation refuses.</summary>
    private static double? ParseNumber(string value) =>
        string.IsNullOrWhiteSpace(value) ? null
        : double.TryParse(value.Trim().Replace(',', '.'), NumberStyles.Float, CultureInfo.InvariantCulture, out var number) ? number
        : double.NaN;
}
