namespace Platform.SampleModule.Visits;

/// <summary>Counts visits per municipality in memory: proves a plugin's grain is activated by the host's silo.</summary>
public sealed class VisitCounterGrain : Grain, IVisitCounterGrain
{
    private int visits;

    public Task<int> VisitAsync() => Task.FromResult(++visits);
}
