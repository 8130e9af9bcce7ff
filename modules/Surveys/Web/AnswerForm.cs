using System.Globalization;
using System.Text;
using Platform.Contracts.Surveys.V1;
using static Platform.Surveys.Web.PageLayout;

namespace Platform.Surveys.Web;

/// <summary>
/// The answer form, rendered on the server: a fieldset with a legend per choice question, a label per number or text
/// question, large smiley faces as radio buttons, and skip rules in CSS (<c>:has</c>), so no script is needed.
/// </summary>
internal static class AnswerForm
{
    private static readonly string[] ThreeFaces = ["😀", "😐", "🙁"];
    private static readonly string[] FiveFaces = ["😀", "🙂", "😐", "🙁", "😢"];

    public static string Render(SurveyDefinition definition, PageTexts texts, string action, Guid responseId,
        IReadOnlyDictionary<string, string[]> values, IReadOnlyDictionary<string, string> errors)
    {
        var title = Pick(definition.Title, texts);
        var body = new StringBuilder();
        body.Append("<h1>").Append(Encode(title)).Append("</h1>\n");
        if (definition.Introduction is { } introduction && Pick(introduction, texts).Length > 0)
        {
            body.Append("<p>").Append(Encode(Pick(introduction, texts))).Append("</p>\n");
        }

        body.Append("<p class=\"hint\">").Append(Encode(texts.Anonymous)).Append("</p>\n");
        var questions = definition.Sections.SelectMany(section => section.Questions).ToList();
        if (errors.Count > 0)
        {
            body.Append("<div class=\"errors\" role=\"alert\" tabindex=\"-1\" id=\"errors\"><p class=\"error\">").Append(Encode(texts.ErrorSummary)).Append("</p><ul>\n");
            if (errors.TryGetValue(AgeBandQuestion.FieldName, out var ageError))
            {
                body.Append("<li><a href=\"#").Append(AgeBandQuestion.ElementId).Append("\">").Append(Encode(texts.AgeQuestion)).Append("</a>: ")
                    .Append(Encode(ageError)).Append("</li>\n");
            }

            foreach (var question in questions.Where(q => errors.ContainsKey(q.Id)))
            {
                body.Append("<li><a href=\"#f-").Append(question.Id).Append("\">").Append(Encode(Pick(question.Text, texts))).Append("</a>: ")
                    .Append(Encode(errors[question.Id])).Append("</li>\n");
            }

            body.Append("</ul></div>\n");
        }

        body.Append("<form method=\"post\" action=\"").Append(Encode(action)).Append("\">\n")
            .Append("<input type=\"hidden\" name=\"response_id\" value=\"").Append(responseId).Append("\">\n")
            .Append("<input type=\"hidden\" name=\"lang\" value=\"").Append(texts.Language).Append("\">\n");
        if (AgeBandQuestion.BandsFor(definition.Audience) is { Count: > 0 } bands)
        {
            AgeBandQuestion.Append(body, bands, texts, values.GetValueOrDefault(AgeBandQuestion.FieldName)?.FirstOrDefault() ?? "",
                errors.GetValueOrDefault(AgeBandQuestion.FieldName));
        }

        foreach (var section in definition.Sections)
        {
            body.Append("<section>\n<h2>").Append(Encode(Pick(section.Title, texts))).Append("</h2>\n");
            foreach (var question in section.Questions)
            {
                AppendQuestion(body, question, texts, values.GetValueOrDefault(question.Id) ?? [], errors.GetValueOrDefault(question.Id));
            }

            body.Append("</section>\n");
        }

        body.Append("<button type=\"submit\">").Append(Encode(texts.Submit)).Append("</button>\n</form>\n");
        return Page(texts, title, body.ToString(), $"?lang={texts.OtherLanguage}", SkipRules(questions));
    }

    public static string Pick(LocalText text, PageTexts texts) => texts.Language == "en" && text.En.Length > 0 ? text.En : text.Da;

    private static void AppendQuestion(StringBuilder body, Question question, PageTexts texts, string[] values, string? error)
    {
        var id = question.Id;
        var name = Encode(FormAnswers.FieldName(question));
        var marker = $" <span class=\"hint\">({(question.Required ? texts.Required : texts.Optional)})</span>";
        var errorId = $"e-{id}";
        var described = error is null ? "" : $" aria-describedby=\"{errorId}\" aria-invalid=\"true\"";
        var errorText = error is null ? "" : $"<p class=\"error\" id=\"{errorId}\">{Encode(error)}</p>\n";
        if (question.Type is QuestionType.Number or QuestionType.FreeText)
        {
            body.Append("<div class=\"question\" id=\"f-").Append(id).Append("\">\n<label for=\"i-").Append(id).Append("\">")
                .Append(Encode(Pick(question.Text, texts))).Append(marker).Append("</label>\n").Append(errorText);
            var value = Encode(values.FirstOrDefault() ?? "");
            body.Append(question.Type == QuestionType.Number
                ? $"<input type=\"number\" inputmode=\"decimal\" step=\"any\" id=\"i-{id}\" name=\"{name}\" min=\"{Number(question.Min)}\" max=\"{Number(question.Max)}\" value=\"{value}\"{described}>\n"
                : $"<textarea id=\"i-{id}\" name=\"{name}\" rows=\"4\" maxlength=\"{question.MaxLength}\"{described}>{value}</textarea>\n");
            body.Append("</div>\n");
            return;
        }

        var smiley = question.Type == QuestionType.Smiley;
        var inputType = question.Type == QuestionType.MultipleChoice ? "checkbox" : "radio";
        body.Append("<fieldset id=\"f-").Append(id).Append('"').Append(described).Append(">\n<legend>")
            .Append(Encode(Pick(question.Text, texts))).Append(marker).Append("</legend>\n").Append(errorText)
            .Append(smiley ? "<div class=\"smileys\">\n" : "");
        var faces = question.Options.Count == 5 ? FiveFaces : ThreeFaces;
        for (var o = 0; o < question.Options.Count; o++)
        {
            var option = question.Options[o];
            var inputId = $"o-{id}-{option.Id}";
            var isChecked = values.Contains(option.Id) ? " checked" : "";
            var label = Encode(Pick(option.Label, texts));
            body.Append(smiley
                ? $"<div class=\"smiley\"><input type=\"radio\" id=\"{inputId}\" name=\"{name}\" value=\"{option.Id}\"{isChecked}><label for=\"{inputId}\"><span class=\"face\" aria-hidden=\"true\">{faces[o]}</span>{label}</label></div>\n"
                : $"<div class=\"choice\"><input type=\"{inputType}\" id=\"{inputId}\" name=\"{name}\" value=\"{option.Id}\"{isChecked}><label for=\"{inputId}\">{label}</label></div>\n");
        }

        body.Append(smiley ? "</div>\n" : "").Append("</fieldset>\n");
    }

    /// <summary>Hides a question until an option its skip rule names is checked.</summary>
    private static string SkipRules(IEnumerable<Question> questions) => string.Concat(questions.Where(q => q.ShowIf is not null).Select(q =>
        $"\nform:not(:has({string.Join(", ", q.ShowIf.OptionIds.Select(option => $"#o-{q.ShowIf.QuestionId}-{option}:checked"))})) #f-{q.Id} {{ display: none; }}"));

    private static string Number(double value) => value.ToString(CultureInfo.InvariantCulture);
}
