using System.Globalization;
using Grpc.Core;
using Grpc.Net.Client;
using Platform.Benchmarks.V1;
using Platform.DataGenerator;
using Platform.Identity;

namespace Platform.Benchmarks;

/// <summary>
/// The report benchmark alone, on its own host: the bare gRPC baseline, then <see cref="ReportBenchmark"/> at national
/// scale times a factor. <c>dotnet run -c Release --project tests/Platform.Benchmarks -- report [scale, default 0.1; 1 is national]</c>.
/// </summary>
public static class ReportOnlyBenchmark
{
    public const double DefaultScale = 0.1;

    public static async Task RunAsync(string[] args)
    {
        var scale = args.Length > 0 ? double.Parse(args[0], CultureInfo.InvariantCulture) : DefaultScale;
        var (noopApp, noopAddress) = await NoopServer.StartAsync();
        var dataDirectory = Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), "platform-bench-" + Guid.NewGuid().ToString("N"))).FullName;
        var modulesDirectory = BenchmarkModules.Install();
        var (app, address) = await BenchmarkHost.StartAsync(dataDirectory, modulesDirectory, 11511, primarySiloPort: null);
        using var noopChannel = GrpcChannel.ForAddress(noopAddress);
        using var channel = GrpcChannel.ForAddress(address);
        var admin = new Metadata { { "authorization", "Bearer " + new LocalTokenIssuer(LocalSigningKey.LoadOrCreate(dataDirectory)).Issue("bench-admin", [RoleGrant.Admin], TimeSpan.FromHours(4)) } };

        Console.WriteLine($"Machine: {Machine.Describe()}");
        var noop = new Noop.NoopClient(noopChannel);
        var bare = await LoadRun.CallsPerSecondAsync(() => noop.CallAsync(new NoopMessage { Code = "0183" }).ResponseAsync, 64, TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(5));
        Console.WriteLine($"{"Bare gRPC no-op call (baseline)",-46} {bare,10:N0} calls/s");
        var bareCallMilliseconds = await LoadRun.MillisecondsPerCallAsync(() => noop.CallAsync(new NoopMessage { Code = "0183" }).ResponseAsync, 2000);
        Console.WriteLine($"{"Bare gRPC no-op call, one caller (baseline)",-46} {bareCallMilliseconds,10:N3} ms per call");
        await ReportBenchmark.RunAsync(channel, admin, Path.Combine(dataDirectory, "platform.db"), DataSetSize.Scaled(scale), bareCallMilliseconds);

        await app.StopAsync();
        await noopApp.StopAsync();
        Directory.Delete(dataDirectory, recursive: true);
        Directory.Delete(modulesDirectory, recursive: true);
    }
}
