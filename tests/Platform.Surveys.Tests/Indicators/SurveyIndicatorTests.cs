using Microsoft.Extensions.DependencyInjection;
using Platform.Host.Tenancy;
using Platform.Sdk.Callers;
using Platform.Sdk.Disclosure;
using Platform.Sdk.Indicators;
using Platform.Surveys.Tests.Infrastructure;
using Platform.Testing;

namespace Platform.Surveys.Tests.Indicators;

[Collection(PlatformCollection.Name)]
public sealed class SurveyIndicatorTests(SharedPlatform shared)
{
    private readonly TestPlatform platform = shared.Platform;

    [Fact]
    public async Task Response_counts_carry_the_cell_of_their_responses_and_a_share_is_computed_from_published_counts_only()
    {
        var first = platform.MunicipalityCodes.Take();
        var second = platform.MunicipalityCodes.Take();
        await Scenario.PartnershipWithMembersAsync(platform, first, second);
        var survey = await SurveyFactory.PublishedAsync(platform, first);
        var area = await SurveyFactory.LocalAreaAsync(platform, first, "Centrum");
        var link = await SurveyFactory.LinkAsync(platform, survey, area);
        // 8 and more: a perturbed count of 8 is never below 5, so the share is always shown.
        await SurveyFactory.MoodsAsync(platform, link, "happy", 8);
        await SurveyFactory.MoodsAsync(platform, link, "neutral", 8);
        var secondSurvey = await SurveyFactory.PublishedAsync(platform, second);
        await SurveyFactory.MoodsAsync(platform, await SurveyFactory.LinkAsync(platform, secondSurvey), "happy", 3);
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var query = new IndicatorQuery([first, second], today.AddDays(-7), today);

        await using var scope = platform.Services.CreateAsyncScope();
        // As the report job would: a scope has no grants until it is given a caller.
        scope.ServiceProvider.GetRequiredService<CallerContext>().Caller = Caller.System;
        var registry = scope.ServiceProvider.GetRequiredService<IIndicatorRegistry>();
        var responses = await registry.ComputeAsync("surveys.responses", query, CancellationToken.None);
        var shares = await registry.ComputeAsync("surveys.positive-share", query, CancellationToken.None);

        var storedOfFirst = await Stored.ResponsesAsync(platform, survey.Id);
        Assert.Equal(16, storedOfFirst.Count);
        Assert.Equal(storedOfFirst, Assert.Single(responses, v => v.Dimensions["municipality"] == first && v.Dimensions["local-area"] == "").People);
        Assert.Equal(storedOfFirst, Assert.Single(responses, v => v.Dimensions["local-area"] == area).People);
        Assert.Equal(3, Assert.Single(responses, v => v.Dimensions["municipality"] == second).People!.Value.Count);
        var mood = Assert.Single(shares, v => v.Dimensions["question"] == "mood" && v.Dimensions["municipality"] == first);
        var expected = DisclosureControl.SharePercent(
            DisclosureControl.Publish(await Stored.AnswersAsync(platform, survey.Id, "mood", "happy")),
            DisclosureControl.Publish(await Stored.AnswersAsync(platform, survey.Id, "mood")));
        Assert.Equal((first, (decimal?)expected), (mood.Dimensions["municipality"], (decimal?)mood.Value));
        Assert.Null(mood.People);
        // The second municipality's 3 happy answers are all its answers: its share is left out while they show as a band,
        // and is 100 when their perturbed count reaches 5.
        var expectedOfSecond = DisclosureControl.SharePercent(
            DisclosureControl.Publish(await Stored.AnswersAsync(platform, secondSurvey.Id, "mood", "happy")),
            DisclosureControl.Publish(await Stored.AnswersAsync(platform, secondSurvey.Id, "mood")));
        Assert.Equal(expectedOfSecond, (int?)shares.SingleOrDefault(v => v.Dimensions["question"] == "mood" && v.Dimensions["municipality"] == second)?.Value);
    }

    [Fact]
    public async Task The_share_of_positive_answers_to_a_partnership_s_survey_is_reported_for_each_member_under_the_one_survey_id()
    {
        var first = platform.MunicipalityCodes.Take();
        var second = platform.MunicipalityCodes.Take();
        var partnership = await Scenario.PartnershipWithMembersAsync(platform, first, second);
        var survey = await PartnershipSurveys.PublishedAsync(platform, partnership);
        foreach (var (code, happy) in new[] { (first, 8), (second, 15) })
        {
            var link = await SurveyFactory.LinkAsync(platform, PartnershipSurveys.AsMember(survey, code));
            await SurveyFactory.MoodsAsync(platform, link, "happy", happy);
            await SurveyFactory.MoodsAsync(platform, link, "neutral", 8);
        }

        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        await using var scope = platform.Services.CreateAsyncScope();
        // As the report job would: a scope has no grants until it is given a caller.
        scope.ServiceProvider.GetRequiredService<CallerContext>().Caller = Caller.System;
        var shares = await scope.ServiceProvider.GetRequiredService<IIndicatorRegistry>().ComputeAsync(
            "surveys.positive-share", new IndicatorQuery([first, second], today.AddDays(-7), today), CancellationToken.None);

        var mood = shares.Where(v => v.Dimensions["question"] == "mood").ToDictionary(v => v.Dimensions["municipality"]);
        foreach (var code in new[] { first, second })
        {
            var expected = DisclosureControl.SharePercent(
                DisclosureControl.Publish(await Stored.AnswersAsync(platform, survey.Id, "mood", "happy", code)),
                DisclosureControl.Publish(await Stored.AnswersAsync(platform, survey.Id, "mood", municipality: code)));
            Assert.Equal((survey.Id, (decimal?)expected), (mood[code].Dimensions["survey"], (decimal?)mood[code].Value));
        }
    }

    [Fact]
    public async Task A_survey_counts_as_collecting_in_a_period_its_link_is_open_in_however_many_links_it_has()
    {
        var code = platform.MunicipalityCodes.Take();
        await Scenario.PartnershipWithMembersAsync(platform, code);
        var survey = await SurveyFactory.PublishedAsync(platform, code);
        var area = await SurveyFactory.LocalAreaAsync(platform, code, "Vest");
        await SurveyFactory.LinkAsync(platform, survey);
        await SurveyFactory.LinkAsync(platform, survey, area);
        await SurveyFactory.PublishedAsync(platform, code);
        var today = DateOnly.FromDateTime(DateTime.UtcNow);

        await using var scope = platform.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CallerContext>().Caller = Caller.System;
        var registry = scope.ServiceProvider.GetRequiredService<IIndicatorRegistry>();
        var now = await registry.ComputeAsync("surveys.open-surveys", new IndicatorQuery([code], today, today), CancellationToken.None);
        var lastYear = await registry.ComputeAsync(
            "surveys.open-surveys", new IndicatorQuery([code], today.AddYears(-1), today.AddYears(-1)), CancellationToken.None);

        Assert.Equal(1m, Assert.Single(now).Value);
        Assert.Equal(0m, Assert.Single(lastYear).Value);
    }
}
