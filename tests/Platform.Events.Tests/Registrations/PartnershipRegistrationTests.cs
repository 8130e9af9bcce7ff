using Grpc.Core;
using Platform.Contracts.Events.V1;
using Platform.Events.Tests.Infrastructure;
using Platform.Identity;
using Platform.Testing;

namespace Platform.Events.Tests.Registrations;

[Collection(EventsCollection.Name)]
public sealed class PartnershipRegistrationTests(EventsPlatform shared)
{
    private readonly TestPlatform platform = shared.Platform;

    [Fact]
    public async Task A_member_registers_its_people_for_a_partnership_wide_event_held_by_another_member_and_for_nothing_else()
    {
        var partnership = await Scenario.PartnershipWithMembersAsync(platform, "0259", "0260");
        await Scenario.PartnershipWithMembersAsync(platform, "0265");
        var themeDay = await EventFactory.CreateAsync(platform, "0259", EventFactory.Fields("Temadag", capacity: 100, type: EventType.ThemeDay), partnershipId: partnership);
        var ownEvent = await EventFactory.CreateAsync(platform, "0259", EventFactory.Fields("Kun 0259's"));
        var service = EventFactory.Client(platform);
        RegisterRequest For(Event @event, string registering) => new()
        {
            MunicipalityCode = "0259", EventId = @event.Id, RegisteringMunicipalityCode = registering, Group = TargetGroup.Professionals,
            Participant = new Participant { Name = "Pia Pædagog", Email = $"pia@{registering}.example.dk", Organisation = "Dagplejen" },
        };
        var memberOfOther = platform.As(RoleGrant.ForMunicipality(PlatformRole.MunicipalityMember, "0260"));
        var outsider = platform.As(RoleGrant.ForMunicipality(PlatformRole.MunicipalityMember, "0265"));

        var registered = await service.RegisterAsync(For(themeDay, "0260"), memberOfOther);

        Assert.Equal(RegistrationStatus.Registered, registered.Status);
        var seenByHolder = await service.ListRegistrationsAsync(new ListRegistrationsRequest { MunicipalityCode = "0259", EventId = themeDay.Id }, platform.AsAdmin());
        Assert.Equal(["pia@0260.example.dk"], seenByHolder.Registrations.Select(r => r.Participant.Email));
        await RpcAssert.FailsWith(StatusCode.PermissionDenied, () => service.RegisterAsync(For(ownEvent, "0260"), memberOfOther).ResponseAsync);
        await RpcAssert.FailsWith(StatusCode.PermissionDenied, () => service.RegisterAsync(For(themeDay, "0265"), outsider).ResponseAsync);
        await RpcAssert.FailsWith(StatusCode.PermissionDenied, () => service.RegisterAsync(For(themeDay, "0265"), memberOfOther).ResponseAsync);
        await RpcAssert.FailsWith(StatusCode.PermissionDenied, () =>
            service.ListRegistrationsAsync(new ListRegistrationsRequest { MunicipalityCode = "0259", EventId = themeDay.Id }, memberOfOther).ResponseAsync);
    }

    [Fact]
    public async Task Another_member_sees_the_few_seats_of_a_partnership_wide_event_and_its_own_place_on_the_waitlist_only_as_bands_and_the_holder_sees_them_exact()
    {
        var partnership = await Scenario.PartnershipWithMembersAsync(platform, "0350", "0360");
        var themeDay = await EventFactory.CreateAsync(platform, "0350", EventFactory.Fields("Temadag", capacity: 1, type: EventType.ThemeDay), partnershipId: partnership);
        await EventFactory.RegisterAsync(platform, "0350", themeDay, "Hanne Holm");
        var service = EventFactory.Client(platform);
        var memberOfOther = platform.As(RoleGrant.ForMunicipality(PlatformRole.MunicipalityMember, "0360"));
        var holdersViewer = platform.As(RoleGrant.ForMunicipality(PlatformRole.Viewer, "0350"));

        var waiting = await service.RegisterAsync(new RegisterRequest
        {
            MunicipalityCode = "0350", EventId = themeDay.Id, RegisteringMunicipalityCode = "0360", Group = TargetGroup.Professionals,
            Participant = new Participant { Name = "Sune Sundhed", Email = "sune@0360.example.dk" },
        }, memberOfOther);
        var seenByMember = Assert.Single((await service.ListEventsAsync(new ListEventsRequest { MunicipalityCode = "0360" }, memberOfOther)).Events);
        var seenByHolder = await service.GetEventAsync(new GetEventRequest { MunicipalityCode = "0350", Id = themeDay.Id }, holdersViewer);

        Assert.Equal((RegistrationStatus.Waitlisted, Published.Band), (waiting.Status, waiting.WaitlistPlace));
        Assert.Equal((themeDay.Id, Published.Band, Published.Band), (seenByMember.Id, seenByMember.Seats, seenByMember.Waitlist));
        Assert.Equal((1, 1), (seenByHolder.SeatsTaken, seenByHolder.Waitlisted));
    }
}
