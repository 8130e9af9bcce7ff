using Microsoft.EntityFrameworkCore;
using Platform.Contracts.Surveys.V1;
using Platform.Surveys.Data;

namespace Platform.Surveys.Results;

/// <summary>The grouped counts a result is built from: one grouped scan of the answers per query.</summary>
public static class AnswerCounts
{
    public static async Task<List<GroupCount>> ByOptionAsync(IQueryable<AnswerRecord> answers, Breakdown breakdown, CancellationToken cancellationToken) =>
        breakdown switch
        {
            Breakdown.LocalArea => await answers.GroupBy(a => new { a.QuestionId, a.OptionId, a.LocalAreaId })
                .Select(g => new GroupCount(g.Key.QuestionId, g.Key.OptionId, g.Key.LocalAreaId, g.Count())).ToListAsync(cancellationToken),
            Breakdown.AgeBand => await answers.GroupBy(a => new { a.QuestionId, a.OptionId, a.AgeBand })
                .Select(g => new GroupCount(g.Key.QuestionId, g.Key.OptionId, g.Key.AgeBand, g.Count())).ToListAsync(cancellationToken),
            Breakdown.Municipality => await answers.GroupBy(a => new { a.QuestionId, a.OptionId, a.MunicipalityCode })
                .Select(g => new GroupCount(g.Key.QuestionId, g.Key.OptionId, g.Key.MunicipalityCode, g.Count())).ToListAsync(cancellationToken),
            Breakdown.Audience => [.. (await answers.GroupBy(a => new { a.QuestionId, a.OptionId, a.Audience })
                    .Select(g => new { g.Key.QuestionId, g.Key.OptionId, g.Key.Audience, Count = g.Count() }).ToListAsync(cancellationToken))
                .Select(row => new GroupCount(row.QuestionId, row.OptionId, AudienceName(row.Audience), row.Count))],
            _ => await answers.GroupBy(a => new { a.QuestionId, a.OptionId })
                .Select(g => new GroupCount(g.Key.QuestionId, g.Key.OptionId, "", g.Count())).ToListAsync(cancellationToken),
        };

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
