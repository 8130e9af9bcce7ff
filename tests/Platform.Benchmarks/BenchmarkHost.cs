using Microsoft.AspNetCore.Builder;
using Platform.Host.Hosting;

namespace Platform.Benchmarks;

/// <summary>A platform host in this process on loopback, with its own silo.</summary>
public static class BenchmarkHost
{
    public static async Task<(WebApplication App, Uri Address)> StartAsync(string dataDirectory, string modulesDirectory, int siloPort, int? primarySiloPort, params string[] settings)
    {
        var app = PlatformApplication.Build(
        [
            $"--Platform:DataDirectory={dataDirectory}",
            $"--Platform:ModulesDirectory={modulesDirectory}",
            "--Platform:Port=0",
            "--Platform:WebPort=0",
            $"--Platform:Cluster:SiloPort={siloPort}",
            .. primarySiloPort is { } primary ? [$"--Platform:Cluster:PrimarySiloPort={primary}"] : Array.Empty<string>(),
            "--Logging:LogLevel:Default=Warning",
            .. settings,
        ]);
        return (app, await app.StartPlatformAsync(CancellationToken.None));
    }
}
