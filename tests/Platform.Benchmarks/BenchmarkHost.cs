using Microsoft.AspNetCore.Builder;
using Platform.Host.Hosting;

namespace Platform.Benchmarks;

/// <summary>A platform host in this process on loopback, with its own silo.</summary>
public static class BenchmarkHost
{
    public static async Task<(WebApplication App, Uri Address)> StartAsync(string dataDirectory, int siloPort, int? primarySiloPort, params string[] settings)
    {
        var app = PlatformApplication.Build(
        [
            $"--Platform:DataDirectory={dataDirectory}",
            $"--Platform:ModulesDirectory={ModulesDirectory()}",
            "--Platform:Port=0",
            "--Platform:WebPort=0",
            $"--Platform:Cluster:SiloPort={siloPort}",
            $"--Platform:Cluster:GatewayPort={siloPort + 1000}",
            .. primarySiloPort is { } primary ? [$"--Platform:Cluster:PrimarySiloPort={primary}"] : Array.Empty<string>(),
            "--Logging:LogLevel:Default=Warning",
            .. settings,
        ]);
        return (app, await app.StartPlatformAsync(CancellationToken.None));
    }

    /// <summary>The modules the host's own build installed (same configuration as this benchmark).</summary>
    private static string ModulesDirectory()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (!File.Exists(Path.Combine(directory.FullName, "Platform.sln")))
        {
            directory = directory.Parent ?? throw new InvalidOperationException("Run the benchmark from the repository's build output.");
        }

        var configuration = Path.GetFileName(Path.GetDirectoryName(Path.TrimEndingDirectorySeparator(AppContext.BaseDirectory))) ?? "Release";
        return Path.Combine(directory.FullName, "host", "Platform.Host", "bin", configuration, "net10.0", "modules");
    }
}
