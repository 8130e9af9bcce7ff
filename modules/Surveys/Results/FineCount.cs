namespace Platform.Surveys.Results;

/// <summary>
/// How many answer rows (or, for <see cref="AnswerCounts.Respondents"/>, respondents) one question has in the finest
/// group: one unit, option, local area, age band and audience. Every result is a sum of these.
/// </summary>
public sealed record FineCount(ResultUnit Unit, string QuestionId, string OptionId, string LocalAreaId, string AgeBand, int Audience, int Count);
