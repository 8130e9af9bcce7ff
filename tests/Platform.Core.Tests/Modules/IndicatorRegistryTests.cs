using Microsoft.Extensions.DependencyInjection;
using Platform.Core.Tests.Infrastructure;
using Platform.Testing;
using Platform.Host.Tenancy;
using Platform.SampleModule.V1;
using Platform.Sdk.Callers;
using Platform.Sdk.Indicators;

namespace Platform.Core.Tests.Modules;

[Collection(PlatformCollection.Name)]
public sealed class IndicatorRegistryTests(SharedPlatform shared)
{
    private readonly TestPlatform platform = shared.Platform;

    [Fact]
    public async Task A_module_s_indicators_are_listed_and_computed_through_the_registry_without_knowing_the_module()
    {
        var first = platform.MunicipalityCodes.Take();
        var second = platform.MunicipalityCodes.Take();
        await Scenario.PartnershipWithMembersAsync(platform, first, second);
        var notes = new NoteService.NoteServiceClient(platform.Channel);
        await notes.AddNoteAsync(new AddNoteRequest { MunicipalityCode = first, Text = "a" }, platform.AsAdmin());
        await notes.AddNoteAsync(new AddNoteRequest { MunicipalityCode = first, Text = "b" }, platform.AsAdmin());

        await using var scope = platform.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CallerContext>().Caller = Caller.System;
        var registry = scope.ServiceProvider.GetRequiredService<IIndicatorRegistry>();
        var values = await registry.ComputeAsync("sample.notes", new IndicatorQuery([first, second], DateOnly.MinValue, DateOnly.MaxValue), CancellationToken.None);

        Assert.Contains(registry.Definitions, d => d.Id == "sample.notes" && d.TitleDa == "Noter");
        Assert.Equal([2m, 0m], values.Select(v => v.Value));
        Assert.Equal([first, second], values.Select(v => v.Dimensions["municipality"]));
    }
}
