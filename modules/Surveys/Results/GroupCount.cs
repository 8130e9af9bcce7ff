namespace Platform.Surveys.Results;

/// <summary>How many answer rows one option of one question has in one group.</summary>
public sealed record GroupCount(string QuestionId, string OptionId, string Group, int Count);
