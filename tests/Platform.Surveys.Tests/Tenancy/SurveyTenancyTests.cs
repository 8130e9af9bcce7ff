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
        var first = platform.MunicipalityCodes.Take();
        var second = platform.MunicipalityCodes.Take();
        await Scenario.PartnershipWithMembersAsync(platform, first, second);
        var survey = await SurveyFactory.PublishedAsync(platform, first);
        var memberOfOther = platform.As(RoleGrant.ForMunicipality(PlatformRole.MunicipalityCoordinator, second));
        var surveys = new SurveyService.SurveyServiceClient(platform.Channel);
        var collection = new CollectionService.CollectionServiceClient(platform.Channel);

        await RpcAssert.FailsWith(StatusCode.PermissionDenied, () => surveys.GetSurveyAsync(
            new GetSurveyRequest { MunicipalityCode = first, SurveyId = survey.Id }, memberOfOther).ResponseAsync);
        await RpcAssert.FailsWith(StatusCode.PermissionDenied, () => collection.CreateLinkAsync(new CreateLinkRequest
        {
            MunicipalityCode = first, SurveyId = survey.Id,
            OpensAt = Google.Protobuf.WellKnownTypes.Timestamp.FromDateTimeOffset(DateTimeOffset.UtcNow),
            ClosesAt = Google.Protobuf.WellKnownTypes.Timestamp.FromDateTimeOffset(DateTimeOffset.UtcNow.AddDays(1)),
        }, memberOfOther).ResponseAsync);
        await RpcAssert.FailsWith(StatusCode.PermissionDenied, () => SurveyFactory.ResultsAsync(platform, survey, as_: memberOfOther));
        await RpcAssert.FailsWith(StatusCode.NotFound, () => surveys.GetSurveyAsync(
            new GetSurveyRequest { MunicipalityCode = second, SurveyId = survey.Id }, memberOfOther).ResponseAsync);
        await RpcAssert.FailsWith(StatusCode.NotFound, () => SurveyFactory.ResultsAsync(platform, new Survey(survey) { MunicipalityCode = second }, as_: memberOfOther));
    }

    [Fact]
    public async Task A_link_token_moved_to_another_municipality_s_code_finds_nothing()
    {
        var first = platform.MunicipalityCodes.Take();
        var second = platform.MunicipalityCodes.Take();
        await Scenario.PartnershipWithMembersAsync(platform, first, second);
        var link = await SurveyFactory.LinkAsync(platform, await SurveyFactory.PublishedAsync(platform, first));
        var moved = new CollectionLink(link) { Token = second + link.Token[4..] };

        await RpcAssert.FailsWith(StatusCode.NotFound, () => SurveyFactory.SubmitAsync(platform, moved, Guid.NewGuid(), Answers.Choice("mood", "happy")));
    }

    [Fact]
    public async Task Partnership_staff_read_aggregates_but_cannot_write_surveys()
    {
        var code = platform.MunicipalityCodes.Take();
        var partnership = await Scenario.PartnershipWithMembersAsync(platform, code);
        var survey = await SurveyFactory.PublishedAsync(platform, code);
        var staff = platform.As(RoleGrant.ForPartnership(PlatformRole.PartnershipStaff, partnership));
        var surveys = new SurveyService.SurveyServiceClient(platform.Channel);

        var read = await surveys.GetSurveyAsync(new GetSurveyRequest { MunicipalityCode = code, SurveyId = survey.Id }, staff);

        Assert.Equal(survey.Id, read.Id);
        await RpcAssert.FailsWith(StatusCode.PermissionDenied, () => surveys.CreateSurveyAsync(
            new CreateSurveyRequest { MunicipalityCode = code, TemplateId = "stakeholder-questions" }, staff).ResponseAsync);
    }
}
