using Grpc.Core;
using Platform.Contracts.Surveys.V1;
using Platform.Surveys.Tests.Infrastructure;
using Platform.Testing;

namespace Platform.Surveys.Tests.Collection;

[Collection(PlatformCollection.Name)]
public sealed class SubmitTests(SharedPlatform shared)
{
    private readonly TestPlatform platform = shared.Platform;

    [Fact]
    public async Task An_unknown_option_a_missing_required_answer_and_a_too_long_text_are_refused_naming_the_question()
    {
        var code = platform.MunicipalityCodes.Take();
        await Scenario.PartnershipWithMembersAsync(platform, code);
        var link = await SurveyFactory.LinkAsync(platform, await SurveyFactory.PublishedAsync(platform, code));

        await RpcAssert.InvalidField("answers.mood", () => SurveyFactory.SubmitAsync(platform, link, Guid.NewGuid(), Answers.Choice("mood", "furious")));
        await RpcAssert.InvalidField("answers.mood", () => SurveyFactory.SubmitAsync(platform, link, Guid.NewGuid(), Answers.Choice("activities", "play")));
        await RpcAssert.InvalidField("answers.comment", () => SurveyFactory.SubmitAsync(platform, link, Guid.NewGuid(),
            Answers.Choice("mood", "happy"), Answers.Text("comment", new string('x', 21))));
        await RpcAssert.InvalidField("answers.hours", () => SurveyFactory.SubmitAsync(platform, link, Guid.NewGuid(),
            Answers.Choice("mood", "happy"), Answers.Number("hours", 25)));
        await RpcAssert.InvalidField("answers.pets", () => SurveyFactory.SubmitAsync(platform, link, Guid.NewGuid(),
            Answers.Choice("mood", "happy"), Answers.Choice("pets", "dog")));
        await RpcAssert.InvalidField("age_band", () => SurveyFactory.SubmitAsync(platform, link, Guid.NewGuid(), "7-9", Answers.Choice("mood", "happy")));
        Assert.Equal(0, (await SurveyFactory.ResultsAsync(platform, await SurveyOf(link))).Questions[0].Answers.Count);
    }

    [Fact]
    public async Task A_follow_up_question_is_required_only_when_its_skip_rule_shows_it()
    {
        var code = platform.MunicipalityCodes.Take();
        await Scenario.PartnershipWithMembersAsync(platform, code);
        var link = await SurveyFactory.LinkAsync(platform, await SurveyFactory.PublishedAsync(platform, code));

        var happy = await SurveyFactory.SubmitAsync(platform, link, Guid.NewGuid(), Answers.Choice("mood", "happy"), Answers.Text("why-sad", "skipped"));
        await RpcAssert.InvalidField("answers.why-sad", () => SurveyFactory.SubmitAsync(platform, link, Guid.NewGuid(), Answers.Choice("mood", "sad")));

        Assert.True(happy.Stored);
        var texts = await new ResultService.ResultServiceClient(platform.Channel).ListFreeTextAnswersAsync(
            new ListFreeTextAnswersRequest { MunicipalityCode = code, SurveyId = link.SurveyId, QuestionId = "why-sad" }, platform.AsAdmin());
        Assert.Empty(texts.Texts);
    }

    [Fact]
    public async Task A_retried_submit_with_the_same_response_id_counts_once()
    {
        var code = platform.MunicipalityCodes.Take();
        await Scenario.PartnershipWithMembersAsync(platform, code);
        var survey = await SurveyFactory.PublishedAsync(platform, code);
        var link = await SurveyFactory.LinkAsync(platform, survey);
        var responseId = Guid.NewGuid();

        var first = await SurveyFactory.SubmitAsync(platform, link, responseId, Answers.Choice("mood", "happy"));
        var retry = await SurveyFactory.SubmitAsync(platform, link, responseId, Answers.Choice("mood", "happy"));
        var concurrent = await Task.WhenAll(Enumerable.Range(0, 5).Select(_ =>
            SurveyFactory.SubmitAsync(platform, link, responseId, Answers.Choice("mood", "sad"), Answers.Text("why-sad", "x"))));

        await SurveyFactory.MoodsAsync(platform, link, "neutral", 4);

        Assert.Equal((true, false), (first.Stored, retry.Stored));
        Assert.All(concurrent, result => Assert.False(result.Stored));
        var results = await SurveyFactory.ResultsAsync(platform, survey);
        Stored.AssertShows(5, await Stored.ResponsesAsync(platform, survey.Id), results.Responses);
    }

    [Fact]
    public async Task A_response_imported_from_paper_is_not_counted_again_when_the_same_id_comes_through_a_link()
    {
        var code = platform.MunicipalityCodes.Take();
        await Scenario.PartnershipWithMembersAsync(platform, code);
        var survey = await SurveyFactory.PublishedAsync(platform, code);
        var link = await SurveyFactory.LinkAsync(platform, survey);
        var responseId = Guid.NewGuid();
        await Imports.SendAsync(platform, [Imports.Paper(survey, "happy", responseId: responseId)]);

        var submitted = await SurveyFactory.SubmitAsync(platform, link, responseId, Answers.Choice("mood", "happy"));

        Assert.False(submitted.Stored);
    }

    [Fact]
    public async Task A_link_closes_at_its_closing_time_through_the_durable_job_and_then_refuses_answers()
    {
        var code = platform.MunicipalityCodes.Take();
        await Scenario.PartnershipWithMembersAsync(platform, code);
        var survey = await SurveyFactory.PublishedAsync(platform, code);
        var link = await SurveyFactory.LinkAsync(platform, survey, openFor: TimeSpan.FromSeconds(2));
        await SurveyFactory.SubmitAsync(platform, link, Guid.NewGuid(), Answers.Choice("mood", "happy"));
        var jobs = new Platform.Contracts.Core.V1.JobService.JobServiceClient(platform.Channel);

        await Poll.UntilAsync("the link's close-link job to succeed",
            async () => (await jobs.ListJobsAsync(new Platform.Contracts.Core.V1.ListJobsRequest { Type = "surveys.close-link" }, platform.AsAdmin())).Jobs,
            closing => closing.Any(job => job.State == Platform.Contracts.Core.V1.JobState.Succeeded && job.MunicipalityCode == code), TimeSpan.FromSeconds(20));

        var refused = await RpcAssert.FailsWith(StatusCode.FailedPrecondition, () =>
            SurveyFactory.SubmitAsync(platform, link, Guid.NewGuid(), Answers.Choice("mood", "happy")));
        Assert.Contains("closed", refused.Status.Detail);
    }

    [Fact]
    public async Task A_link_needs_a_published_survey_and_an_active_local_area_of_the_municipality()
    {
        var code = platform.MunicipalityCodes.Take();
        await Scenario.PartnershipWithMembersAsync(platform, code);
        var surveys = new SurveyService.SurveyServiceClient(platform.Channel);
        var draft = await surveys.CreateSurveyAsync(new CreateSurveyRequest { MunicipalityCode = code, Definition = TestSurvey.Definition() }, platform.AsAdmin());
        var published = await SurveyFactory.PublishedAsync(platform, code);
        var area = await SurveyFactory.LocalAreaAsync(platform, code, "Vejleåparken");

        await RpcAssert.FailsWith(StatusCode.FailedPrecondition, () => SurveyFactory.LinkAsync(platform, draft));
        await RpcAssert.InvalidField("local_area_id", () => SurveyFactory.LinkAsync(platform, published, "no-such-area"));
        var link = await SurveyFactory.LinkAsync(platform, published, area);

        Assert.Equal((area, 1), (link.LocalAreaId, link.Version));
        Assert.StartsWith($"/surveys/a/{code}", link.Path);
        Assert.Equal(47, link.Token.Length);
    }

    [Fact]
    public async Task A_token_that_was_never_issued_finds_no_link_even_with_a_real_municipality_code()
    {
        var code = platform.MunicipalityCodes.Take();
        await Scenario.PartnershipWithMembersAsync(platform, code);
        var link = await SurveyFactory.LinkAsync(platform, await SurveyFactory.PublishedAsync(platform, code));
        var guessed = new CollectionLink(link) { Token = link.Token[..^1] + (link.Token[^1] == 'A' ? 'B' : 'A') };

        await RpcAssert.FailsWith(StatusCode.NotFound, () => SurveyFactory.SubmitAsync(platform, guessed, Guid.NewGuid(), Answers.Choice("mood", "happy")));
        await RpcAssert.InvalidField("link_token", () => SurveyFactory.SubmitAsync(platform, new CollectionLink { Token = code + "short" }, Guid.NewGuid()));
    }

    [Fact]
    public async Task A_link_taking_too_many_responses_in_a_minute_asks_the_caller_to_wait()
    {
        await using var limited = await TestPlatform.StartAsync(settings: "--Platform:Modules:surveys:SubmissionsPerMinute=3");
        var code = limited.MunicipalityCodes.Take();
        await Scenario.PartnershipWithMembersAsync(limited, code);
        var link = await SurveyFactory.LinkAsync(limited, await SurveyFactory.PublishedAsync(limited, code));
        for (var i = 0; i < 3; i++)
        {
            await SurveyFactory.SubmitAsync(limited, link, Guid.NewGuid(), Answers.Choice("mood", "happy"));
        }

        await RpcAssert.FailsWith(StatusCode.ResourceExhausted, () =>
            SurveyFactory.SubmitAsync(limited, link, Guid.NewGuid(), Answers.Choice("mood", "happy")));
    }

    private async Task<Survey> SurveyOf(CollectionLink link) =>
        await new SurveyService.SurveyServiceClient(platform.Channel).GetSurveyAsync(
            new GetSurveyRequest { MunicipalityCode = link.Token[..4], SurveyId = link.SurveyId }, platform.AsAdmin());
}
