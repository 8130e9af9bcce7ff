using Microsoft.Extensions.Localization;
using Platform.Contracts.Surveys.V1;
using Platform.Sdk.Web.Forms;

namespace Platform.Surveys.Web.Editor;

/// <summary>
/// The editor's fields as SurveyCatalogue names them in its violations (<c>definition.sections[0].questions[1].text.da</c>),
/// each tied to its input and named in words by its section, question and part: "Spørgsmål 1.2 («Hvor glad …»): teksten
/// på dansk skal udfyldes".
/// </summary>
internal static class EditorFields
{
    public static IReadOnlyList<FormField> For(SurveyForm form, IStringLocalizer<EditorPagesText> t)
    {
        var fields = new List<FormField>
        {
            new("definition.title.da", "title-da", t["ProblemTitleDa"]),
            new("definition.title.en", "title-en", t["ProblemTitleEn"]),
            new("definition.introduction", "intro-da", t["ProblemIntro"], t["IntroHint"]),
            new("definition.audience", "audience", t["ProblemAudience"], t["AudienceHint"]),
            new("definition.sections", "add-section", t["ProblemSections"], t["SectionsHint"]),
        };
        for (var s = 0; s < form.Sections.Count; s++)
        {
            var path = $"definition.sections[{s}]";
            string Section(string part) => t["ProblemSection", s + 1, part];
            fields.Add(new($"{path}.id", $"s{s}-title-da", Section(t["PartId"]), Section(t["IdHint"])));
            fields.Add(new($"{path}.title.da", $"s{s}-title-da", Section(t["PartTitleDa"])));
            fields.Add(new($"{path}.title.en", $"s{s}-title-en", Section(t["PartTitleEn"])));
            fields.Add(new($"{path}.questions", $"s{s}-newtype", Section(t["PartQuestions"]), Section(t["QuestionsHint"])));
            for (var q = 0; q < form.Sections[s].Questions.Count; q++)
            {
                fields.AddRange(QuestionFields(form.Sections[s].Questions[q], s, q, $"{path}.questions[{q}]", t));
            }
        }

        return fields;
    }

    private static IEnumerable<FormField> QuestionFields(QuestionForm question, int s, int q, string path, IStringLocalizer<EditorPagesText> t)
    {
        var input = $"s{s}-q{q}";
        // The question by its position and the start of its text in the page's language, as far as it has one.
        var typed = (SurveyLabels.English && question.TextEn.Trim().Length > 0 ? question.TextEn : question.TextDa).Trim();
        var text = typed.Length > 40 ? typed[..40] + "…" : typed;
        string Named(string part) => text.Length > 0 ? t["ProblemQuestion", s + 1, q + 1, text, part] : t["ProblemQuestionUntitled", s + 1, q + 1, part];
        var optionsHint = question.TypeValue switch
        {
            QuestionType.Smiley => t["FacesHint"],
            QuestionType.Likert => t["LikertHint"],
            _ => t["ChoiceHint"],
        };
        yield return new($"{path}.id", $"{input}-text-da", Named(t["PartId"]), Named(t["IdHint"]));
        yield return new($"{path}.type", $"{input}-type", Named(t["PartType"]), Named(t["TypeHint"]));
        yield return new($"{path}.text.da", $"{input}-text-da", Named(t["PartTextDa"]));
        yield return new($"{path}.text.en", $"{input}-text-en", Named(t["PartTextEn"]));
        yield return new($"{path}.options", question.Options.Count > 0 ? $"{input}-o0-da" : $"{input}-add-option", Named(t["PartOptions"]), Named(optionsHint));
        yield return new($"{path}.min", $"{input}-min", Named(t["FieldMin"]), Named(t["NumberHint"]));
        yield return new($"{path}.max", $"{input}-max", Named(t["PartMax"]), Named(t["MaxHint"]));
        yield return new($"{path}.max_length", $"{input}-maxlength", Named(t["PartMaxLength"]), Named(t["MaxLengthHint"]));
        yield return new($"{path}.show_if.question_id", $"{input}-showif", Named(t["PartShowIf"]), Named(t["ShowIfProblemHint"]));
        yield return new($"{path}.show_if.option_ids", $"{input}-showif", Named(t["PartShowIf"]), Named(t["ShowIfProblemHint"]));
        for (var o = 0; o < question.Options.Count; o++)
        {
            yield return new($"{path}.options[{o}].id", $"{input}-o{o}-da", Named(t["ProblemOption", o + 1, t["PartId"]]), Named(t["IdHint"]));
            yield return new($"{path}.options[{o}].label.da", $"{input}-o{o}-da", Named(t["ProblemOption", o + 1, t["PartLabelDa"]]));
            yield return new($"{path}.options[{o}].label.en", $"{input}-o{o}-en", Named(t["ProblemOption", o + 1, t["PartLabelEn"]]));
        }
    }
}
