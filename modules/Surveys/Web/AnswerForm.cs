using System.Globalization;
using Platform.Contracts.Surveys.V1;
using Platform.Sdk.Web;
using Platform.Surveys.Definitions.Languages;

namespace Platform.Surveys.Web;

/// <summary>
/// The answer form, rendered on the server: a fieldset with a legend per choice question, a label per number or text
/// question, large smiley faces as radio buttons, and skip rules in CSS (<c>:has</c>), so no script is needed.
/// </summary>
internal static class AnswerForm
{
    /// <summary>The answer page's own rules after the shared ones: questions, numbers and text, and smiley faces.</summary>
    private const string Styles = """
        h2 { font-size: 1.375rem; margin-top: 2rem; }
        .question { border: 1px solid #6b6b6b; border-radius: 0.5rem; margin: 1rem 0; padding: 0.75rem 1rem; }
        .question > label { font-weight: 600; padding: 0 0.25rem; }
        .hint { font-weight: normal; }
        input[inputmode=decimal], textarea { font: inherit; width: 100%; box-sizing: border-box; padding: 0.5rem; border: 2px solid #6b6b6b; border-radius: 0.375rem; }
        fieldset:has(.smileys) { padding-inline: clamp(0.25rem, 1.5vw, 1rem); }
        .smileys { display: grid; grid-auto-flow: column; grid-auto-columns: minmax(0, 1fr); gap: clamp(0.25rem, 1.25vw, 0.75rem); }
        .smiley { position: relative; display: flex; }
        .smiley input { position: absolute; opacity: 0; width: 1px; height: 1px; }
        .smiley label { flex: 1; display: flex; flex-direction: column; align-items: center; gap: 0.25rem; min-width: 0; min-height: 2.75rem; padding: clamp(0.25rem, 1.5vw, 0.5rem) 1px; border: 3px solid #6b6b6b; border-radius: 1rem; cursor: pointer; -webkit-tap-highlight-color: transparent; font-size: clamp(0.8125rem, 3.5vw, 1.125rem); line-height: 1.25; text-align: center; overflow-wrap: break-word; }
        .smiley svg { width: clamp(2.25rem, 11vw, 4rem); height: auto; flex: none; }
        .smiley input:checked + label { border-color: #0b4f8a; background: #dcebf8; }
        .smiley input:checked + label svg { fill: #ffd54a; }
        .smiley input:focus-visible + label { outline: 3px solid #b34700; outline-offset: 3px; }
        """;

    /// <summary>The form on the page at <paramref name="page"/>, where its language links go, posting to <paramref name="action"/>.</summary>
    public static PublicPage Render(SurveyDefinition definition, PageTexts texts, string page, string action, Guid responseId,
        IReadOnlyDictionary<string, string[]> values, IReadOnlyDictionary<string, string> errors)
    {
        var title = Pick(definition.Title, texts);
        var introduction = definition.Introduction is { } text && Pick(text, texts).Length > 0 ? Html.Of($"<p>{Pick(text, texts)}</p>\n") : Html.Empty;
        var questions = definition.Sections.SelectMany(section => section.Questions).ToList();
        var bands = AgeBandQuestion.BandsFor(definition.Audience);
        var ageBand = bands.Count > 0
            ? AgeBandQuestion.Render(bands, texts, values.GetValueOrDefault(AgeBandQuestion.FieldName)?.FirstOrDefault() ?? "", errors.GetValueOrDefault(AgeBandQuestion.FieldName))
            : Html.Empty;
        var sections = definition.Sections.Select(section => Html.Of($"""
            <section>
            <h2>{Pick(section.Title, texts)}</h2>
            {section.Questions.Select(question => Question(question, texts, values.GetValueOrDefault(question.Id) ?? [], errors.GetValueOrDefault(question.Id)))}</section>

            """));
        var body = Html.Of($"""
            <h1>{title}</h1>
            {introduction}<p class="hint">{texts.Anonymous}</p>
            {ErrorSummary(questions, texts, errors)}<form method="post" action="{action}">
            <input type="hidden" name="response_id" value="{responseId}">
            <input type="hidden" name="lang" value="{texts.Language.Code}">
            {ageBand}{sections}<button type="submit">{texts.Submit}</button>
            </form>

            """);
        return new PublicPage(texts.Language, title, body)
        {
            Languages = [.. SurveyLanguages.Offered(definition).Select(language => new LanguageLink(language, $"{page}?lang={language.Code}"))],
            Styles = Styles + SkipRules(questions),
        };
    }

    private static string Pick(LocalText text, PageTexts texts) => SurveyLanguages.Pick(text, texts.Language);

    private static Html ErrorSummary(IReadOnlyList<Question> questions, PageTexts texts, IReadOnlyDictionary<string, string> errors)
    {
        if (errors.Count == 0)
        {
            return Html.Empty;
        }

        var ageError = errors.TryGetValue(AgeBandQuestion.FieldName, out var age)
            ? Html.Of($"<li><a href=\"#{AgeBandQuestion.ElementId}\">{texts.AgeQuestion}</a>: {age}</li>\n")
            : Html.Empty;
        var questionErrors = questions.Where(q => errors.ContainsKey(q.Id))
            .Select(question => Html.Of($"<li><a href=\"#f-{question.Id}\">{Pick(question.Text, texts)}</a>: {errors[question.Id]}</li>\n"));
        return Html.Of($"<div class=\"errors\" role=\"alert\" tabindex=\"-1\" id=\"errors\" autofocus><p class=\"error\">{texts.ErrorSummary}</p><ul>\n{ageError}{questionErrors}</ul></div>\n");
    }

    private static Html Question(Question question, PageTexts texts, string[] values, string? error)
    {
        var id = question.Id;
        var name = FormAnswers.FieldName(question);
        var marker = Html.Of($" <span class=\"hint\">({(question.Required ? texts.Required : texts.Optional)})</span>");
        var errorId = $"e-{id}";
        var described = error is null ? Html.Empty : Html.Of($" aria-describedby=\"{errorId}\" aria-invalid=\"true\"");
        var errorText = error is null ? Html.Empty : Html.Of($"<p class=\"error\" id=\"{errorId}\">{error}</p>\n");
        var text = Pick(question.Text, texts);
        if (question.Type is QuestionType.Number or QuestionType.FreeText)
        {
            var value = values.FirstOrDefault() ?? "";
            var input = question.Type == QuestionType.Number
                ? Html.Of($"<input type=\"text\" inputmode=\"decimal\" autocomplete=\"off\" id=\"i-{id}\" name=\"{name}\" value=\"{value}\"{described}>\n")
                : Html.Of($"<textarea id=\"i-{id}\" name=\"{name}\" rows=\"4\" maxlength=\"{question.MaxLength}\"{described}>{value}</textarea>\n");
            return Html.Of($"<div class=\"question\" id=\"f-{id}\">\n<label for=\"i-{id}\">{text}{marker}</label>\n{errorText}{input}</div>\n");
        }

        var smiley = question.Type == QuestionType.Smiley;
        var inputType = question.Type == QuestionType.MultipleChoice ? "checkbox" : "radio";
        var options = question.Options.Select((option, o) =>
        {
            var inputId = $"o-{id}-{option.Id}";
            var isChecked = values.Contains(option.Id) ? Html.Of($" checked") : Html.Empty;
            var label = Pick(option.Label, texts);
            return smiley
                ? Html.Of($"<div class=\"smiley\"><input type=\"radio\" id=\"{inputId}\" name=\"{name}\" value=\"{option.Id}\"{isChecked}><label for=\"{inputId}\">{Face(o, question.Options.Count)}{label}</label></div>\n")
                : Html.Of($"<div class=\"choice\"><input type=\"{inputType}\" id=\"{inputId}\" name=\"{name}\" value=\"{option.Id}\"{isChecked}><label for=\"{inputId}\">{label}</label></div>\n");
        });
        return smiley
            ? Html.Of($"<fieldset id=\"f-{id}\"{described}>\n<legend>{text}{marker}</legend>\n{errorText}<div class=\"smileys\">\n{options}</div>\n</fieldset>\n")
            : Html.Of($"<fieldset id=\"f-{id}\"{described}>\n<legend>{text}{marker}</legend>\n{errorText}{options}</fieldset>\n");
    }

    /// <summary>
    /// The face of option <paramref name="index"/> of <paramref name="count"/>, drawn the same way for every option:
    /// an outlined circle with two eyes and a mouth that bends from a big smile (the first option) to a frown (the last).
    /// Decoration only: the option's text under it is the label.
    /// </summary>
    private static Html Face(int index, int count)
    {
        var bend = 6 - 12.0 * index / (count - 1);
        var ends = Coordinate(32 - bend / 2);
        var control = Coordinate(32 + 1.5 * bend);
        return Html.Of($"<svg viewBox=\"0 0 48 48\" aria-hidden=\"true\" focusable=\"false\" fill=\"#fff\" stroke=\"#1a1a1a\" stroke-width=\"3\" stroke-linecap=\"round\"><circle cx=\"24\" cy=\"24\" r=\"21\"/><circle cx=\"17\" cy=\"19\" r=\"1.5\" fill=\"#1a1a1a\"/><circle cx=\"31\" cy=\"19\" r=\"1.5\" fill=\"#1a1a1a\"/><path d=\"M14 {ends} Q24 {control} 34 {ends}\" fill=\"none\"/></svg>");
    }

    private static string Coordinate(double value) => value.ToString("0.#", CultureInfo.InvariantCulture);

    /// <summary>Hides a question until an option its skip rule names is checked.</summary>
    private static string SkipRules(IEnumerable<Question> questions) => string.Concat(questions.Where(q => q.ShowIf is not null).Select(q =>
        $"\nform:not(:has({string.Join(", ", q.ShowIf.OptionIds.Select(option => $"#o-{q.ShowIf.QuestionId}-{option}:checked"))})) #f-{q.Id} {{ display: none; }}"));
}
