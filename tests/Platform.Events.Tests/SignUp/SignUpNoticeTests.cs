using Microsoft.Playwright;
using Platform.Events.Tests.Infrastructure;
using Platform.Testing;

namespace Platform.Events.Tests.SignUp;

/// <summary>Every sign-up page links to the privacy notice and the accessibility statement of the event's municipality, carries the security headers and refuses a body that is no form.</summary>
[Collection(EventsCollection.Name)]
public sealed class SignUpNoticeTests(EventsPlatform shared, BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    private readonly TestPlatform platform = shared.Platform;

    [Fact]
    public async Task The_sign_up_page_and_its_answer_link_to_the_privacy_notice_that_says_names_are_deleted_after_the_retention_period()
    {
        var code = platform.MunicipalityCodes.Take();
        await Scenario.PartnershipWithMembersAsync(platform, code);
        var cafe = await EventFactory.CreateAsync(platform, code, EventFactory.Fields("Forældrecafé om søvn"));
        var page = await browser.PhoneAsync();
        await page.GotoAsync(new Uri(platform.WebAddress, await SignUps.PagePathAsync(platform, code, cafe)).ToString());

        var footer = page.GetByRole(AriaRole.Contentinfo);
        await Assertions.Expect(footer.GetByRole(AriaRole.Link, new() { Name = "Privatliv" })).ToHaveAttributeAsync("href", $"/events/privacy/{code}?lang=da");
        await Assertions.Expect(footer.GetByRole(AriaRole.Link, new() { Name = "Tilgængelighedserklæring" })).ToHaveAttributeAsync("href", $"/events/accessibility/{code}?lang=da");
        // A refusal is a page of the endpoint too: the form sent empty comes back with its errors and the footer.
        await page.GetByRole(AriaRole.Button, new() { Name = "Tilmeld mig" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Contentinfo).GetByRole(AriaRole.Link, new() { Name = "Privatliv" })).ToBeVisibleAsync();

        await page.GetByRole(AriaRole.Contentinfo).GetByRole(AriaRole.Link, new() { Name = "Privatliv" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Privatliv: tilmelding til arrangementer");
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("slettes 365 dage efter arrangementet");
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync($"Kommunen, {MunicipalityCodes.NameOf(code)}, er ansvarlig");
        await page.AssertNoAxeViolationsAsync();

        await page.GotoAsync(new Uri(platform.WebAddress, $"/events/accessibility/{code}?lang=en").ToString());
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Accessibility statement");
        await page.AssertNoAxeViolationsAsync();
    }

    [Fact]
    public async Task A_sign_up_or_a_cancel_posted_as_json_or_too_large_is_refused_as_the_sender_s_mistake_with_a_page_and_no_security_header_missing()
    {
        var code = platform.MunicipalityCodes.Take();
        await Scenario.PartnershipWithMembersAsync(platform, code);
        var cafe = await EventFactory.CreateAsync(platform, code, EventFactory.Fields("Forældrecafé om mad"));
        var path = await SignUps.PagePathAsync(platform, code, cafe);
        using var http = new HttpClient { BaseAddress = platform.WebAddress };

        var json = await http.PostAsync(path, new StringContent("{\"name\":\"A\"}", System.Text.Encoding.UTF8, "application/json"));
        Assert.Equal(System.Net.HttpStatusCode.UnsupportedMediaType, json.StatusCode);
        Assert.Equal("nosniff", Assert.Single(json.Headers.GetValues("X-Content-Type-Options")));
        var cancel = await http.PostAsync($"/events/signup/{code}/cancel?token=x", new StringContent("x", System.Text.Encoding.UTF8, "text/plain"));
        Assert.Equal(System.Net.HttpStatusCode.UnsupportedMediaType, cancel.StatusCode);
        var huge = await http.PostAsync(path, new FormUrlEncodedContent(new Dictionary<string, string> { ["name"] = new string('x', 200_000), ["email"] = "a@example.dk" }));
        Assert.Equal(System.Net.HttpStatusCode.RequestEntityTooLarge, huge.StatusCode);

        var page = await http.GetAsync(path);
        Assert.Contains("frame-ancestors 'none'", string.Join(" ", page.Headers.GetValues("Content-Security-Policy")), StringComparison.Ordinal);
        Assert.True(page.Headers.CacheControl?.NoStore, "the sign-up page is not kept");
        Assert.Empty((await EventFactory.Client(platform).ListRegistrationsAsync(
            new Platform.Contracts.Events.V1.ListRegistrationsRequest { MunicipalityCode = code, EventId = cafe.Id }, platform.AsAdmin())).Registrations);
    }
}
