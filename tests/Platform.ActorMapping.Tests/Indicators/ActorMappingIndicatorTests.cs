using Microsoft.Extensions.DependencyInjection;
using Platform.ActorMapping.Tests.Infrastructure;
using Platform.Contracts.ActorMapping.V1;
using Platform.Host.Tenancy;
using Platform.Sdk.Callers;
using Platform.Sdk.Indicators;
using Platform.Testing;

namespace Platform.ActorMapping.Tests.Indicators;

[Collection(PlatformCollection.Name)]
public sealed class ActorMappingIndicatorTests(SharedPlatform shared)
{
    private readonly TestPlatform platform = shared.Platform;

    [Fact]
    public async Task The_mapping_s_indicators_count_actors_by_sector_and_stage_initiatives_in_all_and_by_theme_reach_and_gaps_for_reports()
    {
        var code = platform.MunicipalityCodes.Take();
        await Scenario.PartnershipWithMembersAsync(platform, code);
        var area = await LocalAreas.AddAsync(platform, code, "Øst");
        var school = await ActorFactory.CreateAsync(platform, code, ActorFactory.Fields("Skolen", Sector.Municipal, "school", localAreaId: area));
        await ActorFactory.CreateAsync(platform, code, ActorFactory.Fields("Klubben"));
        await ActorFactory.CreateAsync(platform, code, ActorFactory.Fields("Foreningen"));
        await new ActorService.ActorServiceClient(platform.Channel).MoveStageAsync(
            new MoveStageRequest { MunicipalityCode = code, Id = school.Id, Stage = MobilisationStage.Engaged, ExpectedVersion = 1 }, platform.AsAdmin());
        await InitiativeFactory.CreateAsync(platform, code, InitiativeFactory.Fields("Løb", ["physical-activity"], ["school"], localAreaId: area, reach: 120));
        var ended = InitiativeFactory.Fields("Gammel madklub", ["food-and-meals", "physical-activity"], ["home"], reach: 30);
        ended.EndDate = new Google.Type.Date { Year = 2020, Month = 6, Day = 30 };
        await InitiativeFactory.CreateAsync(platform, code, ended);
        var today = DateOnly.FromDateTime(DateTime.UtcNow);

        var now = await ComputeAsync(code, today.AddMonths(-3), today.AddDays(1));
        var lastYear = await ComputeAsync(code, today.AddYears(-1).AddMonths(-3), today.AddYears(-1));

        var coverage = await new NetworkService.NetworkServiceClient(platform.Channel).GetCoverageAsync(
            new GetCoverageRequest { MunicipalityCode = code }, platform.AsAdmin());
        Assert.Equal([("municipal", 1m), ("civil-society", 2m)], Values(now, "actor-mapping.actors-by-sector", "sector"));
        Assert.Equal([("|identified", 2m), ($"{area}|engaged", 1m)], Values(now, "actor-mapping.mobilisation-funnel", "local-area", "stage"));
        Assert.Equal(1m, Single(now, "actor-mapping.initiatives"));
        Assert.Equal([("physical-activity", 1m)], Values(now, "actor-mapping.initiatives-by-theme", "theme"));
        Assert.Equal([(area, 120m)], Values(now, "actor-mapping.reach", "local-area"));
        Assert.Equal(coverage.GapCount, Single(now, "actor-mapping.coverage-gaps"));
        Assert.Equal(coverage.Cells.Count - 3, coverage.GapCount);
        Assert.Empty(Values(lastYear, "actor-mapping.actors-by-sector", "sector"));
        Assert.Equal(0m, Single(lastYear, "actor-mapping.initiatives"));
    }

    private static decimal Single(IReadOnlyList<IndicatorValue> values, string id) => values.Single(v => v.IndicatorId == id).Value;

    private static List<(string, decimal)> Values(IReadOnlyList<IndicatorValue> values, string id, params string[] dimensions) =>
        [.. values.Where(v => v.IndicatorId == id).Select(v => (string.Join("|", dimensions.Select(d => v.Dimensions[d])), v.Value))];

    private async Task<IReadOnlyList<IndicatorValue>> ComputeAsync(string code, DateOnly from, DateOnly to)
    {
        await using var scope = platform.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CallerContext>().Caller = Caller.System;
        var registry = scope.ServiceProvider.GetRequiredService<IIndicatorRegistry>();
        var values = new List<IndicatorValue>();
        foreach (var definition in registry.Definitions.Where(d => d.Id.StartsWith("actor-mapping.", StringComparison.Ordinal)))
        {
            values.AddRange(await registry.ComputeAsync(definition.Id, new IndicatorQuery([code], from, to), CancellationToken.None));
        }

        return values;
    }
}
