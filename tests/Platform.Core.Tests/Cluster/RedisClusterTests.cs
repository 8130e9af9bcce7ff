using Platform.Contracts.Core.V1;
using Platform.Testing;
using Platform.Sdk.Data;

namespace Platform.Core.Tests.Cluster;

/// <summary>Hosts that find each other through a real Redis membership table and share one real database.</summary>
public sealed class RedisClusterTests
{
    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Two_hosts_with_Redis_membership_serve_one_another_s_onboarding_at_once(DatabaseProvider provider)
    {
        var database = await TestDatabases.NewDatabaseAsync(provider);
        string[] cluster =
        [
            "--Platform:Cluster:Membership=Redis",
            $"--Platform:Cluster:RedisConnectionString={await RedisServer.ConnectionStringAsync()}",
            $"--Platform:Cluster:ClusterId=test-{Guid.NewGuid():N}",
        ];
        await using var first = await TestPlatform.StartAsync(settings: [.. database, .. cluster]);
        await using var second = await TestPlatform.StartAsync(first.DataDirectory, settings: [.. database, .. cluster]);

        var viaFirst = first.MunicipalityCodes.Take();
        var viaSecond = first.MunicipalityCodes.Take();
        var id = await Scenario.PartnershipWithMembersAsync(first, viaFirst);
        var throughSecond = await new MunicipalityService.MunicipalityServiceClient(second.Channel)
            .GetMunicipalityAsync(new GetMunicipalityRequest { Code = viaFirst }, second.AsAdmin());
        await new PartnershipService.PartnershipServiceClient(second.Channel).OnboardMunicipalityAsync(
            new OnboardMunicipalityRequest { PartnershipId = id, MunicipalityCode = viaSecond }, second.AsAdmin());
        var throughFirst = await new PartnershipService.PartnershipServiceClient(first.Channel)
            .GetPartnershipAsync(new GetPartnershipRequest { Id = id }, first.AsAdmin());

        Assert.Equal(MunicipalityCodes.NameOf(viaFirst), throughSecond.Name);
        Assert.Equal([viaFirst, viaSecond], throughFirst.Members.Select(m => m.MunicipalityCode));
    }
}
