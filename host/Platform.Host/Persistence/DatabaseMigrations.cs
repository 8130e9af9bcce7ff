using System.Diagnostics;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;
using Platform.Host.Configuration;
using Platform.Identity;
using Platform.Sdk.Data;

namespace Platform.Host.Persistence;

/// <summary>Applies the migrations of the core and of every loaded module, before the host serves any call.</summary>
public static class DatabaseMigrations
{
    public static async Task MigrateDatabasesAsync(this IServiceProvider services, CancellationToken cancellationToken)
    {
        var options = services.GetRequiredService<IOptions<PlatformOptions>>().Value;
        var logger = services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(DatabaseMigrations));
        var connection = options.ResolveDatabase();
        if (connection.Provider == DatabaseProvider.Sqlite)
        {
            await UseWriteAheadLogAsync(connection.ConnectionString, cancellationToken);
        }

        foreach (var migrator in services.GetServices<IModelMigrator>())
        {
            var stopwatch = Stopwatch.StartNew();
            await migrator.MigrateAsync(cancellationToken);
            logger.LogInformation(
                "Migrated model {Model} on {Provider} in {ElapsedMs} ms", migrator.ModelName, connection.Provider, stopwatch.ElapsedMilliseconds);
        }

        if (connection.Provider == DatabaseProvider.Sqlite)
        {
            await SqliteStatistics.RefreshAsync(connection.ConnectionString, cancellationToken);
        }
    }

    /// <summary>
    /// Lets several hosts and readers share one SQLite file while one of them writes. A directory made for the file is
    /// private, and the file and its log are its owner's alone (they hold names and e-mail addresses).
    /// </summary>
    private static async Task UseWriteAheadLogAsync(string connectionString, CancellationToken cancellationToken)
    {
        var file = Path.GetFullPath(new SqliteConnectionStringBuilder(connectionString).DataSource);
        if (Path.GetDirectoryName(file) is { } directory && !Directory.Exists(directory))
        {
            PrivateFiles.EnsureDirectory(directory);
        }

        // SQLite gives its log files the database file's mode, so the file is made private before SQLite makes it.
        PrivateFiles.CreateIfMissing(file);
        PrivateFiles.Restrict(file);
        await using (var sqlite = new SqliteConnection(connectionString))
        {
            await sqlite.OpenAsync(cancellationToken);
            await using var command = sqlite.CreateCommand();
            command.CommandText = "PRAGMA journal_mode=WAL;";
            await command.ExecuteNonQueryAsync(cancellationToken);
        }

        PrivateFiles.Restrict(file + "-wal", file + "-shm");
    }
}
