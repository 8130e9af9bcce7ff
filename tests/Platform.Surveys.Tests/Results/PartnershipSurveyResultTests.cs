using Grpc.Core;
using Platform.Contracts.Surveys.V1;
using Platform.Identity;
using Platform.Sdk.Data;
using Platform.Surveys.Tests.Infrastructure;
using Platform.Testing;

namespace Platform.Surveys.Tests.Results;

[Collection(PlatformCollection.Name)]
public sealed class PartnershipSurveyResultTests(SharedPlatform shared)
{
    private readonly TestPlatform platform = shared.Platform;

    [Fact]
    public async Task A_partnership_s_results_show_each_member_as_its_own_results_do_and_the_total_from_every_member_s_answers()
    {
        var first = platform.MunicipalityCodes.Take();
        var second = platform.MunicipalityCodes.Take();
        var partnership = await Scenario.PartnershipWithMembersAsync(platform, first, second);
        var survey = await PartnershipSurveys.PublishedAsync(platform, partnership);
        await SurveyFactory.MoodsAsync(platform, await SurveyFactory.LinkAsync(platform, PartnershipSurveys.AsMember(survey, first)), "happy", 12);
        await SurveyFactory.MoodsAsync(platform, await SurveyFactory.LinkAsync(platform, PartnershipSurveys.AsMember(survey, second)), "happy", 3);
        var staff = PartnershipSurveys.Staff(platform, partnership);

        var byMunicipality = await PartnershipSurveys.ResultsAsync(platform, survey, Breakdown.Municipality, staff);
        var ownOfFirst = await SurveyFactory.ResultsAsync(platform, PartnershipSurveys.AsMember(survey, first), as_: staff);

        var mood = byMunicipality.Questions.Single(q => q.QuestionId == "mood");
        var groups = mood.Groups.ToDictionary(g => g.Group);
        Stored.AssertShows(12, await Stored.AnswersAsync(platform, survey.Id, "mood", municipality: first), ownOfFirst.Questions.Single(q => q.QuestionId == "mood").Answers);
        Assert.Equal(ownOfFirst.Questions.Single(q => q.QuestionId == "mood").Answers, groups[first].Answers);
        Stored.AssertShows(3, await Stored.AnswersAsync(platform, survey.Id, "mood", municipality: second), groups[second].Answers);
        Stored.AssertShows(15, await Stored.AnswersAsync(platform, survey.Id, "mood"), mood.Answers);
        Stored.AssertShows(15, await Stored.AnswersAsync(platform, survey.Id, "mood", "happy"), mood.Options.Single(o => o.OptionId == "happy").Cell);
        Stored.AssertShows(15, await Stored.ResponsesAsync(platform, survey.Id), byMunicipality.Responses);
    }

    [Fact]
    public async Task A_partnership_s_results_count_every_member_s_answers_when_none_is_small()
    {
        var first = platform.MunicipalityCodes.Take();
        var second = platform.MunicipalityCodes.Take();
        var partnership = await Scenario.PartnershipWithMembersAsync(platform, first, second);
        var survey = await PartnershipSurveys.PublishedAsync(platform, partnership);
        await SurveyFactory.MoodsAsync(platform, await SurveyFactory.LinkAsync(platform, PartnershipSurveys.AsMember(survey, first)), "happy", 6);
        await SurveyFactory.MoodsAsync(platform, await SurveyFactory.LinkAsync(platform, PartnershipSurveys.AsMember(survey, second)), "happy", 5);

        var results = await PartnershipSurveys.ResultsAsync(platform, survey, Breakdown.None, platform.As(RoleGrant.ForPartnership(PlatformRole.Viewer, partnership)));

        Stored.AssertShows(11, await Stored.ResponsesAsync(platform, survey.Id), results.Responses);
        Stored.AssertShows(11, await Stored.AnswersAsync(platform, survey.Id, "mood", "happy"), results.Questions.Single(q => q.QuestionId == "mood").Options.Single(o => o.OptionId == "happy").Cell);
        Stored.AssertShows(11, await Stored.AnswersAsync(platform, survey.Id, "activities", "play"), results.Questions.Single(q => q.QuestionId == "activities").Options.Single(o => o.OptionId == "play").Cell);
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task A_partnership_s_survey_is_written_listed_collected_and_counted_alike_on_each_database(DatabaseProvider provider)
    {
        await using var own = await TestPlatform.StartAsync(settings: await TestDatabases.NewDatabaseAsync(provider));
        var first = own.MunicipalityCodes.Take();
        var second = own.MunicipalityCodes.Take();
        var partnership = await Scenario.PartnershipWithMembersAsync(own, first, second);
        var survey = await PartnershipSurveys.PublishedAsync(own, partnership);
        var area = await SurveyFactory.LocalAreaAsync(own, second, "Ringe");
        await SurveyFactory.MoodsAsync(own, await SurveyFactory.LinkAsync(own, PartnershipSurveys.AsMember(survey, first)), "happy", 6);
        await Imports.SendAsync(own, Enumerable.Range(0, 7).Select(_ => Imports.Paper(PartnershipSurveys.AsMember(survey, second), "neutral", area)));

        var listed = await new SurveyService.SurveyServiceClient(own.Channel).ListSurveysAsync(new ListSurveysRequest { MunicipalityCode = second }, own.AsAdmin());
        var byArea = await PartnershipSurveys.ResultsAsync(own, survey, Breakdown.LocalArea, PartnershipSurveys.Staff(own, partnership));

        Assert.Equal([survey.Id], listed.Surveys.Select(s => s.Id));
        Stored.AssertShows(13, await Stored.ResponsesAsync(own, survey.Id), byArea.Responses);
        var mood = byArea.Questions.Single(q => q.QuestionId == "mood");
        foreach (var (option, count) in new[] { ("happy", 6), ("neutral", 7), ("sad", 0) })
        {
            Stored.AssertShows(count, await Stored.AnswersAsync(own, survey.Id, "mood", option), mood.Options.Single(o => o.OptionId == option).Cell);
        }

        Stored.AssertShows(7, await Stored.AnswersAsync(own, survey.Id, "mood", localArea: area), mood.Groups.Single(g => g.Group == area).Answers);
    }

    [Fact]
    public async Task A_member_s_roles_read_its_own_results_of_the_partnership_s_survey_but_neither_the_partnership_s_nor_another_member_s()
    {
        var first = platform.MunicipalityCodes.Take();
        var second = platform.MunicipalityCodes.Take();
        var partnership = await Scenario.PartnershipWithMembersAsync(platform, first, second);
        var survey = await PartnershipSurveys.PublishedAsync(platform, partnership);
        await SurveyFactory.MoodsAsync(platform, await SurveyFactory.LinkAsync(platform, PartnershipSurveys.AsMember(survey, first)), "happy", 5);
        var coordinator = platform.As(RoleGrant.ForMunicipality(PlatformRole.MunicipalityCoordinator, first));

        var own = await SurveyFactory.ResultsAsync(platform, PartnershipSurveys.AsMember(survey, first), as_: coordinator);

        Stored.AssertShows(5, await Stored.ResponsesAsync(platform, survey.Id, first), own.Responses);
        await RpcAssert.FailsWith(StatusCode.PermissionDenied, () => PartnershipSurveys.ResultsAsync(platform, survey, Breakdown.Municipality, coordinator));
        await RpcAssert.FailsWith(StatusCode.PermissionDenied, () => SurveyFactory.ResultsAsync(platform, PartnershipSurveys.AsMember(survey, second), as_: coordinator));
        await RpcAssert.FailsWith(StatusCode.NotFound, () => PartnershipSurveys.ResultsAsync(
            platform, new Survey(survey) { Id = Guid.NewGuid().ToString() }, Breakdown.None, PartnershipSurveys.Staff(platform, partnership)));
        await RpcAssert.InvalidField("survey_id", () => new ResultService.ResultServiceClient(platform.Channel).GetResultsAsync(
            new GetResultsRequest { PartnershipId = partnership, SurveyId = survey.Id, TemplateId = "children-wellbeing-smiley" }, platform.AsAdmin()).ResponseAsync);
    }
}
