using Grpc.Core;
using Platform.Contracts.Surveys.V1;
using Platform.Identity;
using Platform.Surveys.Tests.Infrastructure;
using Platform.Testing;

namespace Platform.Surveys.Tests.Results;

[Collection(PlatformCollection.Name)]
public sealed class ResultTests(SharedPlatform shared)
{
    private readonly TestPlatform platform = shared.Platform;

    [Fact]
    public async Task Four_answers_to_an_option_are_hidden_and_the_fifth_answer_shows_them()
    {
        await Scenario.PartnershipWithMembersAsync(platform, "0269");
        var survey = await SurveyFactory.PublishedAsync(platform, "0269");
        var link = await SurveyFactory.LinkAsync(platform, survey);
        await SurveyFactory.MoodsAsync(platform, link, "happy", 10);
        await SurveyFactory.MoodsAsync(platform, link, "sad", 4);

        var withFour = (await SurveyFactory.ResultsAsync(platform, survey)).Questions.Single(q => q.QuestionId == "mood");
        await SurveyFactory.MoodsAsync(platform, link, "sad", 1);
        var withFive = (await SurveyFactory.ResultsAsync(platform, survey)).Questions.Single(q => q.QuestionId == "mood");

        Assert.True(Cell(withFour, "sad").Suppressed);
        Assert.True(Cell(withFour, "happy").Suppressed, "10 happy of 14 would reveal the 4 sad by subtraction");
        Assert.Equal(new Cell { Count = 14 }, withFour.Answers);
        Assert.Equal(new Cell { Count = 5 }, Cell(withFive, "sad"));
        Assert.Equal(new Cell { Count = 10 }, Cell(withFive, "happy"));
    }

    [Fact]
    public async Task Results_by_local_area_hide_a_small_area_together_with_a_second_area()
    {
        await Scenario.PartnershipWithMembersAsync(platform, "0270");
        var survey = await SurveyFactory.PublishedAsync(platform, "0270");
        var areas = new[] { "Strand", "By", "Skov" };
        var counts = new[] { 3, 20, 9 };
        for (var i = 0; i < areas.Length; i++)
        {
            var area = await SurveyFactory.LocalAreaAsync(platform, "0270", areas[i]);
            await SurveyFactory.MoodsAsync(platform, await SurveyFactory.LinkAsync(platform, survey, area), "happy", counts[i]);
            areas[i] = area;
        }

        var mood = (await SurveyFactory.ResultsAsync(platform, survey, Breakdown.LocalArea)).Questions.Single(q => q.QuestionId == "mood");
        var groups = mood.Groups.ToDictionary(g => g.Group);

        Assert.Equal(new Cell { Count = 32 }, mood.Answers);
        Assert.True(groups[areas[0]].Answers.Suppressed);
        Assert.True(groups[areas[2]].Answers.Suppressed, "32 - 20 would reveal the 3 of the small area");
        Assert.Equal(new Cell { Count = 20 }, groups[areas[1]].Answers);
        Assert.All(groups[areas[2]].Options, option => Assert.True(option.Cell.Suppressed || option.Cell.Count == 0));
    }

    [Fact]
    public async Task Free_text_answers_are_read_only_by_the_owning_municipality_s_roles()
    {
        var partnership = await Scenario.PartnershipWithMembersAsync(platform, "0306", "0316");
        var survey = await SurveyFactory.PublishedAsync(platform, "0306");
        await SurveyFactory.MoodsAsync(platform, await SurveyFactory.LinkAsync(platform, survey), "sad", 6);
        var request = new ListFreeTextAnswersRequest { MunicipalityCode = "0306", SurveyId = survey.Id, QuestionId = "why-sad" };
        var results = new ResultService.ResultServiceClient(platform.Channel);
        var staff = platform.As(RoleGrant.ForPartnership(PlatformRole.PartnershipStaff, partnership));

        var ownViewer = await results.ListFreeTextAnswersAsync(request, platform.As(RoleGrant.ForMunicipality(PlatformRole.Viewer, "0306")));
        var aggregates = await SurveyFactory.ResultsAsync(platform, survey, as_: staff);

        Assert.Equal(6, ownViewer.Texts.Count(text => text == "træt"));
        Assert.Equal(new Cell { Count = 6 }, aggregates.Questions.Single(q => q.QuestionId == "why-sad").Answers);
        await RpcAssert.FailsWith(StatusCode.PermissionDenied, () => results.ListFreeTextAnswersAsync(request, staff).ResponseAsync);
        await RpcAssert.FailsWith(StatusCode.PermissionDenied, () => results.ListFreeTextAnswersAsync(
            request, platform.As(RoleGrant.ForMunicipality(PlatformRole.MunicipalityCoordinator, "0316"))).ResponseAsync);
    }

    [Fact]
    public async Task A_template_s_results_across_a_partnership_hide_the_total_that_a_member_s_own_results_would_give_a_small_member_away_by()
    {
        var partnership = await Scenario.PartnershipWithMembersAsync(platform, "0320", "0326");
        var surveys = new Dictionary<string, Survey>();
        foreach (var (code, count) in new[] { ("0320", 7), ("0326", 2) })
        {
            var survey = surveys[code] = await SurveyFactory.PublishedAsync(platform, code, templateId: "children-wellbeing-smiley");
            var link = await SurveyFactory.LinkAsync(platform, survey);
            for (var i = 0; i < count; i++)
            {
                await SurveyFactory.SubmitAsync(platform, link, Guid.NewGuid(), "6-10", [.. new[] { "happy-at-school", "friends", "play-outside", "sleep", "safe" }
                    .Select(q => Answers.Choice(q, "yes-a-lot"))]);
            }
        }

        var staff = platform.As(RoleGrant.ForPartnership(PlatformRole.PartnershipStaff, partnership));
        var results = await new ResultService.ResultServiceClient(platform.Channel).GetResultsAsync(new GetResultsRequest
        {
            PartnershipId = partnership, TemplateId = "children-wellbeing-smiley", Breakdown = Breakdown.Municipality,
        }, staff);
        var ownOf0320 = await SurveyFactory.ResultsAsync(platform, surveys["0320"], as_: staff);

        var sleep = results.Questions.Single(q => q.QuestionId == "sleep");
        Assert.Equal(["0320", "0326"], sleep.Groups.Select(g => g.Group));
        Assert.Equal(new Cell { Count = 7 }, ownOf0320.Questions.Single(q => q.QuestionId == "sleep").Answers);
        Assert.Equal(new Cell { Count = 7 }, sleep.Groups[0].Answers);
        Assert.True(sleep.Groups[1].Answers.Suppressed);
        Assert.True(sleep.Answers.Suppressed, "the total less 0320's own 7 answers would give 0326's 2 away");
        Assert.Equal(new Cell { Count = 7 }, ownOf0320.Responses);
        Assert.True(results.Responses.Suppressed, "the responses less 0320's own 7 would give 0326's 2 away");
    }

    private static Cell Cell(QuestionResult question, string optionId) => question.Options.Single(o => o.OptionId == optionId).Cell;
}
