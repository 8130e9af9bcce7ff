namespace Platform.Testing;

/// <summary>
/// A throwaway PostgreSQL server for the test run (Debian's package, installed by tests/run-all.sh): a fresh cluster in a
/// temporary directory, on a free loopback port, stopped when the test process ends.
/// </summary>
public static class PostgresServer
{
    private static readonly Lazy<Task<int>> Started = new(StartAsync);

    /// <summary>A connection string to a new, empty database on the shared server (EF Core creates it on migrate).</summary>
    public static async Task<string> NewDatabaseAsync() =>
        $"Host=127.0.0.1;Port={await Started.Value};Username=postgres;Database=platform_{Guid.NewGuid():N};Include Error Detail=true";

    private static async Task<int> StartAsync()
    {
        var bin = Directory.GetDirectories("/usr/lib/postgresql").Select(version => Path.Combine(version, "bin"))
            .FirstOrDefault(path => File.Exists(Path.Combine(path, "initdb")))
            ?? throw new InvalidOperationException("PostgreSQL is not installed: run tests/run-all.sh, which installs it.");
        var directory = Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), ServerProcess.RunFolder("pg"))).FullName;
        if (Environment.UserName == "root")
        {
            await ServerProcess.RunAsync("chown", "postgres:postgres", directory);
        }

        var data = Path.Combine(directory, "data");
        var port = FreePorts.Next();
        await Run(Path.Combine(bin, "initdb"), "-D", data, "-A", "trust", "-U", "postgres", "--no-sync");
        await Run(Path.Combine(bin, "pg_ctl"), "-D", data, "-w", "-l", Path.Combine(directory, "server.log"), "-o",
            $"-p {port} -k {directory} -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=300", "start");
        var (stop, stopArguments) = ServerProcess.AsPostgresUser(Path.Combine(bin, "pg_ctl"), "-D", data, "-m", "immediate", "stop");
        ServerProcess.StopWhenThisProcessEnds($"{stop} {string.Join(' ', stopArguments)}");
        return port;
    }

    private static Task Run(string tool, params string[] arguments)
    {
        var (fileName, args) = ServerProcess.AsPostgresUser(tool, arguments);
        return ServerProcess.RunAsync(fileName, args);
    }
}
