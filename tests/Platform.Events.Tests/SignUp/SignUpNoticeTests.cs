using Microsoft.Playwright;
using Platform.Events.Tests.Infrastructure;
using Platform.Testing;

namespace Platform.Events.Tests.SignUp;

/// <summary>Every sign-up page links to the privacy notice and the accessibility statement of the event's municipality.</summary>
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
}
