using Platform.Contracts.Surveys.V1;
using Platform.Surveys.Definitions.Languages;

namespace Platform.Surveys.Definitions.Templates;

/// <summary>Short builders the shipped templates are written with.</summary>
internal static class TemplateParts
{
    public static LocalText Text(string da, string en) => new() { Da = da, En = en };

    public static Option Choice(string id, string da, string en, bool positive = false) =>
        new() { Id = id, Label = Text(da, en), Positive = positive };

    public static Question Question(string id, QuestionType type, string da, string en, bool required, params Option[] options) =>
        new() { Id = id, Type = type, Text = Text(da, en), Required = required, Options = { options } };

    public static Question FreeText(string id, string da, string en, bool required = false, int maxLength = 2000) =>
        new() { Id = id, Type = QuestionType.FreeText, Text = Text(da, en), Required = required, MaxLength = maxLength };

    /// <summary>The three faces young children answer with: "Ja, meget", "Ja, lidt", "Nej".</summary>
    public static Question Smiley3(string id, string da, string en) => Question(id, QuestionType.Smiley, da, en, true,
        Choice("yes-a-lot", "Ja, meget", "Yes, a lot", positive: true),
        Choice("yes-a-little", "Ja, lidt", "Yes, a little"),
        Choice("no", "Nej", "No"));

    public static Section Section(string id, string da, string en, params Question[] questions) =>
        new() { Id = id, Title = Text(da, en), Questions = { questions } };

    /// <summary>
    /// The definition with every text also in the language of <paramref name="code"/>, looked up by its Danish text in
    /// <paramref name="byDanish"/>: a template is in a language completely or not at all.
    /// </summary>
    public static SurveyDefinition Translated(SurveyDefinition definition, string code, IReadOnlyDictionary<string, string> byDanish)
    {
        foreach (var text in SurveyLanguages.Texts(definition))
        {
            text.More[code] = byDanish.TryGetValue(text.Da, out var translated)
                ? translated
                : throw new InvalidOperationException($"The template's text \"{text.Da}\" has no translation to {code}.");
        }

        return definition;
    }
}
