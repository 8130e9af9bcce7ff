using Microsoft.EntityFrameworkCore;

namespace Platform.Sdk.Data;

/// <summary>
/// The one place that turns a provider and a connection string into EF Core options, for the host at run time
/// and for the design-time factories that make migrations.
/// </summary>
/// <param name="Provider">Which database.</param>
/// <param name="ConnectionString">Its connection string.</param>
public sealed record DatabaseConnection(DatabaseProvider Provider, string ConnectionString)
{
    /// <summary>Configures <paramref name="builder"/> for this database, with a history table of the model's own.</summary>
    public void Configure(DbContextOptionsBuilder builder, string migrationsHistoryTable)
    {
        switch (Provider)
        {
            case DatabaseProvider.Sqlite:
                builder.UseSqlite(ConnectionString, sqlite => sqlite.MigrationsHistoryTable(migrationsHistoryTable));
                break;
            case DatabaseProvider.PostgreSql:
                builder.UseNpgsql(ConnectionString, npgsql => npgsql.MigrationsHistoryTable(migrationsHistoryTable));
                break;
            case DatabaseProvider.SqlServer:
                builder.UseSqlServer(ConnectionString, sql => sql.MigrationsHistoryTable(migrationsHistoryTable));
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(Provider), Provider, "Unknown database provider.");
        }
    }

    /// <summary>The history table of one model: every model keeps its own, so modules migrate independently.</summary>
    public static string HistoryTableFor(string modelName) => $"__Migrations_{modelName.Replace('-', '_')}";
}
