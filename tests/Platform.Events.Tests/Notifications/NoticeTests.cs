using Platform.Contracts.Events.V1;
using Platform.Events.Tests.Infrastructure;
using Platform.Testing;

namespace Platform.Events.Tests.Notifications;

[Collection(EventsCollection.Name)]
public sealed class NoticeTests(EventsPlatform shared)
{
    private static readonly TimeSpan MailTimeout = TimeSpan.FromSeconds(30);

    private readonly TestPlatform platform = shared.Platform;

    [Fact]
    public async Task A_participant_promoted_from_the_waitlist_gets_an_e_mail_through_the_configured_SMTP_server()
    {
        var code = platform.MunicipalityCodes.Take();
        await Scenario.PartnershipWithMembersAsync(platform, code);
        var workshop = await EventFactory.CreateAsync(platform, code, EventFactory.Fields("Kokkeskole", capacity: 1));
        var first = await EventFactory.RegisterAsync(platform, code, workshop, "Gitte");
        await EventFactory.RegisterAsync(platform, code, workshop, "Hans Promoveret");

        await EventFactory.Client(platform).CancelRegistrationAsync(
            new CancelRegistrationRequest { MunicipalityCode = code, EventId = workshop.Id, RegistrationId = first.Id }, platform.AsAdmin());
        var mail = await shared.Mail.WaitForAsync(all => all.Any(m => m.To.ToString() == "hans.promoveret@example.dk"), MailTimeout);

        var notice = mail.Single(m => m.To.ToString() == "hans.promoveret@example.dk");
        Assert.Contains("Kokkeskole", notice.Subject, StringComparison.Ordinal);
        Assert.Equal("events@example.dk", notice.From.ToString());
        Assert.DoesNotContain(mail, m => m.To.ToString() == "gitte@example.dk");
    }

    [Fact]
    public async Task Registered_participants_get_one_reminder_before_the_event_and_the_waitlist_gets_none()
    {
        var code = platform.MunicipalityCodes.Take();
        await Scenario.PartnershipWithMembersAsync(platform, code);
        // The reminder lead of these tests is one hour, so an event in 40 minutes is reminded of at once.
        var soon = await EventFactory.CreateAsync(platform, code, EventFactory.Fields("Løbeklub", DateTimeOffset.UtcNow.AddHours(2), capacity: 1));
        await EventFactory.RegisterAsync(platform, code, soon, "Ida Paamindet");
        await EventFactory.RegisterAsync(platform, code, soon, "Jens Venter");
        var fields = soon.Fields.Clone();
        fields.Start = Google.Protobuf.WellKnownTypes.Timestamp.FromDateTimeOffset(DateTimeOffset.UtcNow.AddMinutes(40));
        fields.End = Google.Protobuf.WellKnownTypes.Timestamp.FromDateTimeOffset(DateTimeOffset.UtcNow.AddMinutes(100));

        await EventFactory.Client(platform).UpdateEventAsync(
            new UpdateEventRequest { MunicipalityCode = code, Id = soon.Id, ExpectedVersion = soon.Version, Fields = fields }, platform.AsAdmin());
        var mail = await shared.Mail.WaitForAsync(all => all.Any(m => m.To.ToString() == "ida.paamindet@example.dk"), MailTimeout);

        var reminder = mail.Single(m => m.To.ToString() == "ida.paamindet@example.dk");
        Assert.StartsWith("Påmindelse / Reminder: Løbeklub", reminder.Subject, StringComparison.Ordinal);
        Assert.DoesNotContain(mail, m => m.To.ToString() == "jens.venter@example.dk");
    }
}
