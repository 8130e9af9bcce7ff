using Xunit;
using Platform.Sdk.Data;

namespace Platform.Testing;

/// <summary>The databases data tests run against: the embedded SQLite file, and a real PostgreSQL server.</summary>
public static class TestDatabases
{
    public static TheoryData<DatabaseProvider> Providers => [DatabaseProvider.Sqlite, DatabaseProvider.PostgreSql];

    /// <summary>Host settings for a new, empty database of the provider (SQLite: a file in the host's data directory).</summary>
    public static async Task<string[]> NewDatabaseAsync(DatabaseProvider provider) => provider switch
    {
        DatabaseProvider.Sqlite => [],
        DatabaseProvider.PostgreSql =>
        [
            "--Platform:Database:Provider=PostgreSql",
            $"--Platform:Database:ConnectionString={await PostgresServer.NewDatabaseAsync()}",
        ],
        _ => throw new ArgumentOutOfRangeException(nameof(provider), provider, "SQL Server cannot run here; its scripts are checked instead."),
    };
}
