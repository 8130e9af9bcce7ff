using Grpc.Core;
using Platform.Contracts.Events.V1;
using Platform.Events.Tests.Infrastructure;
using Platform.Identity;
using Platform.Testing;

namespace Platform.Events.Tests.Tenancy;

[Collection(EventsCollection.Name)]
public sealed class EventTenancyTests(EventsPlatform shared)
{
    private readonly TestPlatform platform = shared.Platform;

    private EventService.EventServiceClient Service => EventFactory.Client(platform);

    [Fact]
    public async Task Another_municipality_cannot_see_or_change_an_event_and_partnership_staff_see_no_registrations_and_a_few_seats_only_as_a_band()
    {
        var holder = platform.MunicipalityCodes.Take();
        var other = platform.MunicipalityCodes.Take();
        var partnership = await Scenario.PartnershipWithMembersAsync(platform, holder, other);
        var workshop = await EventFactory.CreateAsync(platform, holder, EventFactory.Fields($"Kun for {holder}", capacity: 5));
        await EventFactory.RegisterAsync(platform, holder, workshop, "Ole");
        var memberOfOther = platform.As(RoleGrant.ForMunicipality(PlatformRole.MunicipalityMember, other));
        var staff = platform.As(RoleGrant.ForPartnership(PlatformRole.PartnershipStaff, partnership));
        var byId = new GetEventRequest { MunicipalityCode = holder, Id = workshop.Id };

        await RpcAssert.FailsWith(StatusCode.PermissionDenied, () => Service.GetEventAsync(byId, memberOfOther).ResponseAsync);
        await RpcAssert.FailsWith(StatusCode.PermissionDenied, () => Service.RegisterAsync(new RegisterRequest
        {
            MunicipalityCode = holder, EventId = workshop.Id, Group = TargetGroup.Children, HeadCount = 1,
        }, memberOfOther).ResponseAsync);
        await RpcAssert.FailsWith(StatusCode.NotFound, () =>
            Service.GetEventAsync(new GetEventRequest { MunicipalityCode = other, Id = workshop.Id }, platform.AsAdmin()).ResponseAsync);
        Assert.Empty((await Service.ListEventsAsync(new ListEventsRequest { MunicipalityCode = other }, memberOfOther)).Events);

        await RpcAssert.FailsWith(StatusCode.PermissionDenied, () =>
            Service.ListRegistrationsAsync(new ListRegistrationsRequest { MunicipalityCode = holder, EventId = workshop.Id }, staff).ResponseAsync);
        Assert.Equal(Published.Band, (await Service.GetEventAsync(byId, staff)).Seats);
        await RpcAssert.FailsWith(StatusCode.PermissionDenied, () =>
            EventFactory.CreateAsync(platform, holder, EventFactory.Fields("Staff må ikke"), staff));
        await RpcAssert.FailsWith(StatusCode.PermissionDenied, () =>
            Service.GetCalendarFeedAsync(new GetCalendarFeedRequest { MunicipalityCode = holder }, memberOfOther).ResponseAsync);
    }
}
