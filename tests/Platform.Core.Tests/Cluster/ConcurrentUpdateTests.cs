using Grpc.Core;
using Platform.Contracts.Core.V1;
using Platform.Testing;
using Platform.Sdk.Data;

namespace Platform.Core.Tests.Cluster;

/// <summary>Two hosts of one cluster (Redis membership, PostgreSQL) change one municipality at the same time.</summary>
public sealed class ConcurrentUpdateTests
{
    [Fact]
    public async Task Concurrent_updates_through_two_hosts_lose_none_and_a_stale_version_is_refused_not_lost()
    {
        string[] settings =
        [
            .. await TestDatabases.NewDatabaseAsync(DatabaseProvider.PostgreSql),
            "--Platform:Cluster:Membership=Redis",
            $"--Platform:Cluster:RedisConnectionString={await RedisServer.ConnectionStringAsync()}",
            $"--Platform:Cluster:ClusterId=concurrency-{Guid.NewGuid():N}",
        ];
        await using var first = await TestPlatform.StartAsync(settings: settings);
        await using var second = await TestPlatform.StartAsync(first.DataDirectory, settings: settings);
        var code = first.MunicipalityCodes.Take();
        await Scenario.PartnershipWithMembersAsync(first, code);
        var hosts = new[] { first, second };
        var before = await new MunicipalityService.MunicipalityServiceClient(first.Channel)
            .GetMunicipalityAsync(new GetMunicipalityRequest { Code = code }, first.AsAdmin());

        await Task.WhenAll(Enumerable.Range(0, 40).Select(i =>
        {
            var host = hosts[i % 2];
            return new MunicipalityService.MunicipalityServiceClient(host.Channel)
                .AddLocalAreaAsync(new AddLocalAreaRequest { Code = code, Name = $"Område {i}" }, host.AsAdmin()).ResponseAsync;
        }));
        var afterAll = await new MunicipalityService.MunicipalityServiceClient(second.Channel)
            .GetMunicipalityAsync(new GetMunicipalityRequest { Code = code }, second.AsAdmin());
        Assert.Equal(40, afterAll.LocalAreas.Count);
        Assert.Equal(before.Version + 40, afterAll.Version);

        var outcomes = await Task.WhenAll(Enumerable.Range(0, 10).Select(async i =>
        {
            var host = hosts[i % 2];
            try
            {
                await new MunicipalityService.MunicipalityServiceClient(host.Channel).AddLocalAreaAsync(
                    new AddLocalAreaRequest { Code = code, Name = $"Stale {i}", ExpectedVersion = afterAll.Version }, host.AsAdmin());
                return StatusCode.OK;
            }
            catch (RpcException exception)
            {
                return exception.StatusCode;
            }
        }));
        Assert.Single(outcomes, status => status == StatusCode.OK);
        Assert.All(outcomes.Where(status => status != StatusCode.OK), status => Assert.Equal(StatusCode.Aborted, status));
        var final = await new MunicipalityService.MunicipalityServiceClient(first.Channel)
            .GetMunicipalityAsync(new GetMunicipalityRequest { Code = code }, first.AsAdmin());
        Assert.Equal(41, final.LocalAreas.Count);
    }
}
