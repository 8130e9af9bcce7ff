using Grpc.Core;
using Platform.Contracts.Surveys.V1;
using Platform.Identity;
using Platform.Testing;

namespace Platform.Surveys.Tests.Infrastructure;

/// <summary>Steps the partnership survey tests share: the centre's staff, and a survey they publish for every member.</summary>
public static class PartnershipSurveys
{
    public static CallOptions Staff(TestPlatform platform, string partnershipId) =>
        platform.As(RoleGrant.ForPartnership(PlatformRole.PartnershipStaff, partnershipId));

    /// <summary>A survey of the partnership (the test survey unless another definition is given), published by its staff.</summary>
    public static async Task<Survey> PublishedAsync(TestPlatform platform, string partnershipId, SurveyDefinition? definition = null)
    {
        var surveys = new SurveyService.SurveyServiceClient(platform.Channel);
        var staff = Staff(platform, partnershipId);
        var draft = await surveys.CreateSurveyAsync(
            new CreateSurveyRequest { PartnershipId = partnershipId, Definition = definition ?? TestSurvey.Definition("Trivsel i partnerskabet") }, staff);
        return await surveys.PublishSurveyAsync(
            new PublishSurveyRequest { PartnershipId = partnershipId, SurveyId = draft.Id, ExpectedVersion = draft.Version }, staff);
    }

    /// <summary>The partnership's survey as one member collects answers to it: the same survey under the member's code.</summary>
    public static Survey AsMember(Survey survey, string municipalityCode) => new(survey) { MunicipalityCode = municipalityCode };

    public static Task<SurveyResults> ResultsAsync(TestPlatform platform, Survey survey, Breakdown breakdown, CallOptions as_) =>
        new ResultService.ResultServiceClient(platform.Channel).GetResultsAsync(
            new GetResultsRequest { PartnershipId = survey.PartnershipId, SurveyId = survey.Id, Breakdown = breakdown }, as_).ResponseAsync;
}
