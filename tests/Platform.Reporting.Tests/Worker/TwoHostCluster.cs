using Platform.Contracts.Core.V1;
using Platform.Testing;

namespace Platform.Reporting.Tests.Worker;

/// <summary>Two host processes sharing one real PostgreSQL database and a real Redis membership table, with a short job lease.</summary>
public sealed class TwoHostCluster : IAsyncDisposable
{
    private readonly List<HostProcess> hosts = [];

    private TwoHostCluster(string connectionString, string[] settings, string dataDirectory)
    {
        Jobs = new JobTable(connectionString);
        Settings = settings;
        DataDirectory = dataDirectory;
    }

    public JobTable Jobs { get; }

    public HostProcess A => hosts[0];

    public HostProcess B => hosts[1];

    private string[] Settings { get; }

    private string DataDirectory { get; }

    public static async Task<TwoHostCluster> StartAsync()
    {
        var connectionString = await PostgresServer.NewDatabaseAsync();
        string[] settings =
        [
            "--Platform:Database:Provider=PostgreSql",
            $"--Platform:Database:ConnectionString={connectionString}",
            .. await ClusterSettings.RedisMembershipAsync("jobs"),
            "--Platform:Jobs:Concurrency=4",
            "--Platform:Jobs:PollInterval=00:00:00.200",
            "--Platform:Jobs:Lease=00:00:03",
            "--Platform:Jobs:RetryBackoff=00:00:00.200",
        ];
        var cluster = new TwoHostCluster(connectionString, settings, TestPlatform.NewDataDirectory());
        cluster.hosts.Add(await HostProcess.StartAsync(cluster.DataDirectory, FreePorts.Next(), settings));
        cluster.hosts.Add(await HostProcess.StartAsync(cluster.DataDirectory, FreePorts.Next(), settings));
        return cluster;
    }

    /// <summary>A new partnership with the given members, created through host A.</summary>
    public async Task<string> PartnershipWithMembersAsync(params string[] codes)
    {
        var partnerships = new PartnershipService.PartnershipServiceClient(A.Channel);
        var id = "jobs-" + Guid.NewGuid().ToString("N")[..8];
        await partnerships.CreatePartnershipAsync(new CreatePartnershipRequest { Id = id, Name = "Jobs", CentreName = "Centre" }, A.AsAdmin());
        foreach (var code in codes)
        {
            await partnerships.OnboardMunicipalityAsync(new OnboardMunicipalityRequest { PartnershipId = id, MunicipalityCode = code }, A.AsAdmin());
        }

        return id;
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var host in hosts)
        {
            await host.DisposeAsync();
        }
    }
}
