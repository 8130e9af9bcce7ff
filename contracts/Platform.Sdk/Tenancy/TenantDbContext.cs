using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Platform.Sdk.Data;
using Platform.Sdk.Errors;

namespace Platform.Sdk.Tenancy;

/// <summary>
/// The base of every module's EF Core model. Rows of <see cref="ITenantOwned"/> and <see cref="IPartnershipOwned"/>
/// entities are filtered to the context's <see cref="TenantScope"/> in every query, and saving a row of another
/// municipality or partnership, or without write access, is refused. A module gets its context from
/// <see cref="ITenantDbContextFactory{TContext}"/>, which sets the scope, so it filters no owner by hand.
/// </summary>
public abstract class TenantDbContext(DbContextOptions options) : DbContext(options)
{
    private const string SqliteProviderName = "Microsoft.EntityFrameworkCore.Sqlite";

    /// <summary>Set once by the factory; a context no factory opened sees nothing.</summary>
    public TenantScope Scope { get; internal set; } = TenantScope.Nothing;

    /// <summary>The visible tenants, read by the query filters each time a query runs.</summary>
    public IReadOnlyList<string> ScopeCodes => Scope.MunicipalityCodes;

    /// <summary>The partnerships whose rows are all visible, read by the query filters.</summary>
    internal IReadOnlyList<string> ScopePartnershipIds => Scope.PartnershipIds;

    /// <summary>The partnerships whose rows shared with members are visible too, read by the query filters.</summary>
    internal IReadOnlyList<string> ScopeSharedPartnershipIds => Scope.SharedPartnershipIds;

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder) =>
        PlatformConventions.Apply(configurationBuilder, Database);

    protected sealed override void OnModelCreating(ModelBuilder modelBuilder)
    {
        BuildModel(modelBuilder);
        foreach (var entity in modelBuilder.Model.GetEntityTypes().Where(entity => entity.BaseType is null).Select(entity => entity.ClrType).ToList())
        {
            var ofMunicipality = typeof(ITenantOwned).IsAssignableFrom(entity);
            var ofPartnership = typeof(IPartnershipOwned).IsAssignableFrom(entity);
            if (ofMunicipality && ofPartnership)
            {
                throw new InvalidOperationException($"{entity.Name} is owned by a municipality and by a partnership; a row has one owner.");
            }

            if (ofMunicipality)
            {
                Filter(modelBuilder, entity, nameof(ITenantOwned.MunicipalityCode), nameof(ScopeCodes));
            }
            else if (typeof(ISharedWithMembers).IsAssignableFrom(entity))
            {
                Filter(modelBuilder, entity, nameof(IPartnershipOwned.PartnershipId), nameof(ScopePartnershipIds), nameof(ScopeSharedPartnershipIds));
            }
            else if (ofPartnership)
            {
                Filter(modelBuilder, entity, nameof(IPartnershipOwned.PartnershipId), nameof(ScopePartnershipIds));
            }
        }
    }

    /// <summary>A query filter (the owner is in one of the scope's lists) and an index on the owner column.</summary>
    private void Filter(ModelBuilder modelBuilder, Type entity, string ownerProperty, params string[] scopeLists)
    {
        var row = Expression.Parameter(entity, "row");
        var owner = Expression.Property(row, ownerProperty);
        var visible = scopeLists
            .Select(list => (Expression)Expression.Call(
                typeof(Enumerable), nameof(Enumerable.Contains), [typeof(string)], Expression.Property(Expression.Constant(this), list), owner))
            .Aggregate(Expression.OrElse);
        modelBuilder.Entity(entity).HasQueryFilter(Expression.Lambda(visible, row));
        modelBuilder.Entity(entity).HasIndex(ownerProperty);
    }

    /// <summary>The module's model: entities, keys, indexes. The owners' filters are added after it.</summary>
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
    /// municipality or partnership the context may not write to are refused before anything is written, as in SaveChanges.
    /// </summary>
    public async Task BulkInsertAsync<TEntity>(IReadOnlyList<TEntity> rows, CancellationToken cancellationToken)
        where TEntity : class
    {
        foreach (var row in rows)
        {
            RefuseWriteOutsideScope(row);
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
        foreach (var entry in ChangeTracker.Entries())
        {
            if (entry.State is EntityState.Added or EntityState.Modified or EntityState.Deleted)
            {
                RefuseWriteOutsideScope(entry.Entity);
            }
        }
    }

    private void RefuseWriteOutsideScope(object row)
    {
        switch (row)
        {
            case ITenantOwned { MunicipalityCode: var code } when !Scope.CanWrite(code):
                throw new PermissionDeniedException($"The caller may not change data of municipality {code}.");
            case IPartnershipOwned { PartnershipId: var id } when !Scope.CanWritePartnership(id):
                throw new PermissionDeniedException($"The caller may not change data of partnership '{id}'.");
        }
    }
}
