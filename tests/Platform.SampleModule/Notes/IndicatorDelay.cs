namespace Platform.SampleModule.Notes;

/// <summary>
/// Simulated slowness of the sample's indicators (setting <c>Platform:Modules:sample:IndicatorDelayMilliseconds</c>,
/// default none), so a test can stop a host while a report is being generated.
/// </summary>
public sealed record IndicatorDelay(TimeSpan PerComputation);
