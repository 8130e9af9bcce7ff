using Google.Protobuf.WellKnownTypes;
using Grpc.Core;
using Platform.Contracts.ActorMapping.V1;
using Platform.Contracts.Core.V1;
using Platform.Contracts.Events.V1;
using Platform.Events.Tests.Infrastructure;
using Platform.Testing;

namespace Platform.Events.Tests.Events;

[Collection(EventsCollection.Name)]
public sealed class EventCatalogueTests(EventsPlatform shared)
{
    private readonly TestPlatform platform = shared.Platform;

    private EventService.EventServiceClient Service => EventFactory.Client(platform);

    [Fact]
    public async Task An_event_is_stored_as_instants_and_shown_in_Copenhagen_time_on_both_sides_of_a_daylight_saving_change()
    {
        var code = platform.MunicipalityCodes.Take();
        await Scenario.PartnershipWithMembersAsync(platform, code);
        var summer = await EventFactory.CreateAsync(platform, code, EventFactory.Fields("Dialogmøde", new DateTimeOffset(2026, 10, 24, 8, 0, 0, TimeSpan.Zero)));
        var winter = await EventFactory.CreateAsync(platform, code, EventFactory.Fields("Temadag", new DateTimeOffset(2026, 10, 26, 9, 0, 0, TimeSpan.Zero)));

        var read = await Service.GetEventAsync(new GetEventRequest { MunicipalityCode = code, Id = summer.Id }, platform.AsAdmin());

        Assert.Equal("2026-10-24T10:00:00+02:00", read.StartLocal);
        Assert.Equal("2026-10-24T12:00:00+02:00", read.EndLocal);
        Assert.Equal("2026-10-26T10:00:00+01:00", winter.StartLocal);
        Assert.Equal(new DateTimeOffset(2026, 10, 24, 8, 0, 0, TimeSpan.Zero), read.Fields.Start.ToDateTimeOffset());
        Assert.Equal(["Dialogmøde", "Temadag"], (await Service.ListEventsAsync(new ListEventsRequest { MunicipalityCode = code }, platform.AsAdmin())).Events.Select(e => e.Fields.Title));
    }

    [Fact]
    public async Task An_end_before_the_start_a_missing_title_and_a_malformed_initiative_id_are_refused_naming_each_field()
    {
        var code = platform.MunicipalityCodes.Take();
        await Scenario.PartnershipWithMembersAsync(platform, code);
        var backwards = EventFactory.Fields("Workshop");
        backwards.End = Timestamp.FromDateTimeOffset(backwards.Start.ToDateTimeOffset().AddMinutes(-1));
        var untitled = EventFactory.Fields("");
        var badInitiative = EventFactory.Fields("Netværksmøde");
        badInitiative.InitiativeIds.Add("not-a-guid");

        await RpcAssert.InvalidField("fields.end", () => EventFactory.CreateAsync(platform, code, backwards));
        await RpcAssert.InvalidField("fields.title", () => EventFactory.CreateAsync(platform, code, untitled));
        await RpcAssert.InvalidField("fields.initiative_ids[0]", () => EventFactory.CreateAsync(platform, code, badInitiative));
        await RpcAssert.InvalidField("fields.local_area_id", () =>
        {
            var elsewhere = EventFactory.Fields("Et andet sted");
            elsewhere.LocalAreaId = Guid.NewGuid().ToString();
            return EventFactory.CreateAsync(platform, code, elsewhere);
        });
        Assert.Empty((await Service.ListEventsAsync(new ListEventsRequest { MunicipalityCode = code }, platform.AsAdmin())).Events);
    }

    [Fact]
    public async Task Organisers_and_partners_must_be_actors_of_the_municipality_in_actor_mapping()
    {
        var home = platform.MunicipalityCodes.Take();
        var neighbour = platform.MunicipalityCodes.Take();
        await Scenario.PartnershipWithMembersAsync(platform, home, neighbour);
        var actors = new ActorService.ActorServiceClient(platform.Channel);
        var fields = new ActorFields { Name = "Spejderne", Sector = Sector.CivilSociety, Category = "association" };
        var scouts = await actors.CreateActorAsync(new CreateActorRequest { MunicipalityCode = home, Fields = fields }, platform.AsAdmin());
        var elsewhere = await actors.CreateActorAsync(new CreateActorRequest { MunicipalityCode = neighbour, Fields = fields }, platform.AsAdmin());
        var member = platform.As(Identity.RoleGrant.ForMunicipality(Identity.PlatformRole.MunicipalityMember, home));

        var linked = EventFactory.Fields("Familiedag");
        linked.OrganiserActorIds.Add(scouts.Id);
        var created = await EventFactory.CreateAsync(platform, home, linked, member);
        var unknown = EventFactory.Fields("Familiedag");
        unknown.OrganiserActorIds.Add(scouts.Id);
        unknown.PartnerActorIds.Add(elsewhere.Id);

        Assert.Equal([scouts.Id], created.Fields.OrganiserActorIds);
        await RpcAssert.InvalidField("fields.partner_actor_ids[0]", () => EventFactory.CreateAsync(platform, home, unknown, member));
    }

    [Fact]
    public async Task Linking_actors_while_actor_mapping_is_switched_off_fails_with_a_precondition_that_names_the_field()
    {
        var code = platform.MunicipalityCodes.Take();
        await Scenario.PartnershipWithMembersAsync(platform, code);
        await new MunicipalityService.MunicipalityServiceClient(platform.Channel).SetModuleEnabledAsync(
            new SetModuleEnabledRequest { Code = code, ModuleId = "actor-mapping", Enabled = false }, platform.AsAdmin());
        var fields = EventFactory.Fields("Netværksmøde");
        fields.OrganiserActorIds.Add(Guid.NewGuid().ToString());

        var refused = await RpcAssert.FailsWith(StatusCode.FailedPrecondition, () => EventFactory.CreateAsync(platform, code, fields));

        Assert.Contains("fields.organiser_actor_ids[0]", refused.Status.Detail, StringComparison.Ordinal);
        await EventFactory.CreateAsync(platform, code, EventFactory.Fields("Uden aktører"));
    }

    [Fact]
    public async Task An_update_with_a_stale_version_is_aborted_and_a_current_one_is_kept()
    {
        var code = platform.MunicipalityCodes.Take();
        await Scenario.PartnershipWithMembersAsync(platform, code);
        var created = await EventFactory.CreateAsync(platform, code, EventFactory.Fields("Workshop om søvn"));
        var changed = created.Fields.Clone();
        changed.Title = "Workshop om søvn og skærm";

        var updated = await Service.UpdateEventAsync(new UpdateEventRequest
        {
            MunicipalityCode = code, Id = created.Id, ExpectedVersion = created.Version, Fields = changed,
        }, platform.AsAdmin());

        Assert.Equal(("Workshop om søvn og skærm", created.Version + 1), (updated.Fields.Title, updated.Version));
        await RpcAssert.FailsWith(StatusCode.Aborted, () => Service.UpdateEventAsync(new UpdateEventRequest
        {
            MunicipalityCode = code, Id = created.Id, ExpectedVersion = created.Version, Fields = created.Fields,
        }, platform.AsAdmin()).ResponseAsync);
    }

    [Fact]
    public async Task A_partnership_wide_event_is_listed_for_every_member_and_for_the_partnership()
    {
        var holder = platform.MunicipalityCodes.Take();
        var other = platform.MunicipalityCodes.Take();
        var partnership = await Scenario.PartnershipWithMembersAsync(platform, holder, other);
        var themeDay = await EventFactory.CreateAsync(platform, holder, EventFactory.Fields("Temadag for alle", type: EventType.ThemeDay), partnershipId: partnership);
        await EventFactory.CreateAsync(platform, holder, EventFactory.Fields($"Kun i {holder}"));
        var memberOfOther = platform.As(Identity.RoleGrant.ForMunicipality(Identity.PlatformRole.MunicipalityMember, other));
        var staff = platform.As(Identity.RoleGrant.ForPartnership(Identity.PlatformRole.PartnershipStaff, partnership));

        var seenByOther = await Service.ListEventsAsync(new ListEventsRequest { MunicipalityCode = other }, memberOfOther);
        var seenByStaff = await Service.ListPartnershipEventsAsync(new ListPartnershipEventsRequest { PartnershipId = partnership }, staff);

        var shared = Assert.Single(seenByOther.Events);
        Assert.Equal((themeDay.Id, holder, partnership), (shared.Id, shared.MunicipalityCode, shared.PartnershipId));
        Assert.Equal([$"Kun i {holder}", "Temadag for alle"], seenByStaff.Events.Select(e => e.Fields.Title).Order());
        await RpcAssert.InvalidField("partnership_id", () =>
            EventFactory.CreateAsync(platform, holder, EventFactory.Fields("Forkert"), partnershipId: "p-not-a-member"));
    }
}
