namespace Platform.Sdk.Indicators;

/// <summary>Which tenants and period an indicator is computed for.</summary>
public sealed record IndicatorQuery(IReadOnlyList<string> MunicipalityCodes, DateOnly From, DateOnly To);
