using Microsoft.EntityFrameworkCore;
using Platform.Sdk.Tenancy;

namespace Platform.Core.Tests.Tenancy;

/// <summary>
/// A model with a row of each kind of owner, for the SDK's filters and write guards: a municipality's, a partnership's
/// own, and a partnership's that it shares with its members.
/// </summary>
internal abstract class OwnedRowsDb(DbContextOptions options) : TenantDbContext(options)
{
    public DbSet<MunicipalityRow> MunicipalityRows => Set<MunicipalityRow>();

    public DbSet<PartnershipRow> PartnershipRows => Set<PartnershipRow>();

    public DbSet<SharedRow> SharedRows => Set<SharedRow>();

    protected override void BuildModel(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<MunicipalityRow>().ToTable("test_municipality_rows");
        modelBuilder.Entity<PartnershipRow>().ToTable("test_partnership_rows");
        modelBuilder.Entity<SharedRow>().ToTable("test_shared_rows");
    }
}

internal sealed class SqliteOwnedRowsDb(DbContextOptions<SqliteOwnedRowsDb> options) : OwnedRowsDb(options);

internal abstract class OwnedRow
{
    public Guid Id { get; set; } = Guid.NewGuid();

    public string Text { get; set; } = "";
}

internal sealed class MunicipalityRow : OwnedRow, ITenantOwned
{
    public required string MunicipalityCode { get; set; }
}

internal sealed class PartnershipRow : OwnedRow, IPartnershipOwned
{
    public required string PartnershipId { get; set; }
}

internal sealed class SharedRow : OwnedRow, ISharedWithMembers
{
    public required string PartnershipId { get; set; }
}
