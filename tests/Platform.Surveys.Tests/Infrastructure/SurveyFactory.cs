using Google.Protobuf.WellKnownTypes;
using Grpc.Core;
using Platform.Contracts.Core.V1;
using Platform.Contracts.Surveys.V1;
using Platform.Testing;

namespace Platform.Surveys.Tests.Infrastructure;

/// <summary>Steps the survey tests share: a published survey, a local area, an open link, a response.</summary>
public static class SurveyFactory
{
    public static async Task<Survey> PublishedAsync(TestPlatform platform, string code, SurveyDefinition? definition = null, string templateId = "")
    {
        var surveys = new SurveyService.SurveyServiceClient(platform.Channel);
        var draft = await surveys.CreateSurveyAsync(new CreateSurveyRequest
        {
            MunicipalityCode = code,
            Definition = templateId.Length > 0 ? null : definition ?? TestSurvey.Definition(),
            TemplateId = templateId,
        }, platform.AsAdmin());
        return await surveys.PublishSurveyAsync(
            new PublishSurveyRequest { MunicipalityCode = code, SurveyId = draft.Id, ExpectedVersion = draft.Version }, platform.AsAdmin());
    }

    public static async Task<string> LocalAreaAsync(TestPlatform platform, string code, string name)
    {
        var municipalities = new MunicipalityService.MunicipalityServiceClient(platform.Channel);
        var current = await municipalities.GetMunicipalityAsync(new GetMunicipalityRequest { Code = code }, platform.AsAdmin());
        var changed = await municipalities.AddLocalAreaAsync(
            new AddLocalAreaRequest { Code = code, Name = name, ExpectedVersion = current.Version }, platform.AsAdmin());
        return changed.LocalAreas.Single(area => area.Name == name).Id;
    }

    public static Task<CollectionLink> LinkAsync(TestPlatform platform, Survey survey, string localAreaId = "", TimeSpan? openFor = null) =>
        new CollectionService.CollectionServiceClient(platform.Channel).CreateLinkAsync(new CreateLinkRequest
        {
            MunicipalityCode = survey.MunicipalityCode,
            SurveyId = survey.Id,
            LocalAreaId = localAreaId,
            OpensAt = Timestamp.FromDateTimeOffset(DateTimeOffset.UtcNow.AddMinutes(-1)),
            ClosesAt = Timestamp.FromDateTimeOffset(DateTimeOffset.UtcNow + (openFor ?? TimeSpan.FromDays(7))),
        }, platform.AsAdmin()).ResponseAsync;

    public static Task<SubmitResponseResult> SubmitAsync(TestPlatform platform, CollectionLink link, Guid responseId, params Answer[] answers) =>
        SubmitAsync(platform, link, responseId, "", answers);

    public static Task<SubmitResponseResult> SubmitAsync(TestPlatform platform, CollectionLink link, Guid responseId, string ageBand, params Answer[] answers) =>
        new CollectionService.CollectionServiceClient(platform.Channel).SubmitResponseAsync(new SubmitResponseRequest
        {
            LinkToken = link.Token,
            ResponseId = responseId.ToString(),
            Answers = { answers },
            AgeBand = ageBand,
        }, platform.AsAdmin()).ResponseAsync;

    /// <summary>Submits <paramref name="count"/> responses choosing one mood.</summary>
    public static async Task MoodsAsync(TestPlatform platform, CollectionLink link, string mood, int count)
    {
        for (var i = 0; i < count; i++)
        {
            await SubmitAsync(platform, link, Guid.NewGuid(), Answers.Choice("mood", mood), mood == "sad" ? Answers.Text("why-sad", "træt") : Answers.Choice("activities", "play"));
        }
    }

    public static Task<SurveyResults> ResultsAsync(TestPlatform platform, Survey survey, Breakdown breakdown = Breakdown.None, CallOptions? as_ = null) =>
        new ResultService.ResultServiceClient(platform.Channel).GetResultsAsync(
            new GetResultsRequest { MunicipalityCode = survey.MunicipalityCode, SurveyId = survey.Id, Breakdown = breakdown }, as_ ?? platform.AsAdmin()).ResponseAsync;

    /// <summary>Switches the surveys module on or off for the municipality, as its coordinator would.</summary>
    public static Task SwitchAsync(TestPlatform platform, string code, bool on) =>
        new MunicipalityService.MunicipalityServiceClient(platform.Channel).SetModuleEnabledAsync(
            new SetModuleEnabledRequest { Code = code, ModuleId = "surveys", Enabled = on }, platform.AsAdmin()).ResponseAsync;
}
