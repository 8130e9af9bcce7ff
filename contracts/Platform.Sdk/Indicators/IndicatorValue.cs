namespace Platform.Sdk.Indicators;

/// <summary>One value of an indicator for one combination of dimension values.</summary>
public sealed record IndicatorValue(
    string IndicatorId,
    IReadOnlyDictionary<string, string> Dimensions,
    decimal Value);
