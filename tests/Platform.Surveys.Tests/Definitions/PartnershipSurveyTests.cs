using Grpc.Core;
using Platform.Contracts.Surveys.V1;
using Platform.Identity;
using Platform.Surveys.Tests.Infrastructure;
using Platform.Testing;

namespace Platform.Surveys.Tests.Definitions;

[Collection(PlatformCollection.Name)]
public sealed class PartnershipSurveyTests(SharedPlatform shared)
{
    private readonly TestPlatform platform = shared.Platform;

    private SurveyService.SurveyServiceClient Surveys => new(platform.Channel);

    [Fact]
    public async Task The_centre_s_staff_write_a_partnership_survey_once_and_every_member_sees_its_published_versions_only()
    {
        var first = platform.MunicipalityCodes.Take();
        var second = platform.MunicipalityCodes.Take();
        var partnership = await Scenario.PartnershipWithMembersAsync(platform, first, second);
        var staff = PartnershipSurveys.Staff(platform, partnership);
        var published = await PartnershipSurveys.PublishedAsync(platform, partnership);
        var draft = await Surveys.UpdateSurveyAsync(new UpdateSurveyRequest
        {
            PartnershipId = partnership, SurveyId = published.Id, Definition = TestSurvey.Definition("Næste runde"), ExpectedVersion = 1,
        }, staff);
        var member = platform.As(RoleGrant.ForMunicipality(PlatformRole.MunicipalityMember, second));

        var asMember = await Surveys.GetSurveyAsync(new GetSurveyRequest { MunicipalityCode = second, SurveyId = published.Id }, member);
        var asStaff = await Surveys.GetSurveyAsync(new GetSurveyRequest { PartnershipId = partnership, SurveyId = published.Id }, staff);

        Assert.Equal((partnership, "", 1, SurveyState.Published), (published.PartnershipId, published.MunicipalityCode, published.Version, published.State));
        Assert.Equal((2, SurveyState.Draft, 1), (draft.Version, draft.State, draft.PublishedVersion));
        Assert.Equal((1, "Trivsel i partnerskabet", partnership), (asMember.Version, asMember.Definition.Title.Da, asMember.PartnershipId));
        Assert.Equal((2, "Næste runde"), (asStaff.Version, asStaff.Definition.Title.Da));
        await RpcAssert.FailsWith(StatusCode.NotFound, () => Surveys.GetSurveyAsync(
            new GetSurveyRequest { MunicipalityCode = second, SurveyId = published.Id, Version = 2 }, member).ResponseAsync);
    }

    [Fact]
    public async Task A_member_lists_its_own_surveys_with_its_partnership_s_published_ones_and_a_partnership_lists_its_own()
    {
        var first = platform.MunicipalityCodes.Take();
        var second = platform.MunicipalityCodes.Take();
        var partnership = await Scenario.PartnershipWithMembersAsync(platform, first, second);
        var shared = await PartnershipSurveys.PublishedAsync(platform, partnership);
        var unpublished = await Surveys.CreateSurveyAsync(
            new CreateSurveyRequest { PartnershipId = partnership, TemplateId = "parents-everyday-habits" }, PartnershipSurveys.Staff(platform, partnership));
        var own = await SurveyFactory.PublishedAsync(platform, first, TestSurvey.Definition("Egen trivselsmåling"));
        var viewer = platform.As(RoleGrant.ForPartnership(PlatformRole.Viewer, partnership));

        var ofMember = await Surveys.ListSurveysAsync(new ListSurveysRequest { MunicipalityCode = first }, platform.As(RoleGrant.ForMunicipality(PlatformRole.Viewer, first)));
        var ofOtherMember = await Surveys.ListSurveysAsync(new ListSurveysRequest { MunicipalityCode = second }, platform.AsAdmin());
        var ofPartnership = await Surveys.ListSurveysAsync(new ListSurveysRequest { PartnershipId = partnership }, viewer);

        Assert.Equal([own.Id, shared.Id], ofMember.Surveys.Select(s => s.Id));
        Assert.Equal([shared.Id], ofOtherMember.Surveys.Select(s => s.Id));
        Assert.Equal([unpublished.Id, shared.Id], ofPartnership.Surveys.Select(s => s.Id));
        Assert.Equal(["Jeres barns hverdag", "Trivsel i partnerskabet"], ofPartnership.Surveys.Select(s => s.Definition.Title.Da));
    }

    [Fact]
    public async Task Only_the_partnership_s_staff_change_its_surveys_and_a_member_cannot_change_them_under_its_own_code()
    {
        var code = platform.MunicipalityCodes.Take();
        var partnership = await Scenario.PartnershipWithMembersAsync(platform, code);
        var survey = await PartnershipSurveys.PublishedAsync(platform, partnership);
        var coordinator = platform.As(RoleGrant.ForMunicipality(PlatformRole.MunicipalityCoordinator, code));
        var viewer = platform.As(RoleGrant.ForPartnership(PlatformRole.Viewer, partnership));
        var otherStaff = PartnershipSurveys.Staff(platform, await Scenario.PartnershipWithMembersAsync(platform));

        var underOwnCode = await RpcAssert.FailsWith(StatusCode.PermissionDenied, () => Surveys.UpdateSurveyAsync(new UpdateSurveyRequest
        {
            MunicipalityCode = code, SurveyId = survey.Id, Definition = TestSurvey.Definition(), ExpectedVersion = 1,
        }, coordinator).ResponseAsync);
        await RpcAssert.FailsWith(StatusCode.PermissionDenied, () => Surveys.CreateSurveyAsync(
            new CreateSurveyRequest { PartnershipId = partnership, TemplateId = "stakeholder-questions" }, viewer).ResponseAsync);
        await RpcAssert.FailsWith(StatusCode.PermissionDenied, () => Surveys.CreateSurveyAsync(
            new CreateSurveyRequest { PartnershipId = partnership, TemplateId = "stakeholder-questions" }, coordinator).ResponseAsync);
        await RpcAssert.FailsWith(StatusCode.PermissionDenied, () => Surveys.GetSurveyAsync(
            new GetSurveyRequest { PartnershipId = partnership, SurveyId = survey.Id }, otherStaff).ResponseAsync);
        await RpcAssert.FailsWith(StatusCode.PermissionDenied, () => Surveys.PublishSurveyAsync(
            new PublishSurveyRequest { PartnershipId = partnership, SurveyId = survey.Id, ExpectedVersion = 1 }, otherStaff).ResponseAsync);
        Assert.Contains(partnership, underOwnCode.Status.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Staff_of_another_partnership_do_not_find_this_partnership_s_survey_through_a_member_both_partnerships_have()
    {
        var common = platform.MunicipalityCodes.Take();
        var ours = await Scenario.PartnershipWithMembersAsync(platform, common);
        var theirs = await Scenario.PartnershipWithMembersAsync(platform, common);
        var survey = await PartnershipSurveys.PublishedAsync(platform, ours);
        var theirStaff = PartnershipSurveys.Staff(platform, theirs);
        var coordinator = platform.As(RoleGrant.ForMunicipality(PlatformRole.MunicipalityCoordinator, common));

        var listedByThem = await Surveys.ListSurveysAsync(new ListSurveysRequest { MunicipalityCode = common }, theirStaff);
        var listedByMember = await Surveys.ListSurveysAsync(new ListSurveysRequest { MunicipalityCode = common }, coordinator);

        Assert.Empty(listedByThem.Surveys);
        Assert.Equal([survey.Id], listedByMember.Surveys.Select(s => s.Id));
        await RpcAssert.FailsWith(StatusCode.NotFound, () => Surveys.GetSurveyAsync(
            new GetSurveyRequest { MunicipalityCode = common, SurveyId = survey.Id }, theirStaff).ResponseAsync);
        await RpcAssert.FailsWith(StatusCode.NotFound, () => SurveyFactory.ResultsAsync(platform, PartnershipSurveys.AsMember(survey, common), as_: theirStaff));
    }

    [Fact]
    public async Task A_survey_names_exactly_one_owner_and_an_unknown_partnership_is_not_found()
    {
        var code = platform.MunicipalityCodes.Take();
        var partnership = await Scenario.PartnershipWithMembersAsync(platform, code);

        await RpcAssert.InvalidField("municipality_code", () => Surveys.CreateSurveyAsync(
            new CreateSurveyRequest { MunicipalityCode = code, PartnershipId = partnership, TemplateId = "stakeholder-questions" }, platform.AsAdmin()).ResponseAsync);
        await RpcAssert.InvalidField("municipality_code", () => Surveys.ListSurveysAsync(new ListSurveysRequest(), platform.AsAdmin()).ResponseAsync);
        await RpcAssert.FailsWith(StatusCode.NotFound, () => Surveys.CreateSurveyAsync(
            new CreateSurveyRequest { PartnershipId = "no-such-partnership", TemplateId = "stakeholder-questions" }, platform.AsAdmin()).ResponseAsync);
        await RpcAssert.FailsWith(StatusCode.PermissionDenied, () => Surveys.CreateSurveyAsync(
            new CreateSurveyRequest { PartnershipId = "no-such-partnership", TemplateId = "stakeholder-questions" },
            PartnershipSurveys.Staff(platform, partnership)).ResponseAsync);
    }

    [Fact]
    public async Task A_municipality_outside_the_partnership_does_not_find_its_survey()
    {
        var first = platform.MunicipalityCodes.Take();
        var second = platform.MunicipalityCodes.Take();
        var partnership = await Scenario.PartnershipWithMembersAsync(platform, first);
        await Scenario.PartnershipWithMembersAsync(platform, second);
        var survey = await PartnershipSurveys.PublishedAsync(platform, partnership);
        var outsider = platform.As(RoleGrant.ForMunicipality(PlatformRole.MunicipalityCoordinator, second));

        var listed = await Surveys.ListSurveysAsync(new ListSurveysRequest { MunicipalityCode = second }, outsider);

        Assert.Empty(listed.Surveys);
        await RpcAssert.FailsWith(StatusCode.NotFound, () => Surveys.GetSurveyAsync(
            new GetSurveyRequest { MunicipalityCode = second, SurveyId = survey.Id }, outsider).ResponseAsync);
        await RpcAssert.FailsWith(StatusCode.PermissionDenied, () => Surveys.GetSurveyAsync(
            new GetSurveyRequest { PartnershipId = partnership, SurveyId = survey.Id }, outsider).ResponseAsync);
    }
}
