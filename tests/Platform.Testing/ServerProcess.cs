using System.Diagnostics;
using System.Net.Sockets;

namespace Platform.Testing;

/// <summary>
/// Runs a command to completion, waits for a server to accept connections on loopback, and stops the servers a test run
/// starts when the run ends, however it ends.
/// </summary>
public static class ServerProcess
{
    /// <summary>
    /// A folder name for a server of this run: tests/run-all.sh sets PLATFORM_TEST_RUN and checks at the end that no
    /// server of its run is left.
    /// </summary>
    public static string RunFolder(string kind) =>
        $"platform-{kind}-{Environment.GetEnvironmentVariable("PLATFORM_TEST_RUN") ?? "local"}-{Guid.NewGuid():N}";

    /// <summary>
    /// Runs <paramref name="stopCommand"/> (a shell command) once this test process is gone: a watcher process polls
    /// it, so a server stops also when the test host is killed or crashes, when no exit handler of ours would run.
    /// </summary>
    public static void StopWhenThisProcessEnds(string stopCommand)
    {
        var start = new ProcessStartInfo("sh") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add($"while kill -0 {Environment.ProcessId} 2>/dev/null; do sleep 0.5; done; {stopCommand}");
        Process.Start(start);
    }

    public static async Task RunAsync(string fileName, params string[] arguments)
    {
        var start = new ProcessStartInfo(fileName) { RedirectStandardOutput = true, RedirectStandardError = true };
        arguments.ToList().ForEach(start.ArgumentList.Add);
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"'{fileName} {string.Join(' ', arguments)}' exited with {process.ExitCode}: {await output}{await error}");
        }
    }

    public static Task WaitUntilListeningAsync(int port, TimeSpan timeout) =>
        Poll.UntilAsync($"a server to listen on port {port}", async () =>
        {
            try
            {
                using var client = new TcpClient();
                await client.ConnectAsync("127.0.0.1", port);
                return SocketError.Success;
            }
            catch (SocketException exception)
            {
                return exception.SocketErrorCode;
            }
        }, error => error == SocketError.Success, timeout);

    /// <summary>PostgreSQL refuses to run as root: as root, run its tools as the postgres user.</summary>
    public static (string FileName, string[] Arguments) AsPostgresUser(string tool, params string[] arguments) =>
        Environment.UserName == "root" ? ("runuser", ["-u", "postgres", "--", tool, .. arguments]) : (tool, arguments);
}
