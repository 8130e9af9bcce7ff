using System.Diagnostics;
using Grpc.Core;
using Grpc.Health.V1;
using Grpc.Net.Client;
using Platform.Identity;

namespace Platform.Testing;

/// <summary>A host in a process of its own (the built Platform.Host.dll), so a test can kill it like a crashed machine.</summary>
public sealed class HostProcess : IAsyncDisposable
{
    private readonly Process process;
    private readonly LocalTokenIssuer issuer;
    private readonly string logPath;

    private HostProcess(Process process, int port, string dataDirectory, string logPath)
    {
        this.process = process;
        this.logPath = logPath;
        Channel = GrpcChannel.ForAddress($"http://127.0.0.1:{port}");
        issuer = new LocalTokenIssuer(LocalSigningKey.LoadOrCreate(dataDirectory));
        MunicipalityCodes = MunicipalityCodes.Of(dataDirectory);
    }

    public GrpcChannel Channel { get; }

    /// <summary>The municipality codes for the tests of this host and of every host sharing its data directory.</summary>
    public MunicipalityCodes MunicipalityCodes { get; }

    /// <summary>The host's process id; its job worker's lease owner names it.</summary>
    public int ProcessId => process.Id;

    public static async Task<HostProcess> StartAsync(string dataDirectory, int siloPort, params string[] settings)
    {
        var port = FreePorts.Next();
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        string[] arguments =
        [
            Path.Combine(AppContext.BaseDirectory, "Platform.Host.dll"),
            $"--Platform:DataDirectory={dataDirectory}",
            $"--Platform:ModulesDirectory={TestModules.Path}",
            $"--Platform:Port={port}",
            $"--Platform:WebPort={FreePorts.Next()}",
            $"--Platform:Cluster:SiloPort={siloPort}",
            "--Logging:LogLevel:Default=Warning",
            .. settings,
        ];
        arguments.ToList().ForEach(start.ArgumentList.Add);
        var process = Process.Start(start)!;
        var logPath = Path.Combine(dataDirectory, $"host-{siloPort}-{process.Id}.log");
        var log = new StreamWriter(logPath) { AutoFlush = true };
        process.OutputDataReceived += (_, line) => Write(log, line.Data);
        process.ErrorDataReceived += (_, line) => Write(log, line.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var host = new HostProcess(process, port, dataDirectory, logPath);
        await host.WaitUntilServingAsync();
        return host;
    }

    public CallOptions AsAdmin() =>
        new(new Metadata { { "authorization", "Bearer " + issuer.Issue("test-admin", [RoleGrant.Admin], TimeSpan.FromMinutes(10)) } },
            DateTime.UtcNow.AddSeconds(10));

    /// <summary>SIGKILL: the process ends at once, like a machine losing power.</summary>
    public void Kill() => process.Kill(entireProcessTree: true);

    /// <summary>SIGTERM: the host shuts down gracefully; returns when it has exited.</summary>
    public async Task TerminateAsync()
    {
        using var kill = Process.Start("kill", ["-TERM", process.Id.ToString()]);
        await kill.WaitForExitAsync();
        await process.WaitForExitAsync();
    }

    public async ValueTask DisposeAsync()
    {
        Channel.Dispose();
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }

        process.Dispose();
    }

    private Task WaitUntilServingAsync()
    {
        var health = new Health.HealthClient(Channel);
        return Poll.UntilAsync("the host process to serve", async () =>
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException(
                    $"The host process exited with {process.ExitCode} before serving. The end of its log ({logPath}):\n{LogTail(logPath)}");
            }

            // Until the host listens, the check meets UNAVAILABLE, which Poll takes for "not yet".
            return (await health.CheckAsync(new HealthCheckRequest(), deadline: DateTime.UtcNow.AddSeconds(10))).Status;
        }, status => status == HealthCheckResponse.Types.ServingStatus.Serving, TimeSpan.FromSeconds(60));
    }

    /// <summary>The log's last lines, read while the test's writer still holds the file open.</summary>
    private static string LogTail(string path)
    {
        using var reader = new StreamReader(new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite));
        var lines = reader.ReadToEnd().Split('\n');
        return string.Join('\n', lines.TakeLast(40));
    }

    private static void Write(StreamWriter log, string? line)
    {
        if (line is not null)
        {
            lock (log)
            {
                log.WriteLine(line);
            }
        }
    }
}
