namespace Platform.Sdk.Indicators;

/// <summary>Which tenants and period an indicator is computed for.</summary>
/// <param name="MunicipalityCodes">The municipalities, each computed on its own.</param>
/// <param name="From">The first day of the period.</param>
/// <param name="To">The last day of the period; counts "as of" a date use its end.</param>
/// <param name="IndicatorIds">The indicators wanted of a provider with several; null for all of them.</param>
public sealed record IndicatorQuery(
    IReadOnlyList<string> MunicipalityCodes,
    DateOnly From,
    DateOnly To,
    IReadOnlyCollection<string>? IndicatorIds = null)
{
    /// <summary>The period's first instant: <see cref="From"/> at midnight, UTC.</summary>
    public DateTimeOffset Start => new(From.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);

    /// <summary>The period's last instant, "as of" which counts are taken: the end of <see cref="To"/>, UTC.</summary>
    public DateTimeOffset End => new(To.ToDateTime(TimeOnly.MaxValue), TimeSpan.Zero);

    /// <summary>Whether a provider should compute the indicator for this query.</summary>
    public bool Wants(string indicatorId) => IndicatorIds is null || IndicatorIds.Contains(indicatorId);
}
