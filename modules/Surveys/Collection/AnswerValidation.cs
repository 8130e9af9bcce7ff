using Platform.Contracts.Surveys.V1;
using Platform.Sdk.Errors;

namespace Platform.Surveys.Collection;

/// <summary>
/// Checks a response against its survey version and names each invalid answer as <c>answers.{question id}</c>.
/// A question hidden by its skip rule is neither required nor stored.
/// </summary>
internal static class AnswerValidation
{
    public static IReadOnlyList<CheckedAnswer> Check(SurveyDefinition definition, IReadOnlyList<SubmittedAnswer> answers, string ageBand, string prefix = "")
    {
        var validation = new Validation();
        validation.Check(AgeBands.IsValid(ageBand), prefix + "age_band", $"must be empty or one of {string.Join(", ", AgeBands.All)}");
        var questions = definition.Sections.SelectMany(section => section.Questions).ToDictionary(q => q.Id, StringComparer.Ordinal);
        var byQuestion = new Dictionary<string, SubmittedAnswer>(StringComparer.Ordinal);
        foreach (var answer in answers)
        {
            var field = $"{prefix}answers.{answer.QuestionId}";
            validation.Check(questions.ContainsKey(answer.QuestionId), field, "is not a question of this survey");
            validation.Check(byQuestion.TryAdd(answer.QuestionId, answer), field, "is answered more than once");
        }

        var result = new List<CheckedAnswer>();
        foreach (var question in questions.Values)
        {
            var field = $"{prefix}answers.{question.Id}";
            var answer = byQuestion.GetValueOrDefault(question.Id);
            if (!IsShown(question, byQuestion))
            {
                continue;
            }

            if (answer is null || IsEmpty(question, answer))
            {
                validation.Check(!question.Required, field, "is required");
                continue;
            }

            result.AddRange(CheckOne(validation, question, answer, field));
        }

        validation.ThrowIfInvalid();
        return result;
    }

    private static bool IsShown(Question question, Dictionary<string, SubmittedAnswer> answers) =>
        question.ShowIf is null
        || (answers.TryGetValue(question.ShowIf.QuestionId, out var earlier) && earlier.OptionIds.Any(question.ShowIf.OptionIds.Contains));

    private static bool IsEmpty(Question question, SubmittedAnswer answer) => question.Type switch
    {
        QuestionType.Number => answer.Number is null,
        QuestionType.FreeText => string.IsNullOrWhiteSpace(answer.Text),
        _ => answer.OptionIds.Length == 0,
    };

    private static IEnumerable<CheckedAnswer> CheckOne(Validation validation, Question question, SubmittedAnswer answer, string field)
    {
        switch (question.Type)
        {
            case QuestionType.Number:
                var number = answer.Number!.Value;
                validation.Check(double.IsFinite(number) && number >= question.Min && number <= question.Max, field, $"must be a number from {question.Min} to {question.Max}");
                return [new CheckedAnswer(question.Id, "", number, null)];
            case QuestionType.FreeText:
                validation.MaxLength(answer.Text, field, question.MaxLength);
                return [new CheckedAnswer(question.Id, "", null, answer.Text.Trim())];
            default:
                var chosen = answer.OptionIds.Distinct(StringComparer.Ordinal).ToList();
                validation.Check(chosen.All(id => question.Options.Any(option => option.Id == id)), field, "names an option the question does not have");
                validation.Check(question.Type == QuestionType.MultipleChoice || chosen.Count == 1, field, "takes exactly one option");
                return chosen.Select(id => new CheckedAnswer(question.Id, id, null, null));
        }
    }
}
