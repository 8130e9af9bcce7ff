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
    public async Task An_option_s_count_is_published_from_exactly_its_answers_and_asking_again_shows_the_same_figure()
    {
        var code = platform.MunicipalityCodes.Take();
        await Scenario.PartnershipWithMembersAsync(platform, code);
        var survey = await SurveyFactory.PublishedAsync(platform, code);
        var link = await SurveyFactory.LinkAsync(platform, survey);
        await SurveyFactory.MoodsAsync(platform, link, "happy", 10);
        await SurveyFactory.MoodsAsync(platform, link, "sad", 4);

        var withFour = (await SurveyFactory.ResultsAsync(platform, survey)).Questions.Single(q => q.QuestionId == "mood");
        var again = (await SurveyFactory.ResultsAsync(platform, survey)).Questions.Single(q => q.QuestionId == "mood");
        var sadOfFour = await Stored.AnswersAsync(platform, survey.Id, "mood", "sad");
        await SurveyFactory.MoodsAsync(platform, link, "sad", 1);
        var withFive = (await SurveyFactory.ResultsAsync(platform, survey)).Questions.Single(q => q.QuestionId == "mood");

        Stored.AssertShows(4, sadOfFour, Cell(withFour, "sad"));
        Stored.AssertShows(10, await Stored.AnswersAsync(platform, survey.Id, "mood", "happy"), Cell(withFour, "happy"));
        Stored.AssertShows(5, await Stored.AnswersAsync(platform, survey.Id, "mood", "sad"), Cell(withFive, "sad"));
        Stored.AssertShows(15, await Stored.AnswersAsync(platform, survey.Id, "mood"), withFive.Answers);
        Assert.Equal(withFour, again);
        Assert.Equal(Cell(withFour, "happy"), Cell(withFive, "happy"));
    }

    [Fact]
    public async Task Results_by_local_area_publish_each_area_from_its_own_answers_and_the_total_as_a_cell_of_its_own()
    {
        var code = platform.MunicipalityCodes.Take();
        await Scenario.PartnershipWithMembersAsync(platform, code);
        var survey = await SurveyFactory.PublishedAsync(platform, code);
        var areas = new[] { "Strand", "By", "Skov" };
        var counts = new[] { 3, 20, 9 };
        for (var i = 0; i < areas.Length; i++)
        {
            var area = await SurveyFactory.LocalAreaAsync(platform, code, areas[i]);
            await SurveyFactory.MoodsAsync(platform, await SurveyFactory.LinkAsync(platform, survey, area), "happy", counts[i]);
            areas[i] = area;
        }

        var mood = (await SurveyFactory.ResultsAsync(platform, survey, Breakdown.LocalArea)).Questions.Single(q => q.QuestionId == "mood");
        var unbroken = (await SurveyFactory.ResultsAsync(platform, survey)).Questions.Single(q => q.QuestionId == "mood");
        var groups = mood.Groups.ToDictionary(g => g.Group);

        Stored.AssertShows(32, await Stored.AnswersAsync(platform, survey.Id, "mood"), mood.Answers);
        for (var i = 0; i < areas.Length; i++)
        {
            Stored.AssertShows(counts[i], await Stored.AnswersAsync(platform, survey.Id, "mood", localArea: areas[i]), groups[areas[i]].Answers);
            Stored.AssertShows(0, await Stored.AnswersAsync(platform, survey.Id, "mood", "sad", localArea: areas[i]), groups[areas[i]].Options.Single(o => o.OptionId == "sad").Cell);
        }

        Assert.Equal(unbroken.Answers, mood.Answers);
        Assert.Equal(unbroken.Options, mood.Options);
    }

    [Fact]
    public async Task Free_text_answers_are_read_only_by_the_owning_municipality_s_roles()
    {
        var first = platform.MunicipalityCodes.Take();
        var second = platform.MunicipalityCodes.Take();
        var partnership = await Scenario.PartnershipWithMembersAsync(platform, first, second);
        var survey = await SurveyFactory.PublishedAsync(platform, first);
        await SurveyFactory.MoodsAsync(platform, await SurveyFactory.LinkAsync(platform, survey), "sad", 6);
        var request = new ListFreeTextAnswersRequest { MunicipalityCode = first, SurveyId = survey.Id, QuestionId = "why-sad" };
        var results = new ResultService.ResultServiceClient(platform.Channel);
        var staff = platform.As(RoleGrant.ForPartnership(PlatformRole.PartnershipStaff, partnership));

        var ownViewer = await results.ListFreeTextAnswersAsync(request, platform.As(RoleGrant.ForMunicipality(PlatformRole.Viewer, first)));
        var aggregates = await SurveyFactory.ResultsAsync(platform, survey, as_: staff);

        Assert.Equal(6, ownViewer.Texts.Count(text => text == "træt"));
        Stored.AssertShows(6, await Stored.AnswersAsync(platform, survey.Id, "why-sad"), aggregates.Questions.Single(q => q.QuestionId == "why-sad").Answers);
        await RpcAssert.FailsWith(StatusCode.PermissionDenied, () => results.ListFreeTextAnswersAsync(request, staff).ResponseAsync);
        await RpcAssert.FailsWith(StatusCode.PermissionDenied, () => results.ListFreeTextAnswersAsync(
            request, platform.As(RoleGrant.ForMunicipality(PlatformRole.MunicipalityCoordinator, second))).ResponseAsync);
    }

    [Fact]
    public async Task A_template_s_results_across_a_partnership_show_each_member_as_its_own_results_do_and_the_total_from_every_member_s_answers()
    {
        var first = platform.MunicipalityCodes.Take();
        var second = platform.MunicipalityCodes.Take();
        var partnership = await Scenario.PartnershipWithMembersAsync(platform, first, second);
        var surveys = new Dictionary<string, Survey>();
        foreach (var (code, count) in new[] { (first, 7), (second, 2) })
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
        var ownOfFirst = await SurveyFactory.ResultsAsync(platform, surveys[first], as_: staff);

        var sleep = results.Questions.Single(q => q.QuestionId == "sleep");
        var sleepOfFirst = await Stored.AnswersAsync(platform, surveys[first].Id, "sleep");
        var sleepOfSecond = await Stored.AnswersAsync(platform, surveys[second].Id, "sleep");
        Assert.Equal([first, second], sleep.Groups.Select(g => g.Group));
        Stored.AssertShows(7, sleepOfFirst, ownOfFirst.Questions.Single(q => q.QuestionId == "sleep").Answers);
        Assert.Equal(ownOfFirst.Questions.Single(q => q.QuestionId == "sleep").Answers, sleep.Groups[0].Answers);
        Stored.AssertShows(2, sleepOfSecond, sleep.Groups[1].Answers);
        Stored.AssertShows(9, sleepOfFirst + sleepOfSecond, sleep.Answers);
        Stored.AssertShows(7, await Stored.ResponsesAsync(platform, surveys[first].Id), ownOfFirst.Responses);
        Assert.Equal(Disclosed.Cell(await Stored.ResponsesAsync(platform, surveys[first].Id) + await Stored.ResponsesAsync(platform, surveys[second].Id)), results.Responses);
    }

    private static Cell Cell(QuestionResult question, string optionId) => question.Options.Single(o => o.OptionId == optionId).Cell;
}
