namespace Platform.SampleModule.Visits;

[Alias("platform.sample.visit-counter")]
public interface IVisitCounterGrain : IGrainWithStringKey
{
    [Alias("visit")]
    Task<int> VisitAsync();
}
