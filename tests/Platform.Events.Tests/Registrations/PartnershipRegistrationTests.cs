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
        var holder = platform.MunicipalityCodes.Take();
        var member = platform.MunicipalityCodes.Take();
        var nonMember = platform.MunicipalityCodes.Take();
        var partnership = await Scenario.PartnershipWithMembersAsync(platform, holder, member);
        await Scenario.PartnershipWithMembersAsync(platform, nonMember);
        var themeDay = await EventFactory.CreateAsync(platform, holder, EventFactory.Fields("Temadag", capacity: 100, type: EventType.ThemeDay), partnershipId: partnership);
        var ownEvent = await EventFactory.CreateAsync(platform, holder, EventFactory.Fields($"Kun {holder}'s"));
        var service = EventFactory.Client(platform);
        RegisterRequest For(Event @event, string registering) => new()
        {
            MunicipalityCode = holder, EventId = @event.Id, RegisteringMunicipalityCode = registering, Group = TargetGroup.Professionals,
            Participant = new Participant { Name = "Pia Pædagog", Email = $"pia@{registering}.example.dk", Organisation = "Dagplejen" },
        };
        var memberOfOther = platform.As(RoleGrant.ForMunicipality(PlatformRole.MunicipalityMember, member));
        var outsider = platform.As(RoleGrant.ForMunicipality(PlatformRole.MunicipalityMember, nonMember));

        var registered = await service.RegisterAsync(For(themeDay, member), memberOfOther);

        Assert.Equal(RegistrationStatus.Registered, registered.Status);
        var seenByHolder = await service.ListRegistrationsAsync(new ListRegistrationsRequest { MunicipalityCode = holder, EventId = themeDay.Id }, platform.AsAdmin());
        Assert.Equal([$"pia@{member}.example.dk"], seenByHolder.Registrations.Select(r => r.Participant.Email));
        await RpcAssert.FailsWith(StatusCode.PermissionDenied, () => service.RegisterAsync(For(ownEvent, member), memberOfOther).ResponseAsync);
        await RpcAssert.FailsWith(StatusCode.PermissionDenied, () => service.RegisterAsync(For(themeDay, nonMember), outsider).ResponseAsync);
        await RpcAssert.FailsWith(StatusCode.PermissionDenied, () => service.RegisterAsync(For(themeDay, nonMember), memberOfOther).ResponseAsync);
        await RpcAssert.FailsWith(StatusCode.PermissionDenied, () =>
            service.ListRegistrationsAsync(new ListRegistrationsRequest { MunicipalityCode = holder, EventId = themeDay.Id }, memberOfOther).ResponseAsync);
    }

    [Fact]
    public async Task Another_member_sees_the_few_seats_of_a_partnership_wide_event_and_its_own_place_on_the_waitlist_only_as_bands_and_the_holder_sees_them_exact()
    {
        var holder = platform.MunicipalityCodes.Take();
        var member = platform.MunicipalityCodes.Take();
        var partnership = await Scenario.PartnershipWithMembersAsync(platform, holder, member);
        var themeDay = await EventFactory.CreateAsync(platform, holder, EventFactory.Fields("Temadag", capacity: 1, type: EventType.ThemeDay), partnershipId: partnership);
        await EventFactory.RegisterAsync(platform, holder, themeDay, "Hanne Holm");
        var service = EventFactory.Client(platform);
        var memberOfOther = platform.As(RoleGrant.ForMunicipality(PlatformRole.MunicipalityMember, member));
        var holdersViewer = platform.As(RoleGrant.ForMunicipality(PlatformRole.Viewer, holder));

        var waiting = await service.RegisterAsync(new RegisterRequest
        {
            MunicipalityCode = holder, EventId = themeDay.Id, RegisteringMunicipalityCode = member, Group = TargetGroup.Professionals,
            Participant = new Participant { Name = "Sune Sundhed", Email = $"sune@{member}.example.dk" },
        }, memberOfOther);
        var seenByMember = Assert.Single((await service.ListEventsAsync(new ListEventsRequest { MunicipalityCode = member }, memberOfOther)).Events);
        var seenByHolder = await service.GetEventAsync(new GetEventRequest { MunicipalityCode = holder, Id = themeDay.Id }, holdersViewer);

        Assert.Equal((RegistrationStatus.Waitlisted, Published.Band), (waiting.Status, waiting.WaitlistPlace));
        Assert.Equal((themeDay.Id, Published.Band, Published.Band), (seenByMember.Id, seenByMember.Seats, seenByMember.Waitlist));
        Assert.Equal((1, 1), (seenByHolder.SeatsTaken, seenByHolder.Waitlisted));
    }
}
