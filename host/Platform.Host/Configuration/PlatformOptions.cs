using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Options;
using Platform.Sdk.Data;

namespace Platform.Host.Configuration;

/// <summary>The host's settings, section <c>Platform</c>; validated at start.</summary>
public sealed class PlatformOptions
{
    public const string Section = "Platform";

    /// <summary>Where the SQLite file and the local signing key live; relative paths are under the working directory.</summary>
    [Required]
    public string DataDirectory { get; set; } = "data";

    /// <summary>Where module folders are found; relative paths are under the host's own directory.</summary>
    [Required]
    public string ModulesDirectory { get; set; } = "modules";

    /// <summary>gRPC endpoint (HTTP/2 cleartext). Port 0 picks a free port.</summary>
    [Required]
    public string ListenAddress { get; set; } = "127.0.0.1";

    [Range(0, 65535)]
    public int Port { get; set; } = 5080;

    /// <summary>Web endpoint (HTTP/1.1) for browsers and calendar clients: modules' pages and feeds. Port 0 picks a free port.</summary>
    [Range(0, 65535)]
    public int WebPort { get; set; } = 5081;

    /// <summary>
    /// How many requests one client address may make to the public pages (answer pages, sign-up pages, notices) a
    /// minute, before any limit of a module's own. Generous, as a school class answers from one address.
    /// </summary>
    [Range(1, 1_000_000)]
    public int PublicRequestsPerMinute { get; set; } = 600;

    /// <summary>Whether a loaded module is on for a municipality that has no explicit switch for it.</summary>
    public bool ModulesEnabledByDefault { get; set; } = true;

    [Required]
    [ValidateObjectMembers]
    public DatabaseOptions Database { get; set; } = new();

    [Required]
    [ValidateObjectMembers]
    public ClusterOptions Cluster { get; set; } = new();

    [Required]
    [ValidateObjectMembers]
    public AuthenticationOptions Authentication { get; set; } = new();

    [Required]
    [ValidateObjectMembers]
    public JobOptions Jobs { get; set; } = new();

    [Required]
    [ValidateObjectMembers]
    public AuditOptions Audit { get; set; } = new();

    public string ResolveDataDirectory() => Path.GetFullPath(DataDirectory);

    public string ResolveModulesDirectory() => Path.GetFullPath(ModulesDirectory, AppContext.BaseDirectory);

    public DatabaseConnection ResolveDatabase() => new(
        Database.Provider,
        string.IsNullOrWhiteSpace(Database.ConnectionString)
            ? $"Data Source={Path.Combine(ResolveDataDirectory(), "platform.db")}"
            : Database.ConnectionString);
}
