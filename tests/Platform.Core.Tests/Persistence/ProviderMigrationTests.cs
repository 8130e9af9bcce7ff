using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Platform.Host.Persistence;
using Platform.Host.Persistence.Providers;
using Platform.Sdk.Data;

namespace Platform.Core.Tests.Persistence;

/// <summary>
/// Every provider's migrations match the model and create every table. SQL Server cannot run here, so its idempotent
/// script is generated and read; SQLite's migrations run for real in every host test.
/// </summary>
public sealed class ProviderMigrationTests
{
    public static TheoryData<DatabaseProvider> Providers => [DatabaseProvider.Sqlite, DatabaseProvider.PostgreSql, DatabaseProvider.SqlServer];

    [Theory]
    [MemberData(nameof(Providers))]
    public void The_core_migrations_of_each_provider_match_the_model(DatabaseProvider provider)
    {
        using var context = Create(provider);

        Assert.False(context.Database.HasPendingModelChanges(), $"The {provider} migrations lag behind the model: add a migration.");
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public void The_migration_script_of_each_provider_creates_every_table_of_the_model(DatabaseProvider provider)
    {
        using var context = Create(provider);

        // Idempotent scripts (what an operator runs against SQL Server) exist for every provider but SQLite.
        var options = provider == DatabaseProvider.Sqlite ? MigrationsSqlGenerationOptions.Default : MigrationsSqlGenerationOptions.Idempotent;
        var script = context.GetService<IMigrator>().GenerateScript(options: options);

        var tables = context.Model.GetEntityTypes().Select(entity => entity.GetTableName()!).Distinct().ToList();
        Assert.Equal(14, tables.Count);
        Assert.All(tables, table => Assert.Matches($"CREATE TABLE [\\[\"`]?{table}[\\]\"`]?", script));
    }

    private static PlatformDbContext Create(DatabaseProvider provider) => provider switch
    {
        DatabaseProvider.Sqlite => new SqlitePlatformDbContextFactory().CreateDbContext([]),
        DatabaseProvider.PostgreSql => new PostgreSqlPlatformDbContextFactory().CreateDbContext([]),
        _ => new SqlServerPlatformDbContextFactory().CreateDbContext([]),
    };
}
