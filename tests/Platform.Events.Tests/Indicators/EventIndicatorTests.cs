using Microsoft.Extensions.DependencyInjection;
using Platform.Contracts.ActorMapping.V1;
using Platform.Contracts.Events.V1;
using Platform.Events.Tests.Infrastructure;
using Platform.Host.Tenancy;
using Platform.Sdk.Callers;
using Platform.Sdk.Indicators;
using Platform.Testing;

namespace Platform.Events.Tests.Indicators;

[Collection(EventsCollection.Name)]
public sealed class EventIndicatorTests(EventsPlatform shared)
{
    private readonly TestPlatform platform = shared.Platform;

    [Fact]
    public async Task Reports_get_events_per_type_and_month_participants_by_group_reach_and_outcomes_by_theme()
    {
        await Scenario.PartnershipWithMembersAsync(platform, "0250");
        var service = EventFactory.Client(platform);
        var march = new DateTimeOffset(2027, 3, 10, 15, 0, 0, TimeSpan.Zero);
        var actor = await new ActorService.ActorServiceClient(platform.Channel).CreateActorAsync(new CreateActorRequest
        {
            MunicipalityCode = "0250", Fields = new ActorFields { Name = "Idrætsforeningen", Sector = Sector.CivilSociety, Category = "association" },
        }, platform.AsAdmin());
        var second = EventFactory.Fields("Workshop 2", march.AddDays(30));
        second.PartnerActorIds.Add(actor.Id);
        var first = await EventFactory.CreateAsync(platform, "0250", EventFactory.Fields("Workshop 1", march));
        await EventFactory.CreateAsync(platform, "0250", second);
        var children = await service.RegisterAsync(new RegisterRequest { MunicipalityCode = "0250", EventId = first.Id, Group = TargetGroup.Children, HeadCount = 7 }, platform.AsAdmin());
        await service.CheckInAsync(new CheckInRequest { MunicipalityCode = "0250", EventId = first.Id, RegistrationId = children.Id, Attended = 6 }, platform.AsAdmin());
        await service.AddOutcomeAsync(new AddOutcomeRequest { MunicipalityCode = "0250", EventId = first.Id, Kind = OutcomeKind.Idea, Text = "Frugt i frikvarteret", Themes = { "food-and-meals" } }, platform.AsAdmin());
        await service.AddOutcomeAsync(new AddOutcomeRequest { MunicipalityCode = "0250", EventId = first.Id, Kind = OutcomeKind.Concern, Text = "Sukker", Themes = { "food-and-meals" } }, platform.AsAdmin());

        await using var scope = platform.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CallerContext>().Caller = Caller.System;
        var registry = scope.ServiceProvider.GetRequiredService<IIndicatorRegistry>();
        var query = new IndicatorQuery(["0250"], new DateOnly(2027, 1, 1), new DateOnly(2027, 12, 31));
        var held = await registry.ComputeAsync("events.events-held", query, CancellationToken.None);
        var participants = await registry.ComputeAsync("events.participants-by-group", query, CancellationToken.None);
        var reach = await registry.ComputeAsync("events.reach", query, CancellationToken.None);
        var themes = await registry.ComputeAsync("events.outcomes-by-theme", query, CancellationToken.None);

        Assert.Equal([("2027-03", 1m), ("2027-04", 1m)], held.Select(v => (v.Dimensions["month"], v.Value)).Order());
        Assert.All(held, v => Assert.Equal("workshop", v.Dimensions["type"]));
        Assert.Equal(("children", 6m), (Assert.Single(participants).Dimensions["group"], participants[0].Value));
        Assert.Equal(1m, Assert.Single(reach).Value);
        Assert.True(registry.Definitions.Single(d => d.Id == "events.participants-by-group").CountsPeople);
        Assert.Equal([("concern", 1m), ("idea", 1m)], themes.Where(v => v.Dimensions["theme"] == "food-and-meals").Select(v => (v.Dimensions["kind"], v.Value)).Order());
    }
}
