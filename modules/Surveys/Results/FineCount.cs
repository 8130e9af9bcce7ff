using Platform.Sdk.Disclosure;

namespace Platform.Surveys.Results;

/// <summary>
/// The answers (or, for <see cref="AnswerCounts.Respondents"/>, the respondents) of one question in the finest group:
/// one unit, option, local area, age band and audience, with the cell key of the responses they came from. Every
/// result is a sum of these.
/// </summary>
internal sealed record FineCount(ResultUnit Unit, string QuestionId, string OptionId, string LocalAreaId, string AgeBand, int Audience, PeopleCount People);
