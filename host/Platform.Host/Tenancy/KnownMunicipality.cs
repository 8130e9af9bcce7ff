namespace Platform.Host.Tenancy;

/// <summary>A Danish municipality from the reference data.</summary>
public sealed record KnownMunicipality(string Code, string Name, string RegionCode, string RegionName);
