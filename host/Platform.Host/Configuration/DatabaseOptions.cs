using System.ComponentModel.DataAnnotations;
using Platform.Sdk.Data;

namespace Platform.Host.Configuration;

public sealed class DatabaseOptions
{
    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;

    /// <summary>Empty means the embedded default: <c>platform.db</c> in the data directory.</summary>
    public string? ConnectionString { get; set; }

    /// <summary>
    /// How often SQLite's query planner statistics are refreshed (PostgreSQL and SQL Server keep their own). Without
    /// them SQLite takes the per-tenant index for selective, and a list of one municipality reads all its rows.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00")]
    public TimeSpan SqliteStatisticsInterval { get; set; } = TimeSpan.FromMinutes(10);
}
