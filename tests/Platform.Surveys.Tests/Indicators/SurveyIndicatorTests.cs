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
}
