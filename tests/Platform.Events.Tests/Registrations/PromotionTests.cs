using Grpc.Core;
using Platform.Contracts.Events.V1;
using Platform.Events.Tests.Infrastructure;
using Platform.Identity;
using Platform.Testing;

namespace Platform.Events.Tests.Registrations;

[Collection(EventsCollection.Name)]
public sealed class PromotionTests(EventsPlatform shared)
{
    private static readonly TimeSpan MailTimeout = TimeSpan.FromSeconds(30);

    private readonly TestPlatform platform = shared.Platform;

    private EventService.EventServiceClient Service => EventFactory.Client(platform);

    [Fact]
    public async Task A_coordinator_gives_the_second_on_the_waitlist_a_seat_above_capacity_and_the_first_keeps_first_place()
    {
        var code = platform.MunicipalityCodes.Take();
        await Scenario.PartnershipWithMembersAsync(platform, code);
        var workshop = await EventFactory.CreateAsync(platform, code, EventFactory.Fields("Tolket forældremøde", capacity: 1));
        var anna = await EventFactory.RegisterAsync(platform, code, workshop, "Anna Siddende");
        var bo = await EventFactory.RegisterAsync(platform, code, workshop, "Bo Venter");
        var carl = await EventFactory.RegisterAsync(platform, code, workshop, "Carl Tolk");
        var coordinator = platform.As(RoleGrant.ForMunicipality(PlatformRole.MunicipalityCoordinator, code));

        var promoted = await Service.PromoteRegistrationAsync(Promote(code, workshop, carl.Id), coordinator);
        var mail = await shared.Mail.WaitForAsync(all => all.Any(m => m.To.ToString() == "carl.tolk@example.dk"), MailTimeout);

        Assert.Equal((carl.Id, RegistrationStatus.Registered, 0), (promoted.Id, promoted.Status, promoted.WaitlistPosition));
        var list = (await Service.ListRegistrationsAsync(new ListRegistrationsRequest { MunicipalityCode = code, EventId = workshop.Id }, coordinator)).Registrations;
        Assert.Equal(
            [(anna.Id, RegistrationStatus.Registered, 0), (carl.Id, RegistrationStatus.Registered, 0), (bo.Id, RegistrationStatus.Waitlisted, 1)],
            list.Select(r => (r.Id, r.Status, r.WaitlistPosition)));
        var @event = await Service.GetEventAsync(new GetEventRequest { MunicipalityCode = code, Id = workshop.Id }, coordinator);
        Assert.Equal((2, 1, 1), (@event.SeatsTaken, @event.Fields.Capacity, @event.Waitlisted));
        var notice = mail.Single(m => m.To.ToString() == "carl.tolk@example.dk");
        Assert.StartsWith("Du har fået en plads / You have a seat: Tolket forældremøde", notice.Subject, StringComparison.Ordinal);
        Assert.DoesNotContain(mail, m => m.To.ToString() == "bo.venter@example.dk");
    }

    [Fact]
    public async Task An_event_with_a_seat_given_above_capacity_can_still_be_edited_but_its_capacity_not_lowered_below_the_seats_taken()
    {
        var code = platform.MunicipalityCodes.Take();
        await Scenario.PartnershipWithMembersAsync(platform, code);
        var workshop = await EventFactory.CreateAsync(platform, code, EventFactory.Fields("Madværksted med ekstra stole", capacity: 2));
        await EventFactory.RegisterAsync(platform, code, workshop, "Hanne Siddende");
        await EventFactory.RegisterAsync(platform, code, workshop, "Ib Siddende");
        var waiting = await EventFactory.RegisterAsync(platform, code, workshop, "Jonna Ekstra");
        await Service.PromoteRegistrationAsync(Promote(code, workshop, waiting.Id), platform.AsAdmin());
        var fields = workshop.Fields.Clone();
        fields.Title = "Madværksted med ekstra stole og tolk";

        var edited = await Service.UpdateEventAsync(
            new UpdateEventRequest { MunicipalityCode = code, Id = workshop.Id, ExpectedVersion = workshop.Version, Fields = fields }, platform.AsAdmin());
        fields.Capacity = 1;

        Assert.Equal(("Madværksted med ekstra stole og tolk", 2, 3), (edited.Fields.Title, edited.Fields.Capacity, edited.SeatsTaken));
        await RpcAssert.FailsWith(StatusCode.FailedPrecondition, () => Service.UpdateEventAsync(
            new UpdateEventRequest { MunicipalityCode = code, Id = workshop.Id, ExpectedVersion = edited.Version, Fields = fields }, platform.AsAdmin()).ResponseAsync);
    }

    [Fact]
    public async Task Only_a_waitlisted_registration_of_the_event_can_be_promoted_and_a_bad_id_names_registration_id()
    {
        var code = platform.MunicipalityCodes.Take();
        await Scenario.PartnershipWithMembersAsync(platform, code);
        var workshop = await EventFactory.CreateAsync(platform, code, EventFactory.Fields("Fuldt værksted", capacity: 1));
        var seated = await EventFactory.RegisterAsync(platform, code, workshop, "Dorte Siddende");
        var cancelled = await EventFactory.RegisterAsync(platform, code, workshop, "Erik Aflyst");
        await Service.CancelRegistrationAsync(
            new CancelRegistrationRequest { MunicipalityCode = code, EventId = workshop.Id, RegistrationId = cancelled.Id }, platform.AsAdmin());

        await RpcAssert.FailsWith(StatusCode.FailedPrecondition, () => Service.PromoteRegistrationAsync(Promote(code, workshop, seated.Id), platform.AsAdmin()).ResponseAsync);
        await RpcAssert.FailsWith(StatusCode.FailedPrecondition, () => Service.PromoteRegistrationAsync(Promote(code, workshop, cancelled.Id), platform.AsAdmin()).ResponseAsync);
        await RpcAssert.FailsWith(StatusCode.NotFound, () => Service.PromoteRegistrationAsync(Promote(code, workshop, Guid.NewGuid().ToString()), platform.AsAdmin()).ResponseAsync);
        await RpcAssert.InvalidField("registration_id", () => Service.PromoteRegistrationAsync(Promote(code, workshop, "not-an-id"), platform.AsAdmin()).ResponseAsync);
        var @event = await Service.GetEventAsync(new GetEventRequest { MunicipalityCode = code, Id = workshop.Id }, platform.AsAdmin());
        Assert.Equal((1, 0), (@event.SeatsTaken, @event.Waitlisted));
    }

    [Fact]
    public async Task A_viewer_and_another_municipality_s_coordinator_cannot_promote_and_the_waitlist_stays_as_it_was()
    {
        var holder = platform.MunicipalityCodes.Take();
        var other = platform.MunicipalityCodes.Take();
        await Scenario.PartnershipWithMembersAsync(platform, holder, other);
        var workshop = await EventFactory.CreateAsync(platform, holder, EventFactory.Fields("Kun for indehaveren", capacity: 1));
        await EventFactory.RegisterAsync(platform, holder, workshop, "Fie Siddende");
        var waiting = await EventFactory.RegisterAsync(platform, holder, workshop, "Gorm Venter");
        var viewer = platform.As(RoleGrant.ForMunicipality(PlatformRole.Viewer, holder));
        var otherCoordinator = platform.As(RoleGrant.ForMunicipality(PlatformRole.MunicipalityCoordinator, other));

        await RpcAssert.FailsWith(StatusCode.PermissionDenied, () => Service.PromoteRegistrationAsync(Promote(holder, workshop, waiting.Id), viewer).ResponseAsync);
        await RpcAssert.FailsWith(StatusCode.PermissionDenied, () => Service.PromoteRegistrationAsync(Promote(holder, workshop, waiting.Id), otherCoordinator).ResponseAsync);
        await RpcAssert.FailsWith(StatusCode.NotFound, () => Service.PromoteRegistrationAsync(Promote(other, workshop, waiting.Id), otherCoordinator).ResponseAsync);

        var @event = await Service.GetEventAsync(new GetEventRequest { MunicipalityCode = holder, Id = workshop.Id }, platform.AsAdmin());
        Assert.Equal((1, 1), (@event.SeatsTaken, @event.Waitlisted));
    }

    private static PromoteRegistrationRequest Promote(string code, Event @event, string registrationId) =>
        new() { MunicipalityCode = code, EventId = @event.Id, RegistrationId = registrationId };
}
