using Microsoft.EntityFrameworkCore;
using Platform.Sdk.Data;
using Platform.Testing;

namespace Platform.Core.Tests.Persistence;

/// <summary>The SDK tells a refused duplicate from other database errors by each provider's own error code.</summary>
public sealed class UniqueViolationTests
{
    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task A_duplicate_of_a_unique_index_or_key_is_a_unique_violation_and_a_missing_required_value_is_not(DatabaseProvider provider)
    {
        await using var db = await RowsDb.CreateAsync(provider);
        db.Rows.Add(new Row { Id = 1, Name = "Ishøj" });
        await db.SaveChangesAsync();

        var sameName = await SaveAsync(db, new Row { Id = 2, Name = "Ishøj" });
        var sameKey = await SaveAsync(db, new Row { Id = 1, Name = "Ringe" });
        var noName = await SaveAsync(db, new Row { Id = 3, Name = null! });

        Assert.True(UniqueViolation.Is(sameName));
        Assert.True(UniqueViolation.Is(sameKey));
        Assert.False(UniqueViolation.Is(noName));
    }

    private static async Task<DbUpdateException> SaveAsync(RowsDb db, Row row)
    {
        db.ChangeTracker.Clear();
        db.Rows.Add(row);
        return await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync());
    }

    private sealed class Row
    {
        public int Id { get; set; }

        public string Name { get; set; } = "";
    }

    private sealed class RowsDb(DbContextOptions options) : DbContext(options)
    {
        public DbSet<Row> Rows => Set<Row>();

        public static async Task<RowsDb> CreateAsync(DatabaseProvider provider)
        {
            var builder = new DbContextOptionsBuilder();
            _ = provider == DatabaseProvider.Sqlite
                ? builder.UseSqlite($"Data Source={Path.Combine(TestPlatform.NewDataDirectory(), "rows.db")}")
                : builder.UseNpgsql(await PostgresServer.NewDatabaseAsync());
            var db = new RowsDb(builder.Options);
            await db.Database.EnsureCreatedAsync();
            return db;
        }

        protected override void OnModelCreating(ModelBuilder modelBuilder)
        {
            modelBuilder.Entity<Row>().Property(r => r.Id).ValueGeneratedNever();
            modelBuilder.Entity<Row>().Property(r => r.Name).IsRequired();
            modelBuilder.Entity<Row>().HasIndex(r => r.Name).IsUnique();
        }
    }
}
