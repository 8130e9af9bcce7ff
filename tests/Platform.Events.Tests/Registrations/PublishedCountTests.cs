using Platform.Contracts.Events.V1;
using Platform.Events.Tests.Infrastructure;
using Platform.Identity;
using Platform.Sdk.Data;
using Platform.Sdk.Disclosure;
using Platform.Testing;

namespace Platform.Events.Tests.Registrations;

public sealed class PublishedCountTests
{
    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Partnership_staff_see_seats_waitlist_and_attendance_published_from_their_cells_alike_in_every_call_while_the_municipality_s_viewer_sees_them_exact(
        DatabaseProvider provider)
    {
        await using var own = await TestPlatform.StartAsync(settings: await TestDatabases.NewDatabaseAsync(provider));
        var code = own.MunicipalityCodes.Take();
        var partnership = await Scenario.PartnershipWithMembersAsync(own, code);
        var day = await EventFactory.CreateAsync(own, code, EventFactory.Fields("Familiedag", capacity: 10));
        var service = EventFactory.Client(own);
        Task<Registration> HeadCountAsync(int people) => service.RegisterAsync(new RegisterRequest
        {
            MunicipalityCode = code, EventId = day.Id, Group = TargetGroup.Children, HeadCount = people,
        }, own.AsAdmin()).ResponseAsync;
        Task CameAsync(Registration registration, int attended) => service.CheckInAsync(new CheckInRequest
        {
            MunicipalityCode = code, EventId = day.Id, RegistrationId = registration.Id, Attended = attended,
        }, own.AsAdmin()).ResponseAsync;
        var children = await HeadCountAsync(9);
        var parent = await EventFactory.RegisterAsync(own, code, day, "Mette Mor");
        var late = await HeadCountAsync(6);
        await CameAsync(children, 8);
        await CameAsync(parent, 1);
        var (childrenKey, parentKey, lateKey) =
            (await StoredRecordKeys.SumAsync(own, children), await StoredRecordKeys.SumAsync(own, parent), await StoredRecordKeys.SumAsync(own, late));
        var staff = own.As(RoleGrant.ForPartnership(PlatformRole.PartnershipStaff, partnership));
        var viewer = own.As(RoleGrant.ForMunicipality(PlatformRole.Viewer, code));
        var byId = new GetEventRequest { MunicipalityCode = code, Id = day.Id };
        var attendanceOfDay = new GetAttendanceRequest { MunicipalityCode = code, EventId = day.Id };

        var seenByStaff = new[]
        {
            await service.GetEventAsync(byId, staff),
            (await service.ListEventsAsync(new ListEventsRequest { MunicipalityCode = code }, staff)).Events.Single(),
            (await service.ListPartnershipEventsAsync(new ListPartnershipEventsRequest { PartnershipId = partnership }, staff)).Events.Single(),
        };
        var attendance = await service.GetAttendanceAsync(attendanceOfDay, staff);
        var attendanceAgain = await service.GetAttendanceAsync(attendanceOfDay, staff);
        var seenByViewer = await service.GetEventAsync(byId, viewer);
        var attendanceByViewer = await service.GetAttendanceAsync(attendanceOfDay, viewer);

        var (seated, waiting) = (PeopleCount.FromKeySum(10, childrenKey + parentKey), PeopleCount.FromKeySum(6, lateKey));
        Assert.All(seenByStaff, e => Assert.Equal((Published.Shown(seated), Published.Shown(waiting)), (e.Seats, e.Waitlist)));
        Assert.All(seenByStaff, e => Assert.Equal((e.Seats.Count, e.Waitlist.Count), (e.SeatsTaken, e.Waitlisted)));
        Assert.Equal(attendanceAgain, attendance);
        Assert.Equal((Published.Shown(seated), Published.Shown(waiting), Published.Shown(PeopleCount.FromKeySum(9, childrenKey + parentKey))),
            (attendance.RegisteredCount, attendance.WaitlistedCount, attendance.AttendedCount));
        Assert.Equal(
            [(TargetGroup.Children, Published.Shown(PeopleCount.FromKeySum(9, childrenKey)), Published.Shown(waiting), Published.Shown(PeopleCount.FromKeySum(8, childrenKey))),
             (TargetGroup.ParentsAndFamilies, Published.Band, Published.Shown(default), Published.Band)],
            attendance.Groups.Select(g => (g.Group, g.RegisteredCount, g.WaitlistedCount, g.AttendedCount)));
        Assert.Equal((10, 6), (seenByViewer.SeatsTaken, seenByViewer.Waitlisted));
        Assert.Equal((Published.Exact(10), Published.Exact(6)), (seenByViewer.Seats, seenByViewer.Waitlist));
        Assert.Equal([(TargetGroup.Children, 9, 6, 8), (TargetGroup.ParentsAndFamilies, 1, 0, 1)],
            attendanceByViewer.Groups.Select(g => (g.Group, g.Registered, g.Waitlisted, g.Attended)));
        Assert.Equal((10, 6, 9), (attendanceByViewer.Registered, attendanceByViewer.Waitlisted, attendanceByViewer.Attended));
    }
}
