using Platform.Contracts.Surveys.V1;
using Platform.Sdk.Disclosure;

namespace Platform.Surveys.Results;

/// <summary>
/// A survey's results as they may be shown: every count (an option in a group, a group's total, the margins, the
/// responses) is the cell of the responses it counts, published through <see cref="DisclosureControl"/>. The same
/// responses give the same figure in every breakdown, scope and call; a difference of figures is never an exact count.
/// </summary>
internal static class PublishedResults
{
    /// <summary>The results of one unit, or (with a null <paramref name="unit"/>) of every unit in the counts, by one breakdown.</summary>
    public static SurveyResults Compute(SurveyDefinition definition, AnswerCounts counts, ResultUnit? unit, Breakdown breakdown)
    {
        bool InScope(FineCount count) => unit is null || count.Unit == unit;
        var answers = counts.Answers.Where(InScope).ToLookup(c => c.QuestionId);
        var respondents = counts.Respondents.Where(InScope).ToLookup(c => c.QuestionId);
        return new SurveyResults
        {
            MinimumCount = DisclosureControl.Threshold,
            MaximumDeviation = DisclosureControl.MaximumDeviation,
            Responses = Cell(counts.Responses.Where(pair => unit is null || pair.Key == unit).Select(pair => pair.Value)),
            Questions =
            {
                definition.Sections.SelectMany(section => section.Questions).Select(question => Question(
                    question,
                    [.. answers[question.Id]],
                    question.Type == QuestionType.MultipleChoice ? [.. respondents[question.Id]] : null,
                    breakdown)),
            },
        };
    }

    /// <summary>
    /// One question's figures. A total counts the question's respondents: for multiple choice (several rows per
    /// respondent) those of <paramref name="respondents"/>, otherwise every answer row.
    /// </summary>
    private static QuestionResult Question(Question question, List<FineCount> answers, List<FineCount>? respondents, Breakdown breakdown)
    {
        var totals = respondents ?? answers;
        var result = new QuestionResult
        {
            QuestionId = question.Id,
            Type = question.Type,
            Answers = Cell(totals.Select(c => c.People)),
            Options = { question.Options.Select(option => Option(option.Id, answers)) },
        };
        if (breakdown == Breakdown.None)
        {
            return result;
        }

        var answersOf = answers.ToLookup(c => AnswerCounts.GroupOf(c, breakdown));
        var totalsOf = totals.ToLookup(c => AnswerCounts.GroupOf(c, breakdown));
        result.Groups.AddRange(totalsOf.Select(g => g.Key).Order(StringComparer.Ordinal).Select(group => new GroupResult
        {
            Group = group,
            Answers = Cell(totalsOf[group].Select(c => c.People)),
            Options = { question.Options.Select(option => Option(option.Id, [.. answersOf[group]])) },
        }));
        return result;
    }

    private static OptionCell Option(string optionId, List<FineCount> answers) =>
        new() { OptionId = optionId, Cell = Cell(answers.Where(c => c.OptionId == optionId).Select(c => c.People)) };

    private static Cell Cell(IEnumerable<PeopleCount> parts)
    {
        var published = DisclosureControl.Publish(PeopleCount.Sum(parts));
        return published.IsBand ? new Cell { Suppressed = true } : new Cell { Count = published.Value };
    }
}
