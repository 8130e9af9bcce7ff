namespace Platform.Surveys.Collection;

/// <summary>One stored row of a checked answer: an option, a number or a text.</summary>
internal sealed record CheckedAnswer(string QuestionId, string OptionId, double? Number, string? Text);
