using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;
using Platform.Host.Configuration;
using Platform.Sdk.Data;

namespace Platform.Host.Persistence;

/// <summary>
/// Refreshes SQLite's planner statistics (ANALYZE, sampling at most 1,000 rows per index) at start and then at an
/// interval, so queries keep using the selective index as tables grow. Other providers gather statistics themselves.
/// </summary>
public sealed class SqliteStatistics(IOptions<PlatformOptions> options, ILogger<SqliteStatistics> logger) : BackgroundService
{
    public static async Task RefreshAsync(string connectionString, CancellationToken cancellationToken)
    {
        await using var sqlite = new SqliteConnection(connectionString);
        await sqlite.OpenAsync(cancellationToken);
        await using var command = sqlite.CreateCommand();
        command.CommandText = "PRAGMA analysis_limit=1000; ANALYZE;";
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var database = options.Value.ResolveDatabase();
        if (database.Provider != DatabaseProvider.Sqlite)
        {
            return;
        }

        using var timer = new PeriodicTimer(options.Value.Database.SqliteStatisticsInterval);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await RefreshAsync(database.ConnectionString, stoppingToken);
            }
            catch (SqliteException exception)
            {
                // A busy database is tried again at the next tick; the statistics only steer the planner.
                logger.LogWarning(exception, "Refreshing SQLite statistics failed; retrying in {Interval}", options.Value.Database.SqliteStatisticsInterval);
            }
        }
    }
}
