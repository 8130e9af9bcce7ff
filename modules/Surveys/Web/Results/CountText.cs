using Microsoft.Extensions.Localization;
using Platform.Contracts.Surveys.V1;
using Platform.Sdk.Web;

namespace Platform.Surveys.Web.Results;

/// <summary>A published count in words: a number ("12 svar"), or the band that protects a small count ("færre end 5 svar").</summary>
internal static class CountText
{
    /// <summary>The count of a cell; <paramref name="minimum"/> is the band's limit the results state (<see cref="SurveyResults.MinimumCount"/>).</summary>
    public static string Answers(Cell? cell, int minimum, IStringLocalizer<CollectionPagesText> text) =>
        cell is null || cell.Suppressed ? text["FewerThan", DanishFormats.Number(minimum)]
        : cell.Count == 1 ? text["OneAnswer"]
        : text["Answers", DanishFormats.Number(cell.Count)];
}
