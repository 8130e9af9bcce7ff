using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Platform.Sdk.Data;
using Platform.Sdk.Errors;

namespace Platform.Sdk.Tenancy;

/// <summary>
/// The base of every module's EF Core model. Rows of <see cref="ITenantOwned"/> entities are filtered to the
/// context's <see cref="TenantScope"/> in every query, and saving a row of another tenant, or without write access,
/// is refused. A module gets its context from <see cref="ITenantDbContextFactory{TContext}"/>, which sets the scope.
/// </summary>
public abstract class TenantDbContext(DbContextOptions options) : DbContext(options)
{
    private const string SqliteProviderName = "Microsoft.EntityFrameworkCore.Sqlite";

    /// <summary>Set once by the factory; a context no factory opened sees nothing.</summary>
    public TenantScope Scope { get; internal set; } = TenantScope.Nothing;

    /// <summary>The visible tenants, read by the query filters each time a query runs.</summary>
    public IReadOnlyList<string> ScopeCodes => Scope.MunicipalityCodes;

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder) =>
        PlatformConventions.Apply(configurationBuilder, Database);

    protected sealed override void OnModelCreating(ModelBuilder modelBuilder)
    {
        BuildModel(modelBuilder);
        foreach (var entity in modelBuilder.Model.GetEntityTypes()
                     .Where(entity => entity.BaseType is null && typeof(ITenantOwned).IsAssignableFrom(entity.ClrType)))
        {
            var row = Expression.Parameter(entity.ClrType, "row");
            var codes = Expression.Property(Expression.Constant(this), nameof(ScopeCodes));
            var code = Expression.Property(row, nameof(ITenantOwned.MunicipalityCode));
            var contains = Expression.Call(
                typeof(Enumerable), nameof(Enumerable.Contains), [typeof(string)], codes, code);
            modelBuilder.Entity(entity.ClrType).HasQueryFilter(Expression.Lambda(contains, row));
            modelBuilder.Entity(entity.ClrType).HasIndex(nameof(ITenantOwned.MunicipalityCode));
        }
    }

    /// <summary>The module's model: entities, keys, indexes. Tenant filters are added after it.</summary>
    protected abstract void BuildModel(ModelBuilder modelBuilder);

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        RefuseWritesOutsideScope();
        return base.SaveChanges(acceptAllChangesOnSuccess);
    }

    public override Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        RefuseWritesOutsideScope();
        return base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
    }

    /// <summary>
    /// Inserts many new rows at once, without tracking them: multi-row INSERT statements on this context's connection,
    /// inside its current transaction if one is open (begin one to write several tables all or nothing). Rows of a
    /// tenant the context may not write to are refused before anything is written, as in SaveChanges.
    /// </summary>
    public async Task BulkInsertAsync<TEntity>(IReadOnlyList<TEntity> rows, CancellationToken cancellationToken)
        where TEntity : class, ITenantOwned
    {
        foreach (var code in rows.Select(row => row.MunicipalityCode).Distinct())
        {
            RefuseWriteOutsideScope(code);
        }

        if (rows.Count == 0)
        {
            return;
        }

        await Database.OpenConnectionAsync(cancellationToken);
        try
        {
            var writer = new BulkRowWriter<TEntity>(this);
            await writer.InsertAsync(rows, cancellationToken);
            if (Database.ProviderName == SqliteProviderName)
            {
                // SQLite gathers no statistics of its own; after many new rows its planner would pick the per-tenant
                // index for selective and read every row of the municipality. (The host refreshes them all regularly.)
                await writer.RefreshStatisticsAsync(cancellationToken);
            }
        }
        finally
        {
            await Database.CloseConnectionAsync();
        }
    }

    private void RefuseWritesOutsideScope()
    {
        foreach (var entry in ChangeTracker.Entries<ITenantOwned>())
        {
            if (entry.State is EntityState.Added or EntityState.Modified or EntityState.Deleted)
            {
                RefuseWriteOutsideScope(entry.Entity.MunicipalityCode);
            }
        }
    }

    private void RefuseWriteOutsideScope(string municipalityCode)
    {
        if (!Scope.CanWrite(municipalityCode))
        {
            throw new PermissionDeniedException($"The caller may not change data of municipality {municipalityCode}.");
        }
    }
}
