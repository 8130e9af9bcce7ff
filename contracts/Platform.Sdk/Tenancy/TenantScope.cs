using Platform.Sdk.Callers;

namespace Platform.Sdk.Tenancy;

/// <summary>The municipalities a tenant context may read, and whether it may write to them.</summary>
/// <param name="MunicipalityCodes">The tenants whose rows are visible.</param>
/// <param name="Access">The caller's lowest access among them; writes need at least <see cref="AccessLevel.Contribute"/>.</param>
public sealed record TenantScope(IReadOnlyList<string> MunicipalityCodes, AccessLevel Access)
{
    public static TenantScope Nothing { get; } = new([], AccessLevel.None);

    public bool CanWrite(string municipalityCode) =>
        Access >= AccessLevel.Contribute && MunicipalityCodes.Contains(municipalityCode);
}
