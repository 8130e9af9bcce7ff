using Platform.Contracts.Surveys.V1;

namespace Platform.Surveys.Tests.Infrastructure;

/// <summary>Answers as the tests write them.</summary>
public static class Answers
{
    public static Answer Choice(string questionId, params string[] optionIds) => new() { QuestionId = questionId, OptionIds = { optionIds } };

    public static Answer Number(string questionId, double number) => new() { QuestionId = questionId, Number = number };

    public static Answer Text(string questionId, string text) => new() { QuestionId = questionId, Text = text };
}
