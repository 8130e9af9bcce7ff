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
        var partnership = await Scenario.PartnershipWithMembersAsync(platform, "0230", "0240");
        var workshop = await EventFactory.CreateAsync(platform, "0230", EventFactory.Fields("Kun for 0230", capacity: 5));
        await EventFactory.RegisterAsync(platform, "0230", workshop, "Ole");
        var memberOfOther = platform.As(RoleGrant.ForMunicipality(PlatformRole.MunicipalityMember, "0240"));
        var staff = platform.As(RoleGrant.ForPartnership(PlatformRole.PartnershipStaff, partnership));
        var byId = new GetEventRequest { MunicipalityCode = "0230", Id = workshop.Id };

        await RpcAssert.FailsWith(StatusCode.PermissionDenied, () => Service.GetEventAsync(byId, memberOfOther).ResponseAsync);
        await RpcAssert.FailsWith(StatusCode.PermissionDenied, () => Service.RegisterAsync(new RegisterRequest
        {
            MunicipalityCode = "0230", EventId = workshop.Id, Group = TargetGroup.Children, HeadCount = 1,
        }, memberOfOther).ResponseAsync);
        await RpcAssert.FailsWith(StatusCode.NotFound, () =>
            Service.GetEventAsync(new GetEventRequest { MunicipalityCode = "0240", Id = workshop.Id }, platform.AsAdmin()).ResponseAsync);
        Assert.Empty((await Service.ListEventsAsync(new ListEventsRequest { MunicipalityCode = "0240" }, memberOfOther)).Events);

        await RpcAssert.FailsWith(StatusCode.PermissionDenied, () =>
            Service.ListRegistrationsAsync(new ListRegistrationsRequest { MunicipalityCode = "0230", EventId = workshop.Id }, staff).ResponseAsync);
        Assert.Equal(Published.Band, (await Service.GetEventAsync(byId, staff)).Seats);
        await RpcAssert.FailsWith(StatusCode.PermissionDenied, () =>
            EventFactory.CreateAsync(platform, "0230", EventFactory.Fields("Staff må ikke"), staff));
        await RpcAssert.FailsWith(StatusCode.PermissionDenied, () =>
            Service.GetCalendarFeedAsync(new GetCalendarFeedRequest { MunicipalityCode = "0230" }, memberOfOther).ResponseAsync);
    }
}
