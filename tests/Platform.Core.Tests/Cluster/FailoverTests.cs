using System.Collections.Concurrent;
using Grpc.Core;
using Platform.Contracts.Core.V1;
using Platform.Testing;

namespace Platform.Core.Tests.Cluster;

/// <summary>Two host processes on loopback sharing a real PostgreSQL database and a real Redis membership table.</summary>
public sealed class FailoverTests
{
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task After_kill_9_of_a_host_every_acknowledged_write_reads_back_through_the_other_and_writes_resume()
    {
        var settings = await ClusterSettingsAsync();
        var dataDirectory = TestPlatform.NewDataDirectory();
        var siloPortA = FreePorts.Next();
        await using var a = await HostProcess.StartAsync(dataDirectory, siloPortA, settings);
        await using var b = await HostProcess.StartAsync(dataDirectory, FreePorts.Next(), settings);
        var codes = a.MunicipalityCodes.Take(8);
        var afterKill = a.MunicipalityCodes.Take();
        var partnershipsA = new PartnershipService.PartnershipServiceClient(a.Channel);
        var id = "failover-" + Guid.NewGuid().ToString("N")[..8];
        await partnershipsA.CreatePartnershipAsync(new CreatePartnershipRequest { Id = id, Name = "Failover", CentreName = "Centre" }, a.AsAdmin());
        foreach (var code in codes)
        {
            await partnershipsA.OnboardMunicipalityAsync(new OnboardMunicipalityRequest { PartnershipId = id, MunicipalityCode = code }, a.AsAdmin());
            await new MunicipalityService.MunicipalityServiceClient(a.Channel).AddLocalAreaAsync(
                new AddLocalAreaRequest { Code = code, Name = "Area " + code }, a.AsAdmin());
        }

        a.Kill();

        var partnershipsB = new PartnershipService.PartnershipServiceClient(b.Channel);
        var partnership = await Poll.SucceedsAsync("the partnership through host B",
            () => partnershipsB.GetPartnershipAsync(new GetPartnershipRequest { Id = id }, b.AsAdmin()).ResponseAsync, Bound);
        Assert.Equal(codes, partnership.Members.Select(m => m.MunicipalityCode));
        foreach (var code in codes)
        {
            var municipality = await Poll.SucceedsAsync($"municipality {code} through host B", () => new MunicipalityService.MunicipalityServiceClient(b.Channel)
                .GetMunicipalityAsync(new GetMunicipalityRequest { Code = code }, b.AsAdmin()).ResponseAsync, Bound);
            Assert.Equal(["Area " + code], municipality.LocalAreas.Select(area => area.Name));
        }

        var resumed = await Poll.SucceedsAsync("an onboarding through host B", () => partnershipsB.OnboardMunicipalityAsync(
            new OnboardMunicipalityRequest { PartnershipId = id, MunicipalityCode = afterKill }, b.AsAdmin()).ResponseAsync, Bound);
        Assert.Equal(codes.Length + 1, resumed.Members.Count);

        await using var restarted = await HostProcess.StartAsync(dataDirectory, siloPortA, settings);
        var throughRestarted = await Poll.SucceedsAsync("the partnership through the restarted host", () => new PartnershipService.PartnershipServiceClient(restarted.Channel)
            .GetPartnershipAsync(new GetPartnershipRequest { Id = id }, restarted.AsAdmin()).ResponseAsync, Bound);
        Assert.Contains(throughRestarted.Members, m => m.MunicipalityCode == afterKill);
    }

    [Fact]
    public async Task A_SIGTERM_shutdown_loses_no_acknowledged_call_and_fails_the_rest_as_unavailable()
    {
        var settings = await ClusterSettingsAsync();
        var dataDirectory = TestPlatform.NewDataDirectory();
        await using var a = await HostProcess.StartAsync(dataDirectory, FreePorts.Next(), settings);
        await using var b = await HostProcess.StartAsync(dataDirectory, FreePorts.Next(), settings);
        var code = a.MunicipalityCodes.Take();
        var id = "sigterm-" + Guid.NewGuid().ToString("N")[..8];
        var partnershipsA = new PartnershipService.PartnershipServiceClient(a.Channel);
        await partnershipsA.CreatePartnershipAsync(new CreatePartnershipRequest { Id = id, Name = "Sigterm", CentreName = "Centre" }, a.AsAdmin());
        await partnershipsA.OnboardMunicipalityAsync(new OnboardMunicipalityRequest { PartnershipId = id, MunicipalityCode = code }, a.AsAdmin());

        var acknowledged = new ConcurrentBag<string>();
        var refused = new ConcurrentBag<StatusCode>();
        var municipalitiesA = new MunicipalityService.MunicipalityServiceClient(a.Channel);
        var firstAcknowledged = new TaskCompletionSource();
        var writes = Enumerable.Range(0, 200).Select(async i =>
        {
            var name = $"Område {i}";
            try
            {
                await municipalitiesA.AddLocalAreaAsync(new AddLocalAreaRequest { Code = code, Name = name }, a.AsAdmin());
                acknowledged.Add(name);
                firstAcknowledged.TrySetResult();
            }
            catch (RpcException exception)
            {
                refused.Add(exception.StatusCode);
            }
        }).ToList();
        await firstAcknowledged.Task;
        await a.TerminateAsync();
        await Task.WhenAll(writes);

        var stored = await Poll.SucceedsAsync("the municipality through host B", () => new MunicipalityService.MunicipalityServiceClient(b.Channel)
            .GetMunicipalityAsync(new GetMunicipalityRequest { Code = code }, b.AsAdmin()).ResponseAsync, Bound);
        Assert.NotEmpty(acknowledged);
        Assert.Subset(stored.LocalAreas.Select(area => area.Name).ToHashSet(), acknowledged.ToHashSet());
        Assert.All(refused, status => Assert.Equal(StatusCode.Unavailable, status));
    }

    private static async Task<string[]> ClusterSettingsAsync() =>
    [
        .. await TestDatabases.NewDatabaseAsync(Platform.Sdk.Data.DatabaseProvider.PostgreSql),
        .. await ClusterSettings.RedisMembershipAsync("failover"),
    ];
}
