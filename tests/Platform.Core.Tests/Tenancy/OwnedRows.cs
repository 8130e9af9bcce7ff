using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Platform.Host.Persistence;
using Platform.Host.Tenancy;
using Platform.Identity;
using Platform.Sdk.Callers;
using Platform.Sdk.Data;
using Platform.Sdk.Tenancy;
using Platform.Testing;

namespace Platform.Core.Tests.Tenancy;

/// <summary>
/// An <see cref="OwnedRowsDb"/> in a SQLite file of its own, opened through the host's own factory and caller context
/// (real grants, real partnerships and memberships of the test platform) for any caller.
/// </summary>
internal sealed class OwnedRows(TestPlatform platform, ModelContextFactory<OwnedRowsDb> contexts) : IAsyncDisposable
{
    private readonly List<AsyncServiceScope> scopes = [];

    public static async Task<OwnedRows> CreateAsync(TestPlatform platform)
    {
        var file = Path.Combine(platform.DataDirectory, $"owned-rows-{Guid.NewGuid():N}.db");
        var contexts = new ModelContextFactory<OwnedRowsDb>("owned-rows", new DatabaseConnection(DatabaseProvider.Sqlite, $"Data Source={file}"),
            new Dictionary<DatabaseProvider, Type> { [DatabaseProvider.Sqlite] = typeof(SqliteOwnedRowsDb) });
        await using var db = contexts.Create();
        await db.Database.EnsureCreatedAsync();
        return new OwnedRows(platform, contexts);
    }

    /// <summary>The factory a module gets, for a caller holding these grants.</summary>
    public ITenantDbContextFactory<OwnedRowsDb> As(params RoleGrant[] grants)
    {
        var scope = platform.Services.CreateAsyncScope();
        scopes.Add(scope);
        var caller = scope.ServiceProvider.GetRequiredService<CallerContext>();
        caller.Caller = new Caller(string.Join(' ', grants.Select(grant => grant.ToString())), null, grants);
        return new TenantDbContextFactory<OwnedRowsDb>(contexts, caller);
    }

    public ITenantDbContextFactory<OwnedRowsDb> AsAdmin() => As(RoleGrant.Admin);

    /// <summary>
    /// A row the partnership keeps to itself and one it shares with its members, both with the text given, written by an
    /// administrator; returns the own row's id.
    /// </summary>
    public async Task<Guid> AddAsync(string partnershipId, string text)
    {
        await using var db = await AsAdmin().OpenPartnershipAsync(partnershipId, PartnershipAccess.Manage, CancellationToken.None);
        var own = new PartnershipRow { PartnershipId = partnershipId, Text = text };
        db.AddRange(own, new SharedRow { PartnershipId = partnershipId, Text = text });
        await db.SaveChangesAsync();
        return own.Id;
    }

    /// <summary>A row of the municipality, written by an administrator.</summary>
    public async Task AddToMunicipalityAsync(string municipalityCode, string text)
    {
        await using var db = await AsAdmin().OpenAsync(municipalityCode, AccessLevel.Contribute, CancellationToken.None);
        db.Add(new MunicipalityRow { MunicipalityCode = municipalityCode, Text = text });
        await db.SaveChangesAsync();
    }

    /// <summary>The texts of the rows a context opened so reads, in order.</summary>
    public static async Task<List<string>> TextsAsync(Task<OwnedRowsDb> opening, Func<OwnedRowsDb, IQueryable<OwnedRow>> rows)
    {
        await using var db = await opening;
        return await rows(db).Select(row => row.Text).OrderBy(text => text).ToListAsync();
    }

    /// <summary>Every row of every owner, as it is stored, past the filters.</summary>
    public async Task<List<string>> StoredAsync()
    {
        await using var db = contexts.Create();
        var own = await db.PartnershipRows.IgnoreQueryFilters().Select(row => row.PartnershipId + ":" + row.Text).ToListAsync();
        var shared = await db.SharedRows.IgnoreQueryFilters().Select(row => row.PartnershipId + ":shared:" + row.Text).ToListAsync();
        return [.. own.Concat(shared).Order(StringComparer.Ordinal)];
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var scope in scopes)
        {
            await scope.DisposeAsync();
        }
    }
}
