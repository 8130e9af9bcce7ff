using Grpc.Core;
using Platform.Contracts.Events.V1;
using Platform.Events.Tests.Infrastructure;
using Platform.Sdk.Data;
using Platform.Testing;

namespace Platform.Events.Tests.Registrations;

[Collection(EventsCollection.Name)]
public sealed class CapacityTests(EventsPlatform shared)
{
    private readonly TestPlatform platform = shared.Platform;

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Two_hundred_concurrent_registrations_for_fifty_seats_end_with_fifty_registered_and_one_hundred_fifty_waitlisted(DatabaseProvider provider)
    {
        await using var own = await TestPlatform.StartAsync(settings: await TestDatabases.NewDatabaseAsync(provider));
        var code = own.MunicipalityCodes.Take();
        await Scenario.PartnershipWithMembersAsync(own, code);
        var workshop = await EventFactory.CreateAsync(own, code, EventFactory.Fields("Workshop", capacity: 50));
        var service = EventFactory.Client(own);

        var answers = await Task.WhenAll(Enumerable.Range(0, 200).Select(i => service.RegisterAsync(new RegisterRequest
        {
            MunicipalityCode = code,
            EventId = workshop.Id,
            Group = TargetGroup.ParentsAndFamilies,
            Participant = new Participant { Name = $"Forælder {i}", Email = $"parent{i}@example.dk" },
        }, own.AsAdmin()).ResponseAsync));

        var stored = (await service.ListRegistrationsAsync(new ListRegistrationsRequest { MunicipalityCode = code, EventId = workshop.Id }, own.AsAdmin())).Registrations;
        var @event = await service.GetEventAsync(new GetEventRequest { MunicipalityCode = code, Id = workshop.Id }, own.AsAdmin());
        Assert.Equal(50, answers.Count(a => a.Status == RegistrationStatus.Registered));
        Assert.Equal(150, answers.Count(a => a.Status == RegistrationStatus.Waitlisted));
        Assert.Equal(200, stored.Select(r => r.Participant.Email).Distinct().Count());
        Assert.Equal(50, stored.Count(r => r.Status == RegistrationStatus.Registered));
        Assert.Equal(Enumerable.Range(1, 150), stored.Where(r => r.Status == RegistrationStatus.Waitlisted).Select(r => r.WaitlistPosition));
        Assert.Equal((50, 150), (@event.SeatsTaken, @event.Waitlisted));
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Twenty_concurrent_registrations_of_one_e_mail_leave_exactly_one_and_the_rest_are_told_it_exists(DatabaseProvider provider)
    {
        await using var own = await TestPlatform.StartAsync(settings: await TestDatabases.NewDatabaseAsync(provider));
        var code = own.MunicipalityCodes.Take();
        await Scenario.PartnershipWithMembersAsync(own, code);
        var workshop = await EventFactory.CreateAsync(own, code, EventFactory.Fields("Workshop", capacity: 5));
        var service = EventFactory.Client(own);

        var outcomes = await Task.WhenAll(Enumerable.Range(0, 20).Select(async i =>
        {
            try
            {
                await service.RegisterAsync(new RegisterRequest
                {
                    MunicipalityCode = code, EventId = workshop.Id, Group = TargetGroup.Professionals,
                    Participant = new Participant { Name = $"Tvilling {i}", Email = i % 2 == 0 ? "same@example.dk" : "SAME@example.dk" },
                }, own.AsAdmin());
                return StatusCode.OK;
            }
            catch (RpcException exception)
            {
                return exception.StatusCode;
            }
        }));

        Assert.Equal(1, outcomes.Count(code => code == StatusCode.OK));
        Assert.Equal(19, outcomes.Count(code => code == StatusCode.AlreadyExists));
        var @event = await service.GetEventAsync(new GetEventRequest { MunicipalityCode = code, Id = workshop.Id }, own.AsAdmin());
        Assert.Equal((1, 0), (@event.SeatsTaken, @event.Waitlisted));
    }

    [Fact]
    public async Task Cancellations_promote_the_waitlist_in_order_of_arrival_and_a_head_count_that_does_not_fit_waits_its_turn()
    {
        var code = platform.MunicipalityCodes.Take();
        await Scenario.PartnershipWithMembersAsync(platform, code);
        var workshop = await EventFactory.CreateAsync(platform, code, EventFactory.Fields("Madværksted", capacity: 2));
        var service = EventFactory.Client(platform);
        var anna = await EventFactory.RegisterAsync(platform, code, workshop, "Anna");
        var bo = await EventFactory.RegisterAsync(platform, code, workshop, "Bo");
        var family = await service.RegisterAsync(new RegisterRequest
        {
            MunicipalityCode = code, EventId = workshop.Id, Group = TargetGroup.Children, HeadCount = 2,
        }, platform.AsAdmin());
        var carl = await EventFactory.RegisterAsync(platform, code, workshop, "Carl");

        var firstCancel = await service.CancelRegistrationAsync(new CancelRegistrationRequest
        {
            MunicipalityCode = code, EventId = workshop.Id, RegistrationId = anna.Id,
        }, platform.AsAdmin());
        var secondCancel = await service.CancelRegistrationAsync(new CancelRegistrationRequest
        {
            MunicipalityCode = code, EventId = workshop.Id, RegistrationId = bo.Id,
        }, platform.AsAdmin());

        Assert.Equal((RegistrationStatus.Waitlisted, 1, 2), (family.Status, family.WaitlistPosition, carl.WaitlistPosition));
        Assert.Empty(firstCancel.Promoted);
        Assert.Equal([family.Id], secondCancel.Promoted.Select(p => p.Id));
        var list = (await service.ListRegistrationsAsync(new ListRegistrationsRequest { MunicipalityCode = code, EventId = workshop.Id }, platform.AsAdmin())).Registrations;
        Assert.Equal([(family.Id, RegistrationStatus.Registered, 0), (carl.Id, RegistrationStatus.Waitlisted, 1)],
            list.Where(r => r.Status != RegistrationStatus.Cancelled).Select(r => (r.Id, r.Status, r.WaitlistPosition)));
        await RpcAssert.FailsWith(StatusCode.FailedPrecondition, () => service.CancelRegistrationAsync(new CancelRegistrationRequest
        {
            MunicipalityCode = code, EventId = workshop.Id, RegistrationId = anna.Id,
        }, platform.AsAdmin()).ResponseAsync);
    }

    [Fact]
    public async Task One_e_mail_registers_once_per_event_whatever_its_letter_case_until_it_cancels()
    {
        var code = platform.MunicipalityCodes.Take();
        await Scenario.PartnershipWithMembersAsync(platform, code);
        var workshop = await EventFactory.CreateAsync(platform, code, EventFactory.Fields("Bevægelse"));
        var service = EventFactory.Client(platform);
        RegisterRequest As(string email) => new()
        {
            MunicipalityCode = code, EventId = workshop.Id, Group = TargetGroup.Professionals,
            Participant = new Participant { Name = "Dorte", Email = email, Organisation = "Skolen" },
        };

        var first = await service.RegisterAsync(As("dorte@example.dk"), platform.AsAdmin());
        await RpcAssert.FailsWith(StatusCode.AlreadyExists, () => service.RegisterAsync(As("Dorte@Example.dk"), platform.AsAdmin()).ResponseAsync);
        await service.CancelRegistrationAsync(new CancelRegistrationRequest { MunicipalityCode = code, EventId = workshop.Id, RegistrationId = first.Id }, platform.AsAdmin());
        var again = await service.RegisterAsync(As("dorte@example.dk"), platform.AsAdmin());

        Assert.Equal(RegistrationStatus.Registered, again.Status);
        await RpcAssert.InvalidField("participant.email", () => service.RegisterAsync(As("dorte at example"), platform.AsAdmin()).ResponseAsync);
        await RpcAssert.InvalidField("head_count", () => service.RegisterAsync(
            new RegisterRequest { MunicipalityCode = code, EventId = workshop.Id, Group = TargetGroup.Children }, platform.AsAdmin()).ResponseAsync);
        await RpcAssert.InvalidField("group", () => service.RegisterAsync(
            new RegisterRequest { MunicipalityCode = code, EventId = workshop.Id, HeadCount = 3 }, platform.AsAdmin()).ResponseAsync);
    }

    [Fact]
    public async Task Registration_closes_at_the_event_s_start()
    {
        var code = platform.MunicipalityCodes.Take();
        await Scenario.PartnershipWithMembersAsync(platform, code);
        var started = await EventFactory.CreateAsync(platform, code, EventFactory.Fields("Allerede i gang", DateTimeOffset.UtcNow.AddMinutes(-5)));

        await RpcAssert.FailsWith(StatusCode.FailedPrecondition, () => EventFactory.RegisterAsync(platform, code, started, "Sen Ankomst"));
    }

    [Fact]
    public async Task Anonymous_head_counts_take_seats_and_attendance_is_counted_by_group()
    {
        var code = platform.MunicipalityCodes.Take();
        await Scenario.PartnershipWithMembersAsync(platform, code);
        var day = await EventFactory.CreateAsync(platform, code, EventFactory.Fields("Legedag", capacity: 30, type: EventType.CommunityEvent));
        var service = EventFactory.Client(platform);
        var children = await service.RegisterAsync(new RegisterRequest { MunicipalityCode = code, EventId = day.Id, Group = TargetGroup.Children, HeadCount = 12 }, platform.AsAdmin());
        var parent = await EventFactory.RegisterAsync(platform, code, day, "Eva");
        await EventFactory.RegisterAsync(platform, code, day, "Finn");

        await service.CheckInAsync(new CheckInRequest { MunicipalityCode = code, EventId = day.Id, RegistrationId = children.Id, Attended = 10 }, platform.AsAdmin());
        await service.CheckInAsync(new CheckInRequest { MunicipalityCode = code, EventId = day.Id, RegistrationId = parent.Id, Attended = 1 }, platform.AsAdmin());
        var attendance = await service.GetAttendanceAsync(new GetAttendanceRequest { MunicipalityCode = code, EventId = day.Id }, platform.AsAdmin());

        Assert.Null(children.Participant);
        Assert.Equal([(TargetGroup.Children, 12, 10), (TargetGroup.ParentsAndFamilies, 2, 1)],
            attendance.Groups.Select(g => (g.Group, g.Registered, g.Attended)));
        Assert.Equal((14, 11), (attendance.Registered, attendance.Attended));
        await RpcAssert.InvalidField("attended", () => service.CheckInAsync(
            new CheckInRequest { MunicipalityCode = code, EventId = day.Id, RegistrationId = parent.Id, Attended = 2 }, platform.AsAdmin()).ResponseAsync);
    }
}
