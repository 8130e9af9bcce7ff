using System.Net;
using Grpc.Core;
using Platform.Contracts.Core.V1;
using Platform.Contracts.Surveys.V1;
using Platform.Identity;
using Platform.Surveys.Tests.Infrastructure;
using Platform.Testing;

namespace Platform.Surveys.Tests.Collection;

[Collection(PlatformCollection.Name)]
public sealed class PartnershipSurveyCollectionTests(SharedPlatform shared)
{
    private readonly TestPlatform platform = shared.Platform;

    [Fact]
    public async Task Every_member_collects_answers_to_the_partnership_s_survey_as_its_own_through_links_and_paper()
    {
        var linked = platform.MunicipalityCodes.Take();
        var onPaper = platform.MunicipalityCodes.Take();
        var partnership = await Scenario.PartnershipWithMembersAsync(platform, linked, onPaper);
        var survey = await PartnershipSurveys.PublishedAsync(platform, partnership);
        var area = await SurveyFactory.LocalAreaAsync(platform, linked, "Bymidten");
        var member = platform.As(RoleGrant.ForMunicipality(PlatformRole.MunicipalityMember, linked));
        var link = await new CollectionService.CollectionServiceClient(platform.Channel).CreateLinkAsync(new CreateLinkRequest
        {
            MunicipalityCode = linked, SurveyId = survey.Id, LocalAreaId = area,
            OpensAt = Google.Protobuf.WellKnownTypes.Timestamp.FromDateTimeOffset(DateTimeOffset.UtcNow.AddMinutes(-1)),
            ClosesAt = Google.Protobuf.WellKnownTypes.Timestamp.FromDateTimeOffset(DateTimeOffset.UtcNow.AddDays(1)),
        }, member);
        await SurveyFactory.MoodsAsync(platform, link, "sad", 6);
        var imported = await Imports.SendAsync(platform, Enumerable.Range(0, 5).Select(_ => Imports.Paper(PartnershipSurveys.AsMember(survey, onPaper), "happy")),
            platform.As(RoleGrant.ForMunicipality(PlatformRole.MunicipalityMember, onPaper)));
        var results = new ResultService.ResultServiceClient(platform.Channel);
        var freeText = new ListFreeTextAnswersRequest { MunicipalityCode = linked, SurveyId = survey.Id, QuestionId = "why-sad" };

        var texts = await results.ListFreeTextAnswersAsync(freeText, platform.As(RoleGrant.ForMunicipality(PlatformRole.Viewer, linked)));
        var ownOfLinked = await SurveyFactory.ResultsAsync(platform, PartnershipSurveys.AsMember(survey, linked), Breakdown.LocalArea, member);
        var ownOnPaper = await SurveyFactory.ResultsAsync(platform, PartnershipSurveys.AsMember(survey, onPaper), as_: platform.AsAdmin());

        Assert.Equal((5, 0), (imported.Stored, imported.Duplicates));
        Assert.Equal(Enumerable.Repeat("træt", 6), texts.Texts);
        Stored.AssertShows(6, await Stored.ResponsesAsync(platform, survey.Id, linked), ownOfLinked.Responses);
        Assert.Equal([area], ownOfLinked.Questions.Single(q => q.QuestionId == "mood").Groups.Select(g => g.Group));
        Stored.AssertShows(5, await Stored.AnswersAsync(platform, survey.Id, "mood", "happy", onPaper), ownOnPaper.Questions.Single(q => q.QuestionId == "mood").Options.Single(o => o.OptionId == "happy").Cell);
        await RpcAssert.FailsWith(StatusCode.PermissionDenied, () => results.ListFreeTextAnswersAsync(
            freeText, platform.As(RoleGrant.ForMunicipality(PlatformRole.MunicipalityCoordinator, onPaper))).ResponseAsync);
        await RpcAssert.FailsWith(StatusCode.PermissionDenied, () => results.ListFreeTextAnswersAsync(
            freeText, PartnershipSurveys.Staff(platform, partnership)).ResponseAsync);
    }

    [Fact]
    public async Task A_municipality_that_leaves_stops_collecting_for_the_partnership_keeps_its_answers_and_a_new_member_starts_at_once()
    {
        var leaver = platform.MunicipalityCodes.Take();
        var stayer = platform.MunicipalityCodes.Take();
        var joiner = platform.MunicipalityCodes.Take();
        var partnership = await Scenario.PartnershipWithMembersAsync(platform, leaver, stayer);
        var survey = await PartnershipSurveys.PublishedAsync(platform, partnership);
        var link = await SurveyFactory.LinkAsync(platform, PartnershipSurveys.AsMember(survey, leaver));
        await SurveyFactory.MoodsAsync(platform, link, "happy", 5);
        var partnerships = new PartnershipService.PartnershipServiceClient(platform.Channel);

        await partnerships.OffboardMunicipalityAsync(new OffboardMunicipalityRequest { PartnershipId = partnership, MunicipalityCode = leaver }, platform.AsAdmin());
        await partnerships.OnboardMunicipalityAsync(new OnboardMunicipalityRequest { PartnershipId = partnership, MunicipalityCode = joiner }, platform.AsAdmin());
        var newcomer = await SurveyFactory.LinkAsync(platform, PartnershipSurveys.AsMember(survey, joiner));
        var after = await SurveyFactory.SubmitAsync(platform, newcomer, Guid.NewGuid(), Answers.Choice("mood", "happy"));
        using var browser = new HttpClient { BaseAddress = platform.WebAddress };
        var page = await browser.GetAsync(link.Path);
        var newcomerPage = await browser.GetStringAsync(newcomer.Path);

        Assert.True(after.Stored);
        var refused = await RpcAssert.FailsWith(StatusCode.FailedPrecondition, () => SurveyFactory.SubmitAsync(platform, link, Guid.NewGuid(), Answers.Choice("mood", "happy")));
        Assert.Contains("no longer a member", refused.Status.Detail, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Gone, page.StatusCode);
        Assert.Contains("Trivsel i partnerskabet", newcomerPage, StringComparison.Ordinal);
        await RpcAssert.FailsWith(StatusCode.FailedPrecondition, () => SurveyFactory.LinkAsync(platform, PartnershipSurveys.AsMember(survey, leaver)));
        await RpcAssert.FailsWith(StatusCode.FailedPrecondition, () => Imports.SendAsync(platform, [Imports.Paper(PartnershipSurveys.AsMember(survey, leaver), "happy")]));
        Stored.AssertShows(5, await Stored.AnswersAsync(platform, survey.Id, "mood", municipality: leaver),
            (await SurveyFactory.ResultsAsync(platform, PartnershipSurveys.AsMember(survey, leaver))).Questions[0].Answers);
    }

    [Fact]
    public async Task A_partnership_s_draft_takes_no_links_and_its_members_cannot_import_into_it()
    {
        var code = platform.MunicipalityCodes.Take();
        var partnership = await Scenario.PartnershipWithMembersAsync(platform, code);
        var draft = await new SurveyService.SurveyServiceClient(platform.Channel).CreateSurveyAsync(
            new CreateSurveyRequest { PartnershipId = partnership, Definition = TestSurvey.Definition() }, PartnershipSurveys.Staff(platform, partnership));
        var paper = Imports.Paper(PartnershipSurveys.AsMember(draft, code), "happy");
        paper.Version = 1;

        await RpcAssert.FailsWith(StatusCode.NotFound, () => SurveyFactory.LinkAsync(platform, PartnershipSurveys.AsMember(draft, code)));
        await RpcAssert.InvalidField("responses[0].survey_id", () => Imports.SendAsync(platform, [paper]));
    }
}
