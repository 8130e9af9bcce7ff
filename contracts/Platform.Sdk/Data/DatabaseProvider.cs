namespace Platform.Sdk.Data;

/// <summary>The relational databases the platform runs on.</summary>
public enum DatabaseProvider
{
    /// <summary>The embedded default: one file under the data directory.</summary>
    Sqlite,

    PostgreSql,

    SqlServer,
}
