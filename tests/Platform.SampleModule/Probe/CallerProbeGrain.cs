using Platform.Contracts.ActorMapping.V1;
using Platform.Sdk.Callers;
using Platform.Sdk.Modules;

namespace Platform.SampleModule.Probe;

/// <summary>A grain that says which grants its caller has, so tests see how the caller travels with grain calls.</summary>
[Alias("platform.sample.caller-probe")]
public interface ICallerProbeGrain : IGrainWithIntegerKey
{
    [Alias("grants")]
    Task<string[]> GrantsAsync();

    /// <summary>Counts a municipality's actors in another module, actor mapping, in-process as the caller of this call.</summary>
    [Alias("count-actors")]
    Task<int> CountActorsAsync(string municipalityCode);
}

/// <summary>The caller a grain sees is the caller of the call it serves, read from the call, never a default with grants.</summary>
public sealed class CallerProbeGrain(ICallerContext caller, IModuleClients modules) : Grain, ICallerProbeGrain
{
    public Task<string[]> GrantsAsync() => Task.FromResult(caller.Caller.Grants.Select(grant => grant.ToString()).ToArray());

    public async Task<int> CountActorsAsync(string municipalityCode) =>
        (await modules.Create<ActorService.ActorServiceClient>().ListActorsAsync(new ListActorsRequest { MunicipalityCode = municipalityCode })).TotalCount;
}
