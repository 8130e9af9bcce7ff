using Microsoft.EntityFrameworkCore;

namespace Platform.Sdk.Data;

/// <summary>
/// Names the provider-specific subclass of a model for each database. Each subclass carries the migrations made
/// for its provider (EF Core keeps one migration set per context type).
/// </summary>
public sealed class ProviderContexts<TContext>
    where TContext : DbContext
{
    private readonly Dictionary<DatabaseProvider, Type> contexts = [];

    public ProviderContexts<TContext> Sqlite<TProviderContext>()
        where TProviderContext : TContext => Add<TProviderContext>(DatabaseProvider.Sqlite);

    public ProviderContexts<TContext> PostgreSql<TProviderContext>()
        where TProviderContext : TContext => Add<TProviderContext>(DatabaseProvider.PostgreSql);

    public ProviderContexts<TContext> SqlServer<TProviderContext>()
        where TProviderContext : TContext => Add<TProviderContext>(DatabaseProvider.SqlServer);

    public IReadOnlyDictionary<DatabaseProvider, Type> Contexts => contexts;

    private ProviderContexts<TContext> Add<TProviderContext>(DatabaseProvider provider)
        where TProviderContext : TContext
    {
        contexts[provider] = typeof(TProviderContext);
        return this;
    }
}
