using Microsoft.EntityFrameworkCore;
using Platform.Contracts.Surveys.V1;
using Platform.Surveys.Data;

namespace Platform.Surveys.Results;

/// <summary>The grouped counts a result is built from: one grouped scan of the answers per query.</summary>
public static class AnswerCounts
{
    /// <summary>
    /// Rows per option and group. One grouping by every dimension, in the order of the answers' covering index, so
    /// the database streams the index without sorting; the groups are then summed up by the breakdown in memory.
    /// </summary>
    public static async Task<List<GroupCount>> ByOptionAsync(IQueryable<AnswerRecord> answers, Breakdown breakdown, CancellationToken cancellationToken)
    {
        var rows = await answers
            .GroupBy(a => new { a.MunicipalityCode, a.QuestionId, a.OptionId, a.LocalAreaId, a.AgeBand, a.Audience })
            .Select(g => new { g.Key.MunicipalityCode, g.Key.QuestionId, g.Key.OptionId, g.Key.LocalAreaId, g.Key.AgeBand, g.Key.Audience, Count = g.Count() })
            .ToListAsync(cancellationToken);
        return [.. rows
            .GroupBy(row => (row.QuestionId, row.OptionId, Group: breakdown switch
            {
                Breakdown.LocalArea => row.LocalAreaId,
                Breakdown.AgeBand => row.AgeBand,
                Breakdown.Municipality => row.MunicipalityCode,
                Breakdown.Audience => AudienceName(row.Audience),
                _ => "",
            }))
            .Select(g => new GroupCount(g.Key.QuestionId, g.Key.OptionId, g.Key.Group, g.Sum(row => row.Count)))];
    }

    /// <summary>Respondents per question and group, for multiple-choice questions where one respondent has several rows.</summary>
    public static async Task<List<GroupCount>> RespondentsAsync(IQueryable<AnswerRecord> answers, Breakdown breakdown, CancellationToken cancellationToken) =>
        breakdown switch
        {
            Breakdown.LocalArea => await answers.GroupBy(a => new { a.QuestionId, a.LocalAreaId })
                .Select(g => new GroupCount(g.Key.QuestionId, "", g.Key.LocalAreaId, g.Select(a => a.ResponseId).Distinct().Count())).ToListAsync(cancellationToken),
            Breakdown.AgeBand => await answers.GroupBy(a => new { a.QuestionId, a.AgeBand })
                .Select(g => new GroupCount(g.Key.QuestionId, "", g.Key.AgeBand, g.Select(a => a.ResponseId).Distinct().Count())).ToListAsync(cancellationToken),
            Breakdown.Municipality => await answers.GroupBy(a => new { a.QuestionId, a.MunicipalityCode })
                .Select(g => new GroupCount(g.Key.QuestionId, "", g.Key.MunicipalityCode, g.Select(a => a.ResponseId).Distinct().Count())).ToListAsync(cancellationToken),
            Breakdown.Audience => [.. (await answers.GroupBy(a => new { a.QuestionId, a.Audience })
                    .Select(g => new { g.Key.QuestionId, g.Key.Audience, Count = g.Select(a => a.ResponseId).Distinct().Count() }).ToListAsync(cancellationToken))
                .Select(row => new GroupCount(row.QuestionId, "", AudienceName(row.Audience), row.Count))],
            _ => await answers.GroupBy(a => a.QuestionId)
                .Select(g => new GroupCount(g.Key, "", "", g.Select(a => a.ResponseId).Distinct().Count())).ToListAsync(cancellationToken),
        };

    public static string AudienceName(int audience) => ((Audience)audience).ToString();
}
