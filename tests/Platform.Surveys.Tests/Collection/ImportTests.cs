using Grpc.Core;
using Platform.Contracts.Surveys.V1;
using Platform.Sdk.Data;
using Platform.Surveys.Tests.Infrastructure;
using Platform.Testing;

namespace Platform.Surveys.Tests.Collection;

[Collection(PlatformCollection.Name)]
public sealed class ImportTests(SharedPlatform shared)
{
    private readonly TestPlatform platform = shared.Platform;

    [Fact]
    public async Task Imported_paper_responses_are_stored_when_acknowledged_and_a_repeated_import_counts_nothing_twice()
    {
        var code = platform.MunicipalityCodes.Take();
        await Scenario.PartnershipWithMembersAsync(platform, code);
        var survey = await SurveyFactory.PublishedAsync(platform, code);
        var papers = Enumerable.Range(0, 4500).Select(i => Imports.Paper(survey, i % 3 == 0 ? "sad" : "happy", ageBand: "6-10")).ToList();

        var first = await Imports.SendAsync(platform, papers);
        var again = await Imports.SendAsync(platform, papers.Take(10).Append(Imports.Paper(survey, "neutral")));

        Assert.Equal((4500, 0), (first.Stored, first.Duplicates));
        Assert.Equal((1, 10), (again.Stored, again.Duplicates));
        var results = await SurveyFactory.ResultsAsync(platform, survey);
        Stored.AssertShows(4501, await Stored.ResponsesAsync(platform, survey.Id), results.Responses);
        var mood = results.Questions.Single(q => q.QuestionId == "mood");
        foreach (var (option, count) in new[] { ("happy", 3000), ("neutral", 1), ("sad", 1500) })
        {
            Stored.AssertShows(count, await Stored.AnswersAsync(platform, survey.Id, "mood", option), mood.Options.Single(o => o.OptionId == option).Cell);
        }

        Assert.True(mood.Options.Single(o => o.OptionId == "neutral").Cell.Suppressed, "one answer is shown as fewer than 5");
    }

    [Fact]
    public async Task An_invalid_paper_response_stores_nothing_of_the_import_and_names_the_response_and_question()
    {
        var code = platform.MunicipalityCodes.Take();
        await Scenario.PartnershipWithMembersAsync(platform, code);
        var survey = await SurveyFactory.PublishedAsync(platform, code);
        var papers = Enumerable.Range(0, 2500).Select(_ => Imports.Paper(survey, "happy")).ToList();
        papers[2400].Answers[0].OptionIds[0] = "furious";

        await RpcAssert.InvalidField("responses[2400].answers.mood", () => Imports.SendAsync(platform, papers));

        var results = await SurveyFactory.ResultsAsync(platform, survey);
        Assert.Equal(new Cell(), results.Responses);
    }

    [Fact]
    public async Task An_import_into_a_draft_version_or_another_municipality_is_refused()
    {
        var first = platform.MunicipalityCodes.Take();
        var second = platform.MunicipalityCodes.Take();
        await Scenario.PartnershipWithMembersAsync(platform, first, second);
        var survey = await SurveyFactory.PublishedAsync(platform, first);
        var surveys = new SurveyService.SurveyServiceClient(platform.Channel);
        await surveys.UpdateSurveyAsync(new UpdateSurveyRequest
        {
            MunicipalityCode = first, SurveyId = survey.Id, Definition = TestSurvey.Definition("Udkast"), ExpectedVersion = 1,
        }, platform.AsAdmin());
        var draftPaper = Imports.Paper(survey, "happy");
        draftPaper.Version = 2;
        var memberOfOther = platform.As(Platform.Identity.RoleGrant.ForMunicipality(Platform.Identity.PlatformRole.MunicipalityMember, second));

        await RpcAssert.FailsWith(StatusCode.FailedPrecondition, () => Imports.SendAsync(platform, [draftPaper]));
        await RpcAssert.FailsWith(StatusCode.PermissionDenied, () => Imports.SendAsync(platform, [Imports.Paper(survey, "happy")], memberOfOther));
        await RpcAssert.InvalidField("responses[0].version", () => Imports.SendAsync(platform, [new ImportResponseRequest(draftPaper) { Version = 9 }]));
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Imports_and_results_by_local_area_work_alike_on_each_database(DatabaseProvider provider)
    {
        await using var own = await TestPlatform.StartAsync(settings: await TestDatabases.NewDatabaseAsync(provider));
        var code = own.MunicipalityCodes.Take();
        await Scenario.PartnershipWithMembersAsync(own, code);
        var survey = await SurveyFactory.PublishedAsync(own, code);
        var north = await SurveyFactory.LocalAreaAsync(own, code, "Nord");
        var south = await SurveyFactory.LocalAreaAsync(own, code, "Syd");
        var papers = Enumerable.Repeat(north, 12).Concat(Enumerable.Repeat(south, 8)).Select((area, i) => Imports.Paper(survey, i % 2 == 0 ? "happy" : "neutral", area));

        var stored = await Imports.SendAsync(own, papers);
        var results = await SurveyFactory.ResultsAsync(own, survey, Breakdown.LocalArea);

        Assert.Equal(20, stored.Stored);
        var mood = results.Questions.Single(q => q.QuestionId == "mood");
        var byArea = mood.Groups.ToDictionary(g => g.Group, g => g.Answers);
        Stored.AssertShows(12, await Stored.AnswersAsync(own, survey.Id, "mood", localArea: north), byArea[north]);
        Stored.AssertShows(8, await Stored.AnswersAsync(own, survey.Id, "mood", localArea: south), byArea[south]);
        var activities = results.Questions.Single(q => q.QuestionId == "activities");
        Stored.AssertShows(20, await Stored.ResponsesAsync(own, survey.Id), activities.Answers);
        Stored.AssertShows(20, await Stored.AnswersAsync(own, survey.Id, "activities", "sport"), activities.Options.Single(o => o.OptionId == "sport").Cell);
    }
}
