using Microsoft.AspNetCore.Builder;
using Platform.Host.Hosting;

namespace Platform.Benchmarks;

/// <summary>A platform host in this process on loopback, with its own silo.</summary>
public static class BenchmarkHost
{
    public static async Task<(WebApplication App, Uri Address)> StartAsync(string dataDirectory, int siloPort, int? primarySiloPort)
    {
        var app = PlatformApplication.Build(
        [
            $"--Platform:DataDirectory={dataDirectory}",
            "--Platform:Port=0",
            "--Platform:WebPort=0",
            $"--Platform:ModulesDirectory={ModulesDirectory}",
            $"--Platform:Cluster:SiloPort={siloPort}",
            $"--Platform:Cluster:GatewayPort={siloPort + 1000}",
            .. primarySiloPort is { } primary ? [$"--Platform:Cluster:PrimarySiloPort={primary}"] : Array.Empty<string>(),
            "--Logging:LogLevel:Default=Warning",
        ]);
        return (app, await app.StartPlatformAsync(CancellationToken.None));
    }

    /// <summary>The modules the host's build installed (modules/ of this repository), so module calls can be measured.</summary>
    private static string ModulesDirectory
    {
        get
        {
            var directory = new DirectoryInfo(AppContext.BaseDirectory);
            while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Platform.sln")))
            {
                directory = directory.Parent;
            }

            var configuration = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar)).Parent!.Name;
            return Path.Combine(directory!.FullName, "host", "Platform.Host", "bin", configuration, "net10.0", "modules");
        }
    }
}
