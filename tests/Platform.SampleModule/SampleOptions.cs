using System.ComponentModel.DataAnnotations;

namespace Platform.SampleModule;

/// <summary>
/// The sample's settings (<c>Platform:Modules:sample</c>), bound and checked at start by <c>module.AddOptions</c>:
/// a simulated slowness of its indicators (default none), so a test can stop a host while a report is being generated.
/// </summary>
public sealed class SampleOptions
{
    [Range(0, 600_000)]
    public int IndicatorDelayMilliseconds { get; set; }

    public TimeSpan IndicatorDelay => TimeSpan.FromMilliseconds(IndicatorDelayMilliseconds);
}
