using Microsoft.EntityFrameworkCore;
using Platform.Sdk.Data;

namespace Platform.Host.Persistence;

/// <summary>
/// Makes contexts of one model (the core's or a module's) on the configured database, as the provider's own subclass
/// so that its migrations apply. The same code serves the core and every module.
/// </summary>
public sealed class ModelContextFactory<TContext> : IModelMigrator
    where TContext : DbContext
{
    private readonly Type providerContext;
    private readonly DbContextOptions options;

    public ModelContextFactory(string modelName, DatabaseConnection connection, IReadOnlyDictionary<DatabaseProvider, Type> providerContexts)
    {
        ModelName = modelName;
        if (!providerContexts.TryGetValue(connection.Provider, out var type))
        {
            throw new InvalidOperationException(
                $"The model '{modelName}' has no context for {connection.Provider}; it supports {string.Join(", ", providerContexts.Keys)}.");
        }

        providerContext = type;
        var builder = (DbContextOptionsBuilder)Activator.CreateInstance(typeof(DbContextOptionsBuilder<>).MakeGenericType(type))!;
        connection.Configure(builder, DatabaseConnection.HistoryTableFor(modelName));
        options = builder.Options;
    }

    public string ModelName { get; }

    public TContext Create() => (TContext)Activator.CreateInstance(providerContext, options)!;

    public async Task MigrateAsync(CancellationToken cancellationToken)
    {
        await using var context = Create();
        await context.Database.MigrateAsync(cancellationToken);
    }
}
