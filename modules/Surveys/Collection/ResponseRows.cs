using Platform.Sdk.Disclosure;
using Platform.Surveys.Data;

namespace Platform.Surveys.Collection;

/// <summary>Turns a checked response into its rows: no identity and no time finer than the week; a new random record key.</summary>
internal static class ResponseRows
{
    public static ResponseRecord Response(Guid id, string municipalityCode, Guid surveyId, int version, string localAreaId,
        int audience, string ageBand, DateOnly answeredOn) => new()
    {
        Id = id,
        MunicipalityCode = municipalityCode,
        SurveyId = surveyId,
        Version = version,
        LocalAreaId = localAreaId,
        Audience = audience,
        AgeBand = ageBand,
        Week = WeekOf(answeredOn),
        RecordKey = RecordKeys.New(),
    };

    public static IEnumerable<AnswerRecord> Answers(ResponseRecord response, IEnumerable<CheckedAnswer> answers) =>
        answers.Select(answer => new AnswerRecord
        {
            ResponseId = response.Id,
            QuestionId = answer.QuestionId,
            OptionId = answer.OptionId,
            MunicipalityCode = response.MunicipalityCode,
            SurveyId = response.SurveyId,
            LocalAreaId = response.LocalAreaId,
            Audience = response.Audience,
            AgeBand = response.AgeBand,
            RecordKey = response.RecordKey,
            Number = answer.Number,
            Text = answer.Text,
        });

    /// <summary>The Monday of the day's week.</summary>
    public static DateOnly WeekOf(DateOnly day) => day.AddDays(-(((int)day.DayOfWeek + 6) % 7));
}
