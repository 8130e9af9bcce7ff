namespace Platform.Sdk.Tenancy;

/// <summary>
/// A row that belongs to one municipality. <see cref="TenantDbContext"/> filters every query by it and refuses to
/// save a row outside the caller's tenants.
/// </summary>
public interface ITenantOwned
{
    string MunicipalityCode { get; }
}
