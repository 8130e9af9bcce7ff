using System.Diagnostics;

namespace Platform.Testing;

/// <summary>A throwaway Redis server (Debian's redis-server, installed by tests/run-all.sh) on a free loopback port.</summary>
public static class RedisServer
{
    private static readonly Lazy<Task<string>> Started = new(StartAsync);

    public static Task<string> ConnectionStringAsync() => Started.Value;

    private static async Task<string> StartAsync()
    {
        var port = FreePorts.Next();
        var directory = Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), ServerProcess.RunFolder("redis"))).FullName;
        var start = new ProcessStartInfo("redis-server") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in new[] { "--port", port.ToString(), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no", "--dir", directory })
        {
            start.ArgumentList.Add(argument);
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException("redis-server did not start: run tests/run-all.sh, which installs it.");
        process.OutputDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        ServerProcess.StopWhenThisProcessEnds($"kill {process.Id}");
        await ServerProcess.WaitUntilListeningAsync(port, TimeSpan.FromSeconds(30));
        return $"127.0.0.1:{port}";
    }
}
