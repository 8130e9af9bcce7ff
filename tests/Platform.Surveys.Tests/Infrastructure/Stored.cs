using Platform.Contracts.Surveys.V1;
using Platform.Sdk.Disclosure;
using Platform.Testing;

namespace Platform.Surveys.Tests.Infrastructure;

/// <summary>
/// The stored responses and answers of a survey, read from the host's database: a result must count exactly these
/// (<see cref="AssertShows"/> checks the true count) and publish them through the SDK (the published cell of this cell).
/// </summary>
public static class Stored
{
    public static Task<PeopleCount> ResponsesAsync(TestPlatform platform, string surveyId, string? municipality = null, string? localArea = null) =>
        StoredCells.OfAsync(platform, "sv_responses", Where(platform, surveyId, municipality, localArea));

    public static Task<PeopleCount> AnswersAsync(
        TestPlatform platform, string surveyId, string questionId, string? optionId = null, string? municipality = null, string? localArea = null) =>
        StoredCells.OfAsync(platform, "sv_answers", Where(platform, surveyId, municipality, localArea)
            + $""" AND "QuestionId" = '{questionId}'""" + (optionId is null ? "" : $""" AND "OptionId" = '{optionId}'"""));

    /// <summary>The stored cell holds <paramref name="count"/> records, and <paramref name="published"/> is what the SDK publishes for it.</summary>
    public static void AssertShows(int count, PeopleCount stored, Cell published)
    {
        Assert.Equal(count, stored.Count);
        Assert.Equal(Disclosed.Cell(stored), published);
    }

    private static string Where(TestPlatform platform, string surveyId, string? municipality, string? localArea) =>
        $""" "SurveyId" = {StoredCells.Id(platform, surveyId)}"""
        + (municipality is null ? "" : $""" AND "MunicipalityCode" = '{municipality}'""")
        + (localArea is null ? "" : $""" AND "LocalAreaId" = '{localArea}'""");
}
