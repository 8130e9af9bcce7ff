using Platform.Contracts.Surveys.V1;
using Platform.Testing;

namespace Platform.Web.Tests.Surveys.Editor;

/// <summary>Surveys as the list, editor and preview tests set them up, over the module's gRPC service as an administrator, and the pages' addresses.</summary>
internal static class SurveyPages
{
    public const string ChildrenTemplate = "children-wellbeing-smiley";

    public static SurveyService.SurveyServiceClient Client(TestPlatform platform) => new(platform.Channel);

    public static Uri List(TestPlatform platform, string code) => new(platform.WebAddress, $"/m/surveys/{code}/surveys");

    public static Uri PartnershipList(TestPlatform platform, string partnershipId) => new(platform.WebAddress, $"/m/surveys/partnership/{partnershipId}/surveys");

    public static Uri Edit(TestPlatform platform, string code, string id) => new(platform.WebAddress, $"/m/surveys/{code}/surveys/{id}/edit");

    public static Uri Preview(TestPlatform platform, string code, string id) => new(platform.WebAddress, $"/m/surveys/{code}/surveys/{id}/preview");

    public static Uri PartnershipEdit(TestPlatform platform, string partnershipId, string id) =>
        new(platform.WebAddress, $"/m/surveys/partnership/{partnershipId}/surveys/{id}/edit");

    /// <summary>A municipality's survey made from the children's template, as draft version 1.</summary>
    public static async Task<Survey> FromTemplateAsync(TestPlatform platform, string code, string partnershipId = "") =>
        await Client(platform).CreateSurveyAsync(
            new CreateSurveyRequest { MunicipalityCode = partnershipId.Length > 0 ? "" : code, PartnershipId = partnershipId, TemplateId = ChildrenTemplate }, platform.AsAdmin());

    public static async Task<Survey> PublishAsync(TestPlatform platform, Survey survey) =>
        await Client(platform).PublishSurveyAsync(new PublishSurveyRequest
        {
            MunicipalityCode = survey.MunicipalityCode,
            PartnershipId = survey.PartnershipId,
            SurveyId = survey.Id,
            ExpectedVersion = survey.Version,
        }, platform.AsAdmin());

    /// <summary>The newest version of a survey, as its owner reads it.</summary>
    public static async Task<Survey> GetAsync(TestPlatform platform, Survey survey) =>
        await Client(platform).GetSurveyAsync(new GetSurveyRequest { MunicipalityCode = survey.MunicipalityCode, PartnershipId = survey.PartnershipId, SurveyId = survey.Id }, platform.AsAdmin());
}
