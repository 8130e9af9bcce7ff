using Grpc.Core;
using Grpc.Net.Client;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Platform.Host.Hosting;
using Platform.Identity;

namespace Platform.Testing;

/// <summary>A real host on loopback: Kestrel on a free port, an Orleans silo, the worker, and the test modules.</summary>
public sealed class TestPlatform : IAsyncDisposable
{
    private readonly WebApplication app;
    private readonly LocalTokenIssuer issuer;

    private TestPlatform(WebApplication app, Uri address, string dataDirectory, int siloPort, CapturedLogs logs)
    {
        this.app = app;
        Logs = logs;
        Address = address;
        DataDirectory = dataDirectory;
        SiloPort = siloPort;
        MunicipalityCodes = MunicipalityCodes.Of(dataDirectory);
        Channel = GrpcChannel.ForAddress(address);
        issuer = new LocalTokenIssuer(LocalSigningKey.LoadOrCreate(dataDirectory));
    }

    public GrpcChannel Channel { get; }

    public Uri Address { get; }

    /// <summary>The web listener (HTTP/1.1) serving modules' pages and feeds.</summary>
    public Uri WebAddress => app.Services.GetRequiredService<PlatformEndpoints>().Web;

    public string DataDirectory { get; }

    /// <summary>The municipality codes for the tests of this host and of every host sharing its data directory.</summary>
    public MunicipalityCodes MunicipalityCodes { get; }

    public int SiloPort { get; }

    /// <summary>What the host has logged since it was built, at the levels the settings let through.</summary>
    public CapturedLogs Logs { get; }

    public IServiceProvider Services => app.Services;

    public static string NewDataDirectory() =>
        Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), "platform-test-" + Guid.NewGuid().ToString("N"))).FullName;

    /// <summary>Starts a host. Pass the data directory of an earlier host to restart it, or the silo port of a first host to join its cluster.</summary>
    public static Task<TestPlatform> StartAsync(string? dataDirectory = null, int? primarySiloPort = null, params string[] settings) =>
        StartAsync(dataDirectory, primarySiloPort, CancellationToken.None, settings);

    /// <summary>Starts a host that gives up starting when <paramref name="cancellationToken"/> is cancelled (a silo that cannot join).</summary>
    public static async Task<TestPlatform> StartAsync(string? dataDirectory, int? primarySiloPort, CancellationToken cancellationToken, params string[] settings)
    {
        dataDirectory ??= NewDataDirectory();
        var siloPort = FreePorts.Next();
        string[] args =
        [
            $"--Platform:DataDirectory={dataDirectory}",
            $"--Platform:ModulesDirectory={TestModules.Path}",
            "--Platform:Port=0",
            "--Platform:WebPort=0",
            $"--Platform:Cluster:SiloPort={siloPort}",
            .. primarySiloPort is { } primary ? [$"--Platform:Cluster:PrimarySiloPort={primary}"] : Array.Empty<string>(),
            "--Platform:Jobs:PollInterval=00:00:00.200",
            "--Platform:Jobs:RetryBackoff=00:00:00",
            // Tests run schedules every second; the floor's own test sets it back.
            "--Platform:Jobs:MinimumScheduleInterval=00:00:00",
            "--Logging:LogLevel:Default=Warning",
            "--Logging:LogLevel:Platform=Information",
            .. settings,
        ];
        var app = PlatformApplication.Build(args);
        var logs = new CapturedLogs();
        app.Services.GetRequiredService<ILoggerFactory>().AddProvider(logs);
        try
        {
            var address = await app.StartPlatformAsync(cancellationToken);
            return new TestPlatform(app, address, dataDirectory, siloPort, logs);
        }
        catch (OperationCanceledException)
        {
            await app.DisposeAsync();
            throw;
        }
    }

    /// <summary>Call options carrying a token with the given grants.</summary>
    public CallOptions As(params RoleGrant[] grants) =>
        new(new Metadata { { "authorization", "Bearer " + issuer.Issue("test-" + string.Join("-", grants), grants, TimeSpan.FromMinutes(10)) } },
            DateTime.UtcNow.AddSeconds(30));

    public CallOptions AsAdmin() => As(RoleGrant.Admin);

    public async ValueTask DisposeAsync()
    {
        Channel.Dispose();
        await app.StopAsync();
        await app.DisposeAsync();
    }
}
