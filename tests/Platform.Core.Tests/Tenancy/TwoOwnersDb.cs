using Microsoft.EntityFrameworkCore;
using Platform.Sdk.Tenancy;

namespace Platform.Core.Tests.Tenancy;

/// <summary>A model the SDK must refuse: its row claims a municipality and a partnership for owners.</summary>
internal sealed class TwoOwnersDb(DbContextOptions<TwoOwnersDb> options) : TenantDbContext(options)
{
    public static TwoOwnersDb Create() => new(new DbContextOptionsBuilder<TwoOwnersDb>().UseSqlite("Data Source=:memory:").Options);

    protected override void BuildModel(ModelBuilder modelBuilder) => modelBuilder.Entity<Row>().ToTable("test_two_owner_rows");

    internal sealed class Row : ITenantOwned, IPartnershipOwned
    {
        public Guid Id { get; set; }

        public required string MunicipalityCode { get; set; }

        public required string PartnershipId { get; set; }
    }
}
