using Platform.Contracts.Core.V1;
using Platform.Testing;

namespace Platform.Core.Tests.Cluster;

public sealed class TwoSiloClusterTests
{
    [Fact]
    public async Task A_municipality_onboarded_through_one_silo_is_served_at_once_by_the_other()
    {
        await using var first = await TestPlatform.StartAsync();
        await using var second = await TestPlatform.StartAsync(first.DataDirectory, primarySiloPort: first.SiloPort);
        var viaFirst = first.MunicipalityCodes.Take();
        var viaSecond = first.MunicipalityCodes.Take();
        var id = await Scenario.PartnershipWithMembersAsync(first, viaFirst);

        var throughSecond = await new MunicipalityService.MunicipalityServiceClient(second.Channel)
            .GetMunicipalityAsync(new GetMunicipalityRequest { Code = viaFirst }, second.AsAdmin());
        Assert.Equal(MunicipalityCodes.NameOf(viaFirst), throughSecond.Name);

        var partnerships = new PartnershipService.PartnershipServiceClient(second.Channel);
        await partnerships.OnboardMunicipalityAsync(new OnboardMunicipalityRequest { PartnershipId = id, MunicipalityCode = viaSecond }, second.AsAdmin());
        var throughFirst = await new PartnershipService.PartnershipServiceClient(first.Channel)
            .GetPartnershipAsync(new GetPartnershipRequest { Id = id }, first.AsAdmin());
        Assert.Equal([viaFirst, viaSecond], throughFirst.Members.Select(m => m.MunicipalityCode));
    }
}
