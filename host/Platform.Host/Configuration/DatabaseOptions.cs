using Platform.Sdk.Data;

namespace Platform.Host.Configuration;

public sealed class DatabaseOptions
{
    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;

    /// <summary>Empty means the embedded default: <c>platform.db</c> in the data directory.</summary>
    public string? ConnectionString { get; set; }
}
