using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Platform.Sdk.Data;

/// <summary>
/// Lets <c>dotnet ef migrations add</c> make a provider's migrations without a running host. A module declares
/// one sealed subclass per provider context, e.g.
/// <c>sealed class SqliteNotesFactory() : DesignTimeContextFactory&lt;SqliteNotesDb&gt;(DatabaseProvider.Sqlite, "sample")</c>.
/// </summary>
public abstract class DesignTimeContextFactory<TContext>(DatabaseProvider provider, string modelName)
    : IDesignTimeDbContextFactory<TContext>
    where TContext : DbContext
{
    public TContext CreateDbContext(string[] args)
    {
        var connection = new DatabaseConnection(provider, provider switch
        {
            DatabaseProvider.Sqlite => "Data Source=design-time.db",
            DatabaseProvider.PostgreSql => "Host=localhost;Database=design_time",
            _ => "Server=localhost;Database=design_time;TrustServerCertificate=true",
        });
        var builder = new DbContextOptionsBuilder<TContext>();
        connection.Configure(builder, DatabaseConnection.HistoryTableFor(modelName));
        return (TContext)Activator.CreateInstance(typeof(TContext), builder.Options)!;
    }
}
