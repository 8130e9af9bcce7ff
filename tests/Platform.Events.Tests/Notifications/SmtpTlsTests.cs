using Platform.Contracts.Events.V1;
using Platform.Events.Tests.Infrastructure;
using Platform.Testing;

namespace Platform.Events.Tests.Notifications;

public sealed class SmtpTlsTests
{
    [Fact]
    public async Task Notices_carrying_names_and_addresses_ask_the_server_for_STARTTLS_unless_a_setting_turns_it_off()
    {
        await using var mail = new SmtpSink();
        // The SMTP settings without UseTls: the module's default decides.
        await using var platform = await TestPlatform.StartAsync(settings:
        [
            "--Platform:Modules:events:Smtp:Host=127.0.0.1",
            $"--Platform:Modules:events:Smtp:Port={mail.Port}",
            "--Platform:Modules:events:Smtp:From=events@example.dk",
        ]);
        var code = platform.MunicipalityCodes.Take();
        await Scenario.PartnershipWithMembersAsync(platform, code);
        var workshop = await EventFactory.CreateAsync(platform, code, EventFactory.Fields("Forældrecafé", capacity: 1));
        var first = await EventFactory.RegisterAsync(platform, code, workshop, "Ole Aflyser");
        await EventFactory.RegisterAsync(platform, code, workshop, "Pia Venter");

        // Pia's promotion is a notice with her name and address: it is not sent until the connection is encrypted.
        await EventFactory.Client(platform).CancelRegistrationAsync(
            new CancelRegistrationRequest { MunicipalityCode = code, EventId = workshop.Id, RegistrationId = first.Id }, platform.AsAdmin());

        await mail.StartTlsAsked.WaitAsync(TimeSpan.FromSeconds(30));
        Assert.Empty(mail.Received);
    }
}
