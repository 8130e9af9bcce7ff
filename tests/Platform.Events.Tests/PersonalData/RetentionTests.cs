using Platform.Contracts.Events.V1;
using Platform.Events.Tests.Infrastructure;
using Platform.Testing;

namespace Platform.Events.Tests.PersonalData;

public sealed class RetentionTests
{
    [Fact]
    public async Task After_the_retention_period_participants_identities_are_erased_and_only_counts_remain()
    {
        await using var mail = new SmtpSink();
        await using var platform = await TestPlatform.StartAsync(settings: EventsPlatform.Settings(mail, "--Platform:Modules:events:Retention=00:00:00"));
        var code = platform.MunicipalityCodes.Take();
        await Scenario.PartnershipWithMembersAsync(platform, code);
        var start = DateTimeOffset.UtcNow.AddSeconds(5);
        var shortEvent = await EventFactory.CreateAsync(platform, code, EventFactory.Fields("Kort møde", start, TimeSpan.FromSeconds(1), capacity: 1));
        var service = EventFactory.Client(platform);
        await EventFactory.RegisterAsync(platform, code, shortEvent, "Mona");
        await EventFactory.RegisterAsync(platform, code, shortEvent, "Niels");
        var request = new ListRegistrationsRequest { MunicipalityCode = code, EventId = shortEvent.Id };

        var erased = await Poll.UntilAsync(
            "every registration to be anonymised",
            async () => (await service.ListRegistrationsAsync(request, platform.AsAdmin())).Registrations,
            registrations => registrations.All(r => r.Anonymised),
            TimeSpan.FromSeconds(30));

        Assert.All(erased, r => Assert.Null(r.Participant));
        Assert.Equal([RegistrationStatus.Registered, RegistrationStatus.Waitlisted], erased.Select(r => r.Status));
        var attendance = await service.GetAttendanceAsync(new GetAttendanceRequest { MunicipalityCode = code, EventId = shortEvent.Id }, platform.AsAdmin());
        Assert.Equal((1, 1), (attendance.Registered, attendance.Waitlisted));
    }
}
