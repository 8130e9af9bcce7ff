using Platform.Contracts.Core.V1;
using Platform.Testing;

namespace Platform.Surveys.Tests.Disclosure;

/// <summary>A host of the test class's own, so its tests may take any of the 98 municipalities, each once.</summary>
public sealed class FreshPlatform : IAsyncLifetime
{
    private readonly Queue<string> codes = [];

    public TestPlatform Platform { get; private set; } = null!;

    public string[] TakeCodes(int count)
    {
        lock (codes)
        {
            return [.. Enumerable.Range(0, count).Select(_ => codes.Dequeue())];
        }
    }

    public async Task InitializeAsync()
    {
        Platform = await TestPlatform.StartAsync();
        var known = await new MunicipalityService.MunicipalityServiceClient(Platform.Channel)
            .ListKnownMunicipalitiesAsync(new ListKnownMunicipalitiesRequest(), Platform.AsAdmin());
        foreach (var municipality in known.Municipalities)
        {
            codes.Enqueue(municipality.Code);
        }
    }

    public async Task DisposeAsync() => await Platform.DisposeAsync();
}
