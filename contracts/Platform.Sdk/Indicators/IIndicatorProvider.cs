namespace Platform.Sdk.Indicators;

/// <summary>A module's indicators: what they are and how to compute them.</summary>
public interface IIndicatorProvider
{
    IReadOnlyList<IndicatorDefinition> Definitions { get; }

    Task<IReadOnlyList<IndicatorValue>> ComputeAsync(IndicatorQuery query, CancellationToken cancellationToken);
}
