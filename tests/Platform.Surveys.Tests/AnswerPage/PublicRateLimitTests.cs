using System.Net;
using Platform.Testing;

namespace Platform.Surveys.Tests.AnswerPage;

/// <summary>The host's per-client limit in front of every public page, before a link's own limit.</summary>
public sealed class PublicRateLimitTests
{
    [Fact]
    public async Task A_client_over_its_public_requests_a_minute_gets_a_page_saying_to_wait_a_minute_with_429_on_every_module_s_public_pages()
    {
        await using var platform = await TestPlatform.StartAsync(settings: "--Platform:PublicRequestsPerMinute=4");
        var code = platform.MunicipalityCodes.Take();
        await Scenario.PartnershipWithMembersAsync(platform, code);
        using var http = new HttpClient { BaseAddress = platform.WebAddress };

        // Four requests to the public pages of two modules pass (a missing link is a 404 page, a notice a 200 page).
        Assert.Equal(HttpStatusCode.NotFound, (await http.GetAsync($"/surveys/a/{code}{new string('A', 43)}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync($"/surveys/privacy/{code}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync($"/events/privacy/{code}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await http.GetAsync($"/surveys/k/{code}-AAAA-AAAA-AAAA")).StatusCode);

        var refused = await http.GetAsync($"/events/accessibility/{code}?lang=en");
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.Equal(TimeSpan.FromSeconds(60), refused.Headers.RetryAfter?.Delta);
        Assert.Contains("Wait a minute, then try again.", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        // The platform's own endpoints are not public pages and are not limited by it.
        Assert.NotEqual(HttpStatusCode.TooManyRequests, (await http.GetAsync("/")).StatusCode);
    }
}
