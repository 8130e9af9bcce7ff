using Grpc.Core;
using Platform.Contracts.Events.V1;
using Platform.Events.Tests.Infrastructure;
using Platform.Testing;

namespace Platform.Events.Tests.PersonalData;

public sealed class ParticipantLogTests
{
    [Fact]
    public async Task A_refused_second_registration_a_promotion_a_public_sign_up_and_its_cancellation_and_their_e_mails_leave_no_participant_s_name_address_or_token_in_the_logs()
    {
        await using var mail = new SmtpSink();
        await using var platform = await TestPlatform.StartAsync(settings: EventsPlatform.Settings(mail));
        var code = platform.MunicipalityCodes.Take();
        await Scenario.PartnershipWithMembersAsync(platform, code);
        var cafe = await EventFactory.CreateAsync(platform, code, EventFactory.Fields("Forældrecafé", capacity: 1));
        var first = await EventFactory.RegisterAsync(platform, code, cafe, "Oline Aflyser");
        await EventFactory.RegisterAsync(platform, code, cafe, "Pernille Venter");

        await RpcAssert.FailsWith(StatusCode.AlreadyExists, () => EventFactory.RegisterAsync(platform, code, cafe, "Pernille Venter"));
        // On the public page: a sign-up of a waiting address, a repeat of it, and a cancellation through its e-mailed link.
        await SignUps.SignUpAsync(platform, mail, code, cafe, "Signe Skriver", "signe.skriver@example.dk");
        var repeated = await SignUps.SignUpAsync(platform, mail, code, cafe, "Signe Skriver", "signe.skriver@example.dk", count: 2);
        var link = SignUps.CancelLink(repeated);
        using (var http = new HttpClient())
        using (var confirm = new FormUrlEncodedContent(new Dictionary<string, string> { ["lang"] = "da" }))
        {
            (await http.PostAsync(link, confirm)).EnsureSuccessStatusCode();
        }

        await EventFactory.Client(platform).CancelRegistrationAsync(
            new CancelRegistrationRequest { MunicipalityCode = code, EventId = cafe.Id, RegistrationId = first.Id }, platform.AsAdmin());
        await mail.WaitForAsync(all => all.Any(m => m.To.ToString() == "pernille.venter@example.dk"), TimeSpan.FromSeconds(30));

        var lines = platform.Logs.Lines;
        Assert.Contains(lines, line => line.Contains("AlreadyExists", StringComparison.Ordinal));
        Assert.DoesNotContain(lines, line =>
            new[] { "Oline", "Aflyser", "Pernille", "Venter", "Signe", "Skriver", "@example.dk", link[(link.IndexOf("token=", StringComparison.Ordinal) + 6)..][..20] }.Any(word => line.Contains(word, StringComparison.OrdinalIgnoreCase)));
    }
}
