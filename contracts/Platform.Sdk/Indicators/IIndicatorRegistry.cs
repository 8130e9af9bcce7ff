namespace Platform.Sdk.Indicators;

/// <summary>Every indicator of every loaded module; reports read it without knowing the modules.</summary>
public interface IIndicatorRegistry
{
    IReadOnlyList<IndicatorDefinition> Definitions { get; }

    /// <summary>Computes one indicator. Throws <see cref="Errors.NotFoundException"/> for an unknown id.</summary>
    Task<IReadOnlyList<IndicatorValue>> ComputeAsync(
        string indicatorId, IndicatorQuery query, CancellationToken cancellationToken);
}
