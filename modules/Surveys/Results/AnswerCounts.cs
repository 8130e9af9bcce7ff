using Microsoft.EntityFrameworkCore;
using Platform.Contracts.Surveys.V1;
using Platform.Surveys.Data;

namespace Platform.Surveys.Results;

/// <summary>
/// The finest counts a result is built from, read in three grouped scans: answer rows per option, respondents of
/// multiple-choice questions (where one respondent has several rows), and responses per unit. A response belongs to one
/// unit, local area, age band and audience, so the respondents of any coarser group are the sum of the finer ones.
/// </summary>
public sealed record AnswerCounts(IReadOnlyList<FineCount> Answers, IReadOnlyList<FineCount> Respondents, IReadOnlyDictionary<ResultUnit, int> Responses)
{
    public static async Task<AnswerCounts> LoadAsync(
        IQueryable<AnswerRecord> answers, IQueryable<ResponseRecord> responses, IReadOnlyCollection<string> multipleChoiceQuestionIds,
        CancellationToken cancellationToken)
    {
        // Grouped in the order of the answers' covering index, so the database streams the index without sorting.
        var rows = await answers
            .GroupBy(a => new { a.SurveyId, a.MunicipalityCode, a.QuestionId, a.OptionId, a.LocalAreaId, a.AgeBand, a.Audience })
            .Select(g => new { g.Key.SurveyId, g.Key.MunicipalityCode, g.Key.QuestionId, g.Key.OptionId, g.Key.LocalAreaId, g.Key.AgeBand, g.Key.Audience, Count = g.Count() })
            .ToListAsync(cancellationToken);
        var respondents = multipleChoiceQuestionIds.Count == 0 ? [] : await answers
            .Where(a => multipleChoiceQuestionIds.Contains(a.QuestionId))
            .GroupBy(a => new { a.SurveyId, a.MunicipalityCode, a.QuestionId, a.LocalAreaId, a.AgeBand, a.Audience })
            .Select(g => new { g.Key.SurveyId, g.Key.MunicipalityCode, g.Key.QuestionId, g.Key.LocalAreaId, g.Key.AgeBand, g.Key.Audience, Count = g.Select(a => a.ResponseId).Distinct().Count() })
            .ToListAsync(cancellationToken);
        var perUnit = await responses.GroupBy(r => new { r.SurveyId, r.MunicipalityCode })
            .Select(g => new { g.Key.SurveyId, g.Key.MunicipalityCode, Count = g.Count() })
            .ToListAsync(cancellationToken);
        var units = new Dictionary<(Guid, string), ResultUnit>();
        ResultUnit Unit(Guid surveyId, string code) =>
            units.TryGetValue((surveyId, code), out var unit) ? unit : units[(surveyId, code)] = new ResultUnit(surveyId, code);
        return new AnswerCounts(
            [.. rows.Select(r => new FineCount(Unit(r.SurveyId, r.MunicipalityCode), r.QuestionId, r.OptionId, r.LocalAreaId, r.AgeBand, r.Audience, r.Count))],
            [.. respondents.Select(r => new FineCount(Unit(r.SurveyId, r.MunicipalityCode), r.QuestionId, "", r.LocalAreaId, r.AgeBand, r.Audience, r.Count))],
            perUnit.ToDictionary(r => Unit(r.SurveyId, r.MunicipalityCode), r => r.Count));
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
