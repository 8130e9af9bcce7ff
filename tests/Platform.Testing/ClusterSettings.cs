namespace Platform.Testing;

/// <summary>Host settings for a cluster of host processes with Redis membership and quick failure detection.</summary>
public static class ClusterSettings
{
    /// <summary>
    /// A new cluster id on the shared test Redis. Failure detection is quick enough to see a dead host within seconds
    /// and slack enough that a busy, starting host is not voted dead on a loaded 2-core machine.
    /// </summary>
    public static async Task<string[]> RedisMembershipAsync(string clusterIdPrefix) =>
    [
        "--Platform:Cluster:Membership=Redis",
        $"--Platform:Cluster:RedisConnectionString={await RedisServer.ConnectionStringAsync()}",
        $"--Platform:Cluster:ClusterId={clusterIdPrefix}-{Guid.NewGuid():N}",
        "--Platform:Cluster:ProbeTimeout=00:00:02",
        "--Platform:Cluster:MissedProbesLimit=3",
        "--Platform:Cluster:DeathVotes=1",
        "--Platform:Cluster:TableRefreshTimeout=00:00:02",
    ];
}
