using Grpc.Core;
using Platform.Contracts.Events.V1;
using Platform.Events.Tests.Infrastructure;
using Platform.Testing;

namespace Platform.Events.Tests.PersonalData;

public sealed class ParticipantLogTests
{
    [Fact]
    public async Task A_refused_second_registration_a_promotion_and_its_e_mail_leave_no_participant_s_name_or_address_in_the_logs()
    {
        await using var mail = new SmtpSink();
        await using var platform = await TestPlatform.StartAsync(settings: EventsPlatform.Settings(mail));
        var code = platform.MunicipalityCodes.Take();
        await Scenario.PartnershipWithMembersAsync(platform, code);
        var cafe = await EventFactory.CreateAsync(platform, code, EventFactory.Fields("Forældrecafé", capacity: 1));
        var first = await EventFactory.RegisterAsync(platform, code, cafe, "Oline Aflyser");
        await EventFactory.RegisterAsync(platform, code, cafe, "Pernille Venter");

        await RpcAssert.FailsWith(StatusCode.AlreadyExists, () => EventFactory.RegisterAsync(platform, code, cafe, "Pernille Venter"));
        await EventFactory.Client(platform).CancelRegistrationAsync(
            new CancelRegistrationRequest { MunicipalityCode = code, EventId = cafe.Id, RegistrationId = first.Id }, platform.AsAdmin());
        await mail.WaitForAsync(all => all.Any(m => m.To.ToString() == "pernille.venter@example.dk"), TimeSpan.FromSeconds(30));

        var lines = platform.Logs.Lines;
        Assert.Contains(lines, line => line.Contains("AlreadyExists", StringComparison.Ordinal));
        Assert.DoesNotContain(lines, line =>
            new[] { "Oline", "Aflyser", "Pernille", "Venter", "@example.dk" }.Any(word => line.Contains(word, StringComparison.OrdinalIgnoreCase)));
    }
}
