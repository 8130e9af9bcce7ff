using Grpc.Core;
using Platform.Surveys.Tests.Infrastructure;
using Platform.Testing;

namespace Platform.Surveys.Tests.Collection;

[Collection(PlatformCollection.Name)]
public sealed class ModuleSwitchTests(SharedPlatform shared)
{
    private readonly TestPlatform platform = shared.Platform;

    [Fact]
    public async Task A_municipality_that_switched_surveys_off_takes_no_answers_through_its_open_links_or_imports_until_it_switches_them_on()
    {
        var first = platform.MunicipalityCodes.Take();
        var second = platform.MunicipalityCodes.Take();
        await Scenario.PartnershipWithMembersAsync(platform, first, second);
        var survey = await SurveyFactory.PublishedAsync(platform, first);
        var link = await SurveyFactory.LinkAsync(platform, survey);
        var otherLink = await SurveyFactory.LinkAsync(platform, await SurveyFactory.PublishedAsync(platform, second));
        var responseId = Guid.NewGuid();

        await SurveyFactory.SwitchAsync(platform, first, on: false);
        var refused = await RpcAssert.FailsWith(StatusCode.FailedPrecondition, () => SurveyFactory.SubmitAsync(platform, link, responseId, Answers.Choice("mood", "happy")));
        await RpcAssert.FailsWith(StatusCode.FailedPrecondition, () => Imports.SendAsync(platform, [Imports.Paper(survey, "happy")]));
        var otherMunicipality = await SurveyFactory.SubmitAsync(platform, otherLink, Guid.NewGuid(), Answers.Choice("mood", "happy"));
        await SurveyFactory.SwitchAsync(platform, first, on: true);
        var afterwards = await SurveyFactory.SubmitAsync(platform, link, responseId, Answers.Choice("mood", "happy"));

        Assert.Contains("switched off", refused.Status.Detail, StringComparison.Ordinal);
        Assert.True(otherMunicipality.Stored);
        // Stored only now: the refused submit kept nothing.
        Assert.True(afterwards.Stored);
    }
}
