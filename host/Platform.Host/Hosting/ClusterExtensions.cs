using System.Net;
using Orleans.Configuration;
using Platform.Host.Configuration;
using StackExchange.Redis;

namespace Platform.Host.Hosting;

public static class ClusterExtensions
{
    /// <summary>Orleans opens no gateway listener for gateway port 0.</summary>
    private const int NoGateway = 0;

    /// <summary>
    /// Joins the cluster the options name: development clustering on loopback, or Redis membership. The silo opens no
    /// Orleans gateway (port 0): nothing is an Orleans client, because the gRPC host runs inside the silo, so the only
    /// Orleans port is the silo port between the hosts, with mutual TLS when <c>Tls</c> is on (<see cref="ClusterTls"/>).
    /// </summary>
    public static ISiloBuilder UsePlatformCluster(this ISiloBuilder silo, Configuration.ClusterOptions cluster)
    {
        silo.UseClusterTls(cluster.Tls);
        silo.Configure<ClusterMembershipOptions>(membership =>
        {
            membership.ProbeTimeout = cluster.ProbeTimeout;
            membership.NumMissedProbesLimit = cluster.MissedProbesLimit;
            membership.NumVotesForDeathDeclaration = cluster.DeathVotes;
            membership.TableRefreshTimeout = cluster.TableRefreshTimeout;
        });
        if (cluster.Membership == ClusterMembership.Development)
        {
            return silo.UseLocalhostClustering(
                cluster.SiloPort,
                NoGateway,
                cluster.PrimarySiloPort is { } primary ? new IPEndPoint(IPAddress.Loopback, primary) : null,
                cluster.ServiceId,
                cluster.ClusterId);
        }

        silo.Configure<Orleans.Configuration.ClusterOptions>(options =>
        {
            options.ClusterId = cluster.ClusterId;
            options.ServiceId = cluster.ServiceId;
        });
        silo.UseRedisClustering(redis => redis.ConfigurationOptions = ConfigurationOptions.Parse(cluster.RedisConnectionString!));
        if (cluster.Membership == ClusterMembership.Kubernetes)
        {
            silo.UseKubernetesHosting();
            silo.Services.PostConfigure<EndpointOptions>(endpoints => endpoints.GatewayPort = NoGateway);
            return silo;
        }

        return silo.Configure<EndpointOptions>(endpoints =>
        {
            endpoints.SiloPort = cluster.SiloPort;
            endpoints.GatewayPort = NoGateway;
            endpoints.AdvertisedIPAddress = cluster.AdvertisedIPAddress is { } address ? IPAddress.Parse(address) : IPAddress.Loopback;
        });
    }
}
