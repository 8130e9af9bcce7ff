using Platform.Contracts.Surveys.V1;

namespace Platform.Surveys.Collection;

/// <summary>One answer as submitted, before it is checked against the survey.</summary>
[GenerateSerializer]
[Alias("platform.surveys.submitted-answer")]
internal sealed record SubmittedAnswer(
    [property: Id(0)] string QuestionId,
    [property: Id(1)] string[] OptionIds,
    [property: Id(2)] double? Number,
    [property: Id(3)] string Text)
{
    public static SubmittedAnswer From(Answer answer) =>
        new(answer.QuestionId, [.. answer.OptionIds], answer.HasNumber ? answer.Number : null, answer.Text);
}
