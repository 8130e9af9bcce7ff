using System.Diagnostics;
using Platform.Testing;

namespace Platform.Core.Tests.Administration;

/// <summary>The admin CLI as an administrator runs it: its own process, talking gRPC to a host.</summary>
internal static class AdminCli
{
    /// <summary>Runs the CLI against the platform, signing its admin token with the platform's key.</summary>
    public static Task<CliRun> RunAsync(TestPlatform platform, params string[] arguments) =>
        RunAgainstAsync(platform.Address, platform.DataDirectory, arguments);

    public static async Task<CliRun> RunAgainstAsync(Uri host, string dataDirectory, params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(Path.Combine(TestModules.BuildOutputOf("host/Platform.Admin"), "platform-admin.dll"));
        foreach (var argument in new[] { "--host", host.ToString(), "--data-dir", dataDirectory }.Concat(arguments))
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment.Remove("PLATFORM_TOKEN");
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return new CliRun(process.ExitCode, await output, await error);
    }
}

/// <summary>What one run of the CLI printed, and its exit code.</summary>
internal sealed record CliRun(int ExitCode, string Output, string Error)
{
    /// <summary>The lines printed on standard error, without empty ones.</summary>
    public string[] ErrorLines => Error.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
