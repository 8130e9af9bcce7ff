using System.ComponentModel.DataAnnotations;

namespace Platform.Host.Configuration;

/// <summary>The Orleans cluster this host's silo joins (development clustering on loopback).</summary>
public sealed class ClusterOptions
{
    [Required]
    public string ClusterId { get; set; } = "platform";

    /// <summary>Stable across restarts, so durable state keeps its identity.</summary>
    [Required]
    public string ServiceId { get; set; } = "partnership-platform";

    [Range(1, 65535)]
    public int SiloPort { get; set; } = 11111;

    [Range(1, 65535)]
    public int GatewayPort { get; set; } = 30000;

    /// <summary>The silo port of the first host; empty for the first host itself.</summary>
    public int? PrimarySiloPort { get; set; }
}
