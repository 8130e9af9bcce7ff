using Microsoft.EntityFrameworkCore;
using Platform.Contracts.Surveys.V1;
using Platform.Sdk.Disclosure;
using Platform.Surveys.Data;

namespace Platform.Surveys.Results;

/// <summary>
/// The finest counts a result is built from, each with the sum of its responses' record keys: answer rows per option,
/// respondents of multiple-choice questions (where one respondent has several rows), and responses per unit. A
/// response belongs to one unit, local area, age band and audience, so any coarser group is the sum of the finer ones.
/// </summary>
internal sealed record AnswerCounts(IReadOnlyList<FineCount> Answers, IReadOnlyList<FineCount> Respondents, IReadOnlyDictionary<ResultUnit, PeopleCount> Responses)
{
    public static async Task<AnswerCounts> LoadAsync(
        IQueryable<AnswerRecord> answers, IQueryable<ResponseRecord> responses, IReadOnlyCollection<string> multipleChoiceQuestionIds,
        CancellationToken cancellationToken)
    {
        // Grouped in the order of the answers' covering index, so the database streams the index without sorting.
        var rows = await answers
            .GroupBy(a => new { a.SurveyId, a.MunicipalityCode, a.QuestionId, a.OptionId, a.LocalAreaId, a.AgeBand, a.Audience })
            .Select(g => new { g.Key.SurveyId, g.Key.MunicipalityCode, g.Key.QuestionId, g.Key.OptionId, g.Key.LocalAreaId, g.Key.AgeBand, g.Key.Audience, Count = g.Count(), Keys = g.Sum(a => (long)a.RecordKey) })
            .ToListAsync(cancellationToken);
        var units = new Dictionary<(Guid, string), ResultUnit>();
        ResultUnit Unit(Guid surveyId, string code) =>
            units.TryGetValue((surveyId, code), out var unit) ? unit : units[(surveyId, code)] = new ResultUnit(surveyId, code);
        var respondents = new List<FineCount>();
        foreach (var questionId in multipleChoiceQuestionIds)
        {
            // A respondent of a multiple-choice question is a response with at least one of its answer rows.
            var groups = await responses.Where(r => answers.Any(a => a.ResponseId == r.Id && a.QuestionId == questionId))
                .GroupBy(r => new { r.SurveyId, r.MunicipalityCode, r.LocalAreaId, r.AgeBand, r.Audience })
                .Select(g => new { g.Key.SurveyId, g.Key.MunicipalityCode, g.Key.LocalAreaId, g.Key.AgeBand, g.Key.Audience, Count = g.Count(), Keys = g.Sum(r => (long)r.RecordKey) })
                .ToListAsync(cancellationToken);
            respondents.AddRange(groups.Select(r => new FineCount(
                Unit(r.SurveyId, r.MunicipalityCode), questionId, "", r.LocalAreaId, r.AgeBand, r.Audience, PeopleCount.FromKeySum(r.Count, r.Keys))));
        }

        var perUnit = await responses.GroupBy(r => new { r.SurveyId, r.MunicipalityCode })
            .Select(g => new { g.Key.SurveyId, g.Key.MunicipalityCode, Count = g.Count(), Keys = g.Sum(r => (long)r.RecordKey) })
            .ToListAsync(cancellationToken);
        return new AnswerCounts(
            [.. rows.Select(r => new FineCount(Unit(r.SurveyId, r.MunicipalityCode), r.QuestionId, r.OptionId, r.LocalAreaId, r.AgeBand, r.Audience, PeopleCount.FromKeySum(r.Count, r.Keys)))],
            respondents,
            perUnit.ToDictionary(r => Unit(r.SurveyId, r.MunicipalityCode), r => PeopleCount.FromKeySum(r.Count, r.Keys)));
    }

    /// <summary>The group a fine count falls in, by a breakdown.</summary>
    public static string GroupOf(FineCount count, Breakdown breakdown) => breakdown switch
    {
        Breakdown.LocalArea => count.LocalAreaId,
        Breakdown.AgeBand => count.AgeBand,
        Breakdown.Audience => AudienceName(count.Audience),
        Breakdown.Municipality => count.Unit.MunicipalityCode,
        _ => "",
    };

    public static string AudienceName(int audience) => ((Audience)audience).ToString();
}
