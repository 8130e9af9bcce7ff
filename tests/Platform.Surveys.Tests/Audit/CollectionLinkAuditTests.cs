using Platform.Contracts.Core.V1;
using Platform.Surveys.Tests.Infrastructure;
using Platform.Testing;

namespace Platform.Surveys.Tests.Audit;

[Collection(PlatformCollection.Name)]
public sealed class CollectionLinkAuditTests(SharedPlatform shared)
{
    private readonly TestPlatform platform = shared.Platform;

    [Fact]
    public async Task Making_a_collection_link_writes_exactly_one_entry_naming_the_survey()
    {
        var code = platform.MunicipalityCodes.Take();
        await Scenario.PartnershipWithMembersAsync(platform, code);
        var survey = await SurveyFactory.PublishedAsync(platform, code);
        var audit = new AuditService.AuditServiceClient(platform.Channel);
        var request = new ListAuditEntriesRequest { MunicipalityCode = code, Action = "surveys.collection-link-issued" };

        await SurveyFactory.LinkAsync(platform, survey);

        var entry = Assert.Single((await audit.ListAuditEntriesAsync(request, platform.AsAdmin())).Entries);
        Assert.Equal(("test-admin", AuditActorKind.PlatformAdmin, survey.Id), (entry.ActorSubject, entry.ActorKind, entry.Target));
    }
}
