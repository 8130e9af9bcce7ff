using Grpc.Core;
using Platform.Contracts.Surveys.V1;
using Platform.Identity;
using Platform.Surveys.Tests.Infrastructure;
using Platform.Testing;

namespace Platform.Surveys.Tests.Tenancy;

[Collection(PlatformCollection.Name)]
public sealed class SurveyTenancyTests(SharedPlatform shared)
{
    private readonly TestPlatform platform = shared.Platform;

    [Fact]
    public async Task A_municipality_never_sees_or_changes_another_municipality_s_surveys_links_or_results()
    {
        await Scenario.PartnershipWithMembersAsync(platform, "0329", "0330");
        var survey = await SurveyFactory.PublishedAsync(platform, "0329");
        var memberOfOther = platform.As(RoleGrant.ForMunicipality(PlatformRole.MunicipalityCoordinator, "0330"));
        var surveys = new SurveyService.SurveyServiceClient(platform.Channel);
        var collection = new CollectionService.CollectionServiceClient(platform.Channel);

        await RpcAssert.FailsWith(StatusCode.PermissionDenied, () => surveys.GetSurveyAsync(
            new GetSurveyRequest { MunicipalityCode = "0329", SurveyId = survey.Id }, memberOfOther).ResponseAsync);
        await RpcAssert.FailsWith(StatusCode.PermissionDenied, () => collection.CreateLinkAsync(new CreateLinkRequest
        {
            MunicipalityCode = "0329", SurveyId = survey.Id,
            OpensAt = Google.Protobuf.WellKnownTypes.Timestamp.FromDateTimeOffset(DateTimeOffset.UtcNow),
            ClosesAt = Google.Protobuf.WellKnownTypes.Timestamp.FromDateTimeOffset(DateTimeOffset.UtcNow.AddDays(1)),
        }, memberOfOther).ResponseAsync);
        await RpcAssert.FailsWith(StatusCode.PermissionDenied, () => SurveyFactory.ResultsAsync(platform, survey, as_: memberOfOther));
        await RpcAssert.FailsWith(StatusCode.NotFound, () => surveys.GetSurveyAsync(
            new GetSurveyRequest { MunicipalityCode = "0330", SurveyId = survey.Id }, memberOfOther).ResponseAsync);
        await RpcAssert.FailsWith(StatusCode.NotFound, () => SurveyFactory.ResultsAsync(platform, new Survey(survey) { MunicipalityCode = "0330" }, as_: memberOfOther));
    }

    [Fact]
    public async Task A_link_token_moved_to_another_municipality_s_code_finds_nothing()
    {
        await Scenario.PartnershipWithMembersAsync(platform, "0336", "0340");
        var link = await SurveyFactory.LinkAsync(platform, await SurveyFactory.PublishedAsync(platform, "0336"));
        var moved = new CollectionLink(link) { Token = "0340" + link.Token[4..] };

        await RpcAssert.FailsWith(StatusCode.NotFound, () => SurveyFactory.SubmitAsync(platform, moved, Guid.NewGuid(), Answers.Choice("mood", "happy")));
    }

    [Fact]
    public async Task Partnership_staff_read_aggregates_but_cannot_write_surveys()
    {
        var partnership = await Scenario.PartnershipWithMembersAsync(platform, "0350");
        var survey = await SurveyFactory.PublishedAsync(platform, "0350");
        var staff = platform.As(RoleGrant.ForPartnership(PlatformRole.PartnershipStaff, partnership));
        var surveys = new SurveyService.SurveyServiceClient(platform.Channel);

        var read = await surveys.GetSurveyAsync(new GetSurveyRequest { MunicipalityCode = "0350", SurveyId = survey.Id }, staff);

        Assert.Equal(survey.Id, read.Id);
        await RpcAssert.FailsWith(StatusCode.PermissionDenied, () => surveys.CreateSurveyAsync(
            new CreateSurveyRequest { MunicipalityCode = "0350", TemplateId = "stakeholder-questions" }, staff).ResponseAsync);
    }
}
