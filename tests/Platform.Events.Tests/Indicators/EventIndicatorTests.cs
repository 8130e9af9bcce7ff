using Microsoft.Extensions.DependencyInjection;
using Platform.Contracts.ActorMapping.V1;
using Platform.Contracts.Events.V1;
using Platform.Events.Tests.Infrastructure;
using Platform.Host.Tenancy;
using Platform.Sdk.Callers;
using Platform.Sdk.Disclosure;
using Platform.Sdk.Indicators;
using Platform.Testing;

namespace Platform.Events.Tests.Indicators;

[Collection(EventsCollection.Name)]
public sealed class EventIndicatorTests(EventsPlatform shared)
{
    private readonly TestPlatform platform = shared.Platform;

    [Fact]
    public async Task Reports_get_events_held_and_coming_per_type_and_month_participants_by_group_reach_and_outcomes_by_theme()
    {
        var code = platform.MunicipalityCodes.Take();
        await Scenario.PartnershipWithMembersAsync(platform, code);
        var service = EventFactory.Client(platform);
        var year = DateTime.UtcNow.Year + 1;
        var march = new DateTimeOffset(year, 3, 10, 15, 0, 0, TimeSpan.Zero);
        var actor = await new ActorService.ActorServiceClient(platform.Channel).CreateActorAsync(new CreateActorRequest
        {
            MunicipalityCode = code, Fields = new ActorFields { Name = "Idrætsforeningen", Sector = Sector.CivilSociety, Category = "association" },
        }, platform.AsAdmin());
        var second = EventFactory.Fields("Workshop 2", march.AddDays(30));
        second.PartnerActorIds.Add(actor.Id);
        var first = await EventFactory.CreateAsync(platform, code, EventFactory.Fields("Workshop 1", march));
        await EventFactory.CreateAsync(platform, code, second);
        // Two workshops two years before have ended: held means ended, coming means not yet ended.
        await EventFactory.CreateAsync(platform, code, EventFactory.Fields("Workshop i marts", march.AddYears(-2)));
        await EventFactory.CreateAsync(platform, code, EventFactory.Fields("Workshop i april", march.AddYears(-2).AddDays(30)));
        var children = await service.RegisterAsync(new RegisterRequest { MunicipalityCode = code, EventId = first.Id, Group = TargetGroup.Children, HeadCount = 7 }, platform.AsAdmin());
        await service.CheckInAsync(new CheckInRequest { MunicipalityCode = code, EventId = first.Id, RegistrationId = children.Id, Attended = 6 }, platform.AsAdmin());
        await service.AddOutcomeAsync(new AddOutcomeRequest { MunicipalityCode = code, EventId = first.Id, Kind = OutcomeKind.Idea, Text = "Frugt i frikvarteret", Themes = { "food-and-meals" } }, platform.AsAdmin());
        await service.AddOutcomeAsync(new AddOutcomeRequest { MunicipalityCode = code, EventId = first.Id, Kind = OutcomeKind.Concern, Text = "Sukker", Themes = { "food-and-meals" } }, platform.AsAdmin());

        var query = new IndicatorQuery([code], new DateOnly(year - 2, 1, 1), new DateOnly(year, 12, 31));
        var held = await ComputeAsync("events.events-held", query);
        var planned = await ComputeAsync("events.events-coming", query);
        var participants = await ComputeAsync("events.participants-by-group", query);
        var reach = await ComputeAsync("events.reach", query);
        var themes = await ComputeAsync("events.outcomes-by-theme", query);

        Assert.Equal([($"{year - 2}-03", 1m), ($"{year - 2}-04", 1m)], held.Select(v => (v.Dimensions["month"], v.Value)).Order());
        Assert.All(held, v => Assert.Equal("workshop", v.Dimensions["type"]));
        Assert.Equal([($"{year}-03", 1m), ($"{year}-04", 1m)], planned.Select(v => (v.Dimensions["month"], v.Value)).Order());
        Assert.Equal(("children", 6m), (Assert.Single(participants).Dimensions["group"], participants[0].Value));
        Assert.Equal(1m, Assert.Single(reach).Value);
        Assert.True(await WithRegistryAsync(registry => Task.FromResult(registry.Definitions.Single(d => d.Id == "events.participants-by-group").CountsPeople)));
        Assert.Equal([("concern", 1m), ("idea", 1m)], themes.Where(v => v.Dimensions["theme"] == "food-and-meals").Select(v => (v.Dimensions["kind"], v.Value)).Order());
    }

    [Fact]
    public async Task Participants_of_a_group_and_month_carry_the_cell_of_the_people_who_came_keyed_by_their_registrations_and_publish_alike_every_time()
    {
        var code = platform.MunicipalityCodes.Take();
        await Scenario.PartnershipWithMembersAsync(platform, code);
        var service = EventFactory.Client(platform);
        var may = new DateTimeOffset(2027, 5, 12, 15, 0, 0, TimeSpan.Zero);
        var playDay = await EventFactory.CreateAsync(platform, code, EventFactory.Fields("Legedag", may));
        var cooking = await EventFactory.CreateAsync(platform, code, EventFactory.Fields("Madværksted", may.AddDays(7)));
        Task<Registration> CameAsync(Registration registration, Event @event, int attended) => service.CheckInAsync(new CheckInRequest
        {
            MunicipalityCode = code, EventId = @event.Id, RegistrationId = registration.Id, Attended = attended,
        }, platform.AsAdmin()).ResponseAsync;
        Task<Registration> HeadCountAsync(Event @event, int people) => service.RegisterAsync(new RegisterRequest
        {
            MunicipalityCode = code, EventId = @event.Id, Group = TargetGroup.Children, HeadCount = people,
        }, platform.AsAdmin()).ResponseAsync;
        var classOf7 = await CameAsync(await HeadCountAsync(playDay, 7), playDay, 6);
        var bo = await CameAsync(await EventFactory.RegisterAsync(platform, code, playDay, "Bo", TargetGroup.Children), playDay, 1);
        await EventFactory.RegisterAsync(platform, code, playDay, "Carl Udeblev", TargetGroup.Children);
        var classOf3 = await CameAsync(await HeadCountAsync(cooking, 3), cooking, 3);
        var query = new IndicatorQuery([code], new DateOnly(2027, 5, 1), new DateOnly(2027, 5, 31));

        var first = Assert.Single(await ComputeAsync("events.participants-by-group", query));
        var second = Assert.Single(await ComputeAsync("events.participants-by-group", query));

        Assert.Equal(("children", "2027-05", 10m), (first.Dimensions["group"], first.Dimensions["month"], first.Value));
        var keys = await StoredRecordKeys.OfAsync(platform, classOf7, bo, classOf3);
        Assert.Equal(3, keys.Distinct().Count());
        Assert.Equal(PeopleCount.FromKeySum(10, keys.Sum(key => (long)key)), first.People);
        var published = DisclosureControl.Publish(first.People!.Value);
        Assert.Equal(published, DisclosureControl.Publish(second.People!.Value));
        Assert.Equal(PublishedKind.Value, published.Kind);
        Assert.InRange(published.Value, 10 - DisclosureControl.MaximumDeviation, 10 + DisclosureControl.MaximumDeviation);
    }

    /// <summary>An indicator's values as the reporting module asks for them: through the registry, as the platform.</summary>
    private Task<IReadOnlyList<IndicatorValue>> ComputeAsync(string indicatorId, IndicatorQuery query) =>
        WithRegistryAsync(registry => registry.ComputeAsync(indicatorId, query, CancellationToken.None));

    private async Task<T> WithRegistryAsync<T>(Func<IIndicatorRegistry, Task<T>> use)
    {
        await using var scope = platform.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CallerContext>().Caller = Caller.System;
        return await use(scope.ServiceProvider.GetRequiredService<IIndicatorRegistry>());
    }
}
