using System.Net;
using Platform.Contracts.Events.V1;
using Platform.Events.Tests.Infrastructure;
using Platform.Testing;

namespace Platform.Events.Tests.SignUp;

public sealed class SignUpRateLimitTests
{
    [Fact]
    public async Task A_sign_up_page_takes_its_limit_a_minute_then_asks_people_to_wait_and_stores_nothing_while_other_events_pages_go_on()
    {
        await using var platform = await TestPlatform.StartAsync(settings: "--Platform:Modules:events:SignUpsPerMinute=2");
        var code = platform.MunicipalityCodes.Take();
        await Scenario.PartnershipWithMembersAsync(platform, code);
        var workshop = await EventFactory.CreateAsync(platform, code, EventFactory.Fields("Workshop om leg"));
        var dialogue = await EventFactory.CreateAsync(platform, code, EventFactory.Fields("Dialogmøde"));
        using var http = new HttpClient { BaseAddress = platform.WebAddress };

        var statuses = new List<HttpStatusCode>();
        foreach (var name in new[] { "Anna", "Bo", "Cille" })
        {
            using var sent = await SignUpAsync(http, await PathAsync(platform, workshop), name);
            statuses.Add(sent.StatusCode);
        }

        using var refused = await SignUpAsync(http, await PathAsync(platform, workshop), "Dorte");
        using var elsewhere = await SignUpAsync(http, await PathAsync(platform, dialogue), "Dorte");

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], statuses);
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.Contains("Vent et minut", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, elsewhere.StatusCode);
        var registered = (await EventFactory.Client(platform).ListRegistrationsAsync(
            new ListRegistrationsRequest { MunicipalityCode = code, EventId = workshop.Id }, platform.AsAdmin())).Registrations;
        Assert.Equal(["Anna", "Bo"], registered.Select(r => r.Participant.Name).Order(StringComparer.Ordinal));
    }

    private static async Task<string> PathAsync(TestPlatform platform, Event @event) =>
        (await EventFactory.Client(platform).GetSignUpLinkAsync(
            new GetSignUpLinkRequest { MunicipalityCode = @event.MunicipalityCode, EventId = @event.Id }, platform.AsAdmin())).Path;

    private static async Task<HttpResponseMessage> SignUpAsync(HttpClient http, string path, string name)
    {
        using var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["name"] = name, ["email"] = $"{name.ToLowerInvariant()}@example.dk", ["group"] = "parents-and-families",
        });
        return await http.PostAsync(path, form);
    }
}
