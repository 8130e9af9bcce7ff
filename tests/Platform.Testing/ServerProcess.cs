using System.Diagnostics;
using System.Net.Sockets;

namespace Platform.Testing;

/// <summary>Runs a command to completion, and waits for a server to accept connections on loopback.</summary>
public static class ServerProcess
{
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

    public static async Task WaitUntilListeningAsync(int port, TimeSpan timeout)
    {
        using var deadline = new CancellationTokenSource(timeout);
        while (true)
        {
            try
            {
                using var client = new TcpClient();
                await client.ConnectAsync("127.0.0.1", port, deadline.Token);
                return;
            }
            catch (SocketException)
            {
                await Task.Delay(50, deadline.Token);
            }
        }
    }

    /// <summary>PostgreSQL refuses to run as root: as root, run its tools as the postgres user.</summary>
    public static (string FileName, string[] Arguments) AsPostgresUser(string tool, params string[] arguments) =>
        Environment.UserName == "root" ? ("runuser", ["-u", "postgres", "--", tool, .. arguments]) : (tool, arguments);
}
