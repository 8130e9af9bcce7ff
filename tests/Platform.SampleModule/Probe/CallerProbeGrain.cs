using Platform.Sdk.Callers;

namespace Platform.SampleModule.Probe;

/// <summary>A grain that says which grants its caller has, so tests see how the caller travels with grain calls.</summary>
[Alias("platform.sample.caller-probe")]
public interface ICallerProbeGrain : IGrainWithIntegerKey
{
    [Alias("grants")]
    Task<string[]> GrantsAsync();
}

/// <summary>The caller a grain sees is the caller of the call it serves, read from the call, never a default with grants.</summary>
public sealed class CallerProbeGrain(ICallerContext caller) : Grain, ICallerProbeGrain
{
    public Task<string[]> GrantsAsync() => Task.FromResult(caller.Caller.Grants.Select(grant => grant.ToString()).ToArray());
}
