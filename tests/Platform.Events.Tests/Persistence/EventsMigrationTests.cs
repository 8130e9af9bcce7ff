using System.Reflection;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Platform.Events.Tests.Infrastructure;
using Platform.Sdk.Data;

namespace Platform.Events.Tests.Persistence;

/// <summary>
/// The module's migrations match its model for every provider and create every table. The module is a plugin that the
/// tests never reference as code, so its design-time factories are found in the assembly the host loaded.
/// SQL Server cannot run here: its idempotent script is generated and read.
/// </summary>
[Collection(EventsCollection.Name)]
public sealed class EventsMigrationTests(EventsPlatform shared)
{
    public static TheoryData<DatabaseProvider> Providers => [DatabaseProvider.Sqlite, DatabaseProvider.PostgreSql, DatabaseProvider.SqlServer];

    [Theory]
    [MemberData(nameof(Providers))]
    public void The_events_migrations_of_each_provider_match_the_model_and_create_every_table(DatabaseProvider provider)
    {
        Assert.NotNull(shared.Platform);
        using var context = Create(provider);
        var options = provider == DatabaseProvider.Sqlite ? MigrationsSqlGenerationOptions.Default : MigrationsSqlGenerationOptions.Idempotent;

        var script = context.GetService<IMigrator>().GenerateScript(options: options);

        Assert.False(context.Database.HasPendingModelChanges(), $"The {provider} migrations lag behind the events model: add a migration.");
        var tables = context.Model.GetEntityTypes().Select(entity => entity.GetTableName()!).Distinct().ToList();
        Assert.Equal(["ev_calendar_feeds", "ev_events", "ev_outbox", "ev_outcomes", "ev_registrations"], tables.Order());
        Assert.All(tables, table => Assert.Matches($"CREATE TABLE [\\[\"`]?{table}[\\]\"`]?", script));
    }

    private static DbContext Create(DatabaseProvider provider)
    {
        var module = AppDomain.CurrentDomain.GetAssemblies().Single(assembly => assembly.GetName().Name == "Events");
        var factory = Activator.CreateInstance(module.GetType($"Platform.Events.Data.Providers.{provider}EventsDbFactory", throwOnError: true)!)!;
        var create = factory.GetType().GetMethod("CreateDbContext", BindingFlags.Public | BindingFlags.Instance)!;
        return (DbContext)create.Invoke(factory, [Array.Empty<string>()])!;
    }
}
