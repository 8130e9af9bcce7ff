using System.Text.RegularExpressions;
using Platform.Contracts.Surveys.V1;
using Platform.Sdk.Errors;
using Platform.Surveys.Definitions.Languages;

namespace Platform.Surveys.Definitions;

/// <summary>Checks a survey definition and names every invalid field by its proto path.</summary>
internal static partial class DefinitionValidation
{
    public const int DefaultTextLength = 1000;
    public const int MaxTextLength = 4000;

    public static void Validate(SurveyDefinition? definition, string field = "definition")
    {
        var validation = new Validation();
        if (definition is null)
        {
            validation.Check(false, field, "is required").ThrowIfInvalid();
            return;
        }

        CheckText(validation, definition.Title, $"{field}.title", 200);
        validation.Check(definition.Introduction is null || (definition.Introduction.Da.Length <= 2000 && definition.Introduction.En.Length <= 2000),
            $"{field}.introduction", "must be at most 2000 characters");
        CheckMore(validation, definition.Introduction, $"{field}.introduction", 2000);
        validation.Check(definition.Audience != Audience.Unspecified && Enum.IsDefined(definition.Audience), $"{field}.audience", "must be an audience");
        validation.Check(definition.Sections.Count is >= 1 and <= 20, $"{field}.sections", "must hold 1-20 sections");
        var sectionIds = new HashSet<string>(StringComparer.Ordinal);
        var earlier = new Dictionary<string, Question>(StringComparer.Ordinal);
        for (var s = 0; s < definition.Sections.Count; s++)
        {
            var section = definition.Sections[s];
            var path = $"{field}.sections[{s}]";
            validation.Check(IsId(section.Id) && sectionIds.Add(section.Id), $"{path}.id", "must be a unique id of a-z, 0-9 and '-'");
            CheckText(validation, section.Title, $"{path}.title", 200);
            validation.Check(section.Questions.Count is >= 1 and <= 50, $"{path}.questions", "must hold 1-50 questions");
            for (var q = 0; q < section.Questions.Count; q++)
            {
                var question = section.Questions[q];
                var questionPath = $"{path}.questions[{q}]";
                validation.Check(IsId(question.Id) && !earlier.ContainsKey(question.Id), $"{questionPath}.id", "must be a unique id of a-z, 0-9 and '-'");
                CheckQuestion(validation, question, questionPath, earlier);
                earlier.TryAdd(question.Id, question);
            }
        }

        validation.ThrowIfInvalid();
    }

    /// <summary>Fills in defaults (free-text length) after validation.</summary>
    public static SurveyDefinition Normalised(SurveyDefinition definition)
    {
        var copy = definition.Clone();
        foreach (var question in copy.Sections.SelectMany(section => section.Questions))
        {
            if (question.Type == QuestionType.FreeText && question.MaxLength == 0)
            {
                question.MaxLength = DefaultTextLength;
            }
        }

        return copy;
    }

    public static bool HasChoices(QuestionType type) =>
        type is QuestionType.SingleChoice or QuestionType.MultipleChoice or QuestionType.Likert or QuestionType.Smiley;

    private static void CheckQuestion(Validation validation, Question question, string path, Dictionary<string, Question> earlier)
    {
        validation.Check(question.Type != QuestionType.Unspecified && Enum.IsDefined(question.Type), $"{path}.type", "must be a question type");
        CheckText(validation, question.Text, $"{path}.text", 500);
        if (HasChoices(question.Type))
        {
            var (least, most, rule) = question.Type switch
            {
                QuestionType.Smiley => (3, 5, "must hold 3 or 5 faces"),
                QuestionType.Likert => (3, 7, "must hold 3-7 steps"),
                _ => (2, 30, "must hold 2-30 options"),
            };
            var count = question.Options.Count;
            validation.Check(count >= least && count <= most && (question.Type != QuestionType.Smiley || count != 4), $"{path}.options", rule);
            var optionIds = new HashSet<string>(StringComparer.Ordinal);
            for (var o = 0; o < count; o++)
            {
                validation.Check(IsId(question.Options[o].Id) && optionIds.Add(question.Options[o].Id), $"{path}.options[{o}].id", "must be a unique id of a-z, 0-9 and '-'");
                CheckText(validation, question.Options[o].Label, $"{path}.options[{o}].label", 200);
            }
        }
        else
        {
            validation.Check(question.Options.Count == 0, $"{path}.options", "are only for choice, Likert and smiley questions");
        }

        validation.Check(question.Type != QuestionType.Number || question.Min < question.Max, $"{path}.max", "must be greater than min");
        validation.Check(question.Type != QuestionType.FreeText || question.MaxLength is >= 0 and <= MaxTextLength,
            $"{path}.max_length", $"must be 1-{MaxTextLength}, or 0 for {DefaultTextLength}");
        if (question.ShowIf is { } condition)
        {
            var target = earlier.GetValueOrDefault(condition.QuestionId);
            validation.Check(target is not null && HasChoices(target.Type), $"{path}.show_if.question_id", "must name an earlier choice question");
            validation.Check(condition.OptionIds.Count > 0 && (target is null || condition.OptionIds.All(id => target.Options.Any(option => option.Id == id))),
                $"{path}.show_if.option_ids", "must name options of that question");
        }
    }

    private static void CheckText(Validation validation, LocalText? text, string field, int maxLength)
    {
        validation.Required(text?.Da, $"{field}.da", maxLength);
        validation.MaxLength(text?.En, $"{field}.en", maxLength);
        CheckMore(validation, text, field, maxLength);
    }

    /// <summary>Further languages only by the answer page's codes, as long as the Danish text may be.</summary>
    private static void CheckMore(Validation validation, LocalText? text, string field, int maxLength)
    {
        if (text is null)
        {
            return;
        }

        foreach (var (code, translation) in text.More)
        {
            validation.Check(SurveyLanguages.MoreCodes.Contains(code), $"{field}.more.{code}", $"must be one of the languages {string.Join(", ", SurveyLanguages.MoreCodes)}");
            validation.MaxLength(translation, $"{field}.more.{code}", maxLength);
        }
    }

    private static bool IsId(string id) => IdPattern().IsMatch(id);

    [GeneratedRegex("^[a-z0-9][a-z0-9-]{0,63}$")]
    private static partial Regex IdPattern();
}
