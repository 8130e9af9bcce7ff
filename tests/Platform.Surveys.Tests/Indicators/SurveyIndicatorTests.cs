using Microsoft.Extensions.DependencyInjection;
using Platform.Sdk.Indicators;
using Platform.Surveys.Tests.Infrastructure;
using Platform.Testing;

namespace Platform.Surveys.Tests.Indicators;

[Collection(PlatformCollection.Name)]
public sealed class SurveyIndicatorTests(SharedPlatform shared)
{
    private readonly TestPlatform platform = shared.Platform;

    [Fact]
    public async Task Response_counts_and_the_share_of_positive_answers_are_reported_and_small_ones_left_out()
    {
        await Scenario.PartnershipWithMembersAsync(platform, "0360", "0370");
        var survey = await SurveyFactory.PublishedAsync(platform, "0360");
        var area = await SurveyFactory.LocalAreaAsync(platform, "0360", "Centrum");
        var link = await SurveyFactory.LinkAsync(platform, survey, area);
        await SurveyFactory.MoodsAsync(platform, link, "happy", 6);
        await SurveyFactory.MoodsAsync(platform, link, "neutral", 5);
        await SurveyFactory.MoodsAsync(platform, await SurveyFactory.LinkAsync(platform, await SurveyFactory.PublishedAsync(platform, "0370")), "happy", 3);
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var query = new IndicatorQuery(["0360", "0370"], today.AddDays(-7), today);

        await using var scope = platform.Services.CreateAsyncScope();
        var registry = scope.ServiceProvider.GetRequiredService<IIndicatorRegistry>();
        var responses = await registry.ComputeAsync("surveys.responses", query, CancellationToken.None);
        var shares = await registry.ComputeAsync("surveys.positive-share", query, CancellationToken.None);

        Assert.Contains(responses, v => v.Dimensions["municipality"] == "0360" && v.Dimensions["local-area"] == "" && v.Value == 11);
        Assert.Contains(responses, v => v.Dimensions["local-area"] == area && v.Value == 11);
        Assert.DoesNotContain(responses, v => v.Dimensions["municipality"] == "0370");
        var mood = Assert.Single(shares, v => v.Dimensions["question"] == "mood");
        Assert.Equal(("0360", 54.5m), (mood.Dimensions["municipality"], mood.Value));
    }

    [Fact]
    public async Task The_share_of_positive_answers_to_a_partnership_s_survey_is_reported_for_each_member_under_the_one_survey_id()
    {
        var partnership = await Scenario.PartnershipWithMembersAsync(platform, "0730", "0740");
        var survey = await PartnershipSurveys.PublishedAsync(platform, partnership);
        foreach (var (code, happy) in new[] { ("0730", 5), ("0740", 15) })
        {
            var link = await SurveyFactory.LinkAsync(platform, PartnershipSurveys.AsMember(survey, code));
            await SurveyFactory.MoodsAsync(platform, link, "happy", happy);
            await SurveyFactory.MoodsAsync(platform, link, "neutral", 5);
        }

        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        await using var scope = platform.Services.CreateAsyncScope();
        var shares = await scope.ServiceProvider.GetRequiredService<IIndicatorRegistry>().ComputeAsync(
            "surveys.positive-share", new IndicatorQuery(["0730", "0740"], today.AddDays(-7), today), CancellationToken.None);

        var mood = shares.Where(v => v.Dimensions["question"] == "mood").ToDictionary(v => v.Dimensions["municipality"]);
        Assert.Equal((survey.Id, 50m), (mood["0730"].Dimensions["survey"], mood["0730"].Value));
        Assert.Equal((survey.Id, 75m), (mood["0740"].Dimensions["survey"], mood["0740"].Value));
    }
}
