using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Options;

namespace Platform.Host.Configuration;

/// <summary>The Orleans cluster this host's silo joins.</summary>
public sealed class ClusterOptions : IValidatableObject
{
    public ClusterMembership Membership { get; set; } = ClusterMembership.Development;

    [Required]
    public string ClusterId { get; set; } = "platform";

    /// <summary>Stable across restarts, so durable state keeps its identity.</summary>
    [Required]
    public string ServiceId { get; set; } = "partnership-platform";

    [Range(1, 65535)]
    public int SiloPort { get; set; } = 11111;

    /// <summary>Development membership: the silo port of the first host; empty for the first host itself.</summary>
    public int? PrimarySiloPort { get; set; }

    /// <summary>Redis and Kubernetes membership: the Redis server, e.g. "redis:6379".</summary>
    public string? RedisConnectionString { get; set; }

    /// <summary>Redis membership: the address other hosts reach this one at (default: loopback).</summary>
    public string? AdvertisedIPAddress { get; set; }

    /// <summary>How long a silo waits for a probe answer; with <see cref="MissedProbesLimit"/>, how fast a dead host is noticed.</summary>
    [Range(typeof(TimeSpan), "00:00:00.100", "00:05:00")]
    public TimeSpan ProbeTimeout { get; set; } = TimeSpan.FromSeconds(5);

    [Range(1, 10)]
    public int MissedProbesLimit { get; set; } = 3;

    /// <summary>Votes of other silos needed to declare a silo dead (fewer when fewer silos are alive).</summary>
    [Range(1, 10)]
    public int DeathVotes { get; set; } = 2;

    /// <summary>How often each silo re-reads the membership table.</summary>
    [Range(typeof(TimeSpan), "00:00:00.500", "00:10:00")]
    public TimeSpan TableRefreshTimeout { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>Mutual TLS between the silos; off by default, on in deploy/.</summary>
    [Required]
    [ValidateObjectMembers]
    public ClusterTlsOptions Tls { get; set; } = new();

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (Membership != ClusterMembership.Development && string.IsNullOrWhiteSpace(RedisConnectionString))
        {
            yield return new ValidationResult(
                $"Platform:Cluster:RedisConnectionString is required for {Membership} membership, e.g. \"redis:6379\".",
                [nameof(RedisConnectionString)]);
        }

        if (AdvertisedIPAddress is not null && !System.Net.IPAddress.TryParse(AdvertisedIPAddress, out _))
        {
            yield return new ValidationResult(
                $"Platform:Cluster:AdvertisedIPAddress '{AdvertisedIPAddress}' is not an IP address.", [nameof(AdvertisedIPAddress)]);
        }
    }
}
