using System.Net;
using Microsoft.Playwright;
using Platform.Identity;
using Platform.Testing;
using Platform.Web.Tests.Infrastructure;

namespace Platform.Web.Tests.Partnerships;

/// <summary>Onboarding and offboarding members from the web, by the centre's staff, and refused to everyone else.</summary>
[Collection(WebCollection.Name)]
public sealed class MembershipPageTests(SharedPlatform shared, BrowserFixture browser)
{
    private readonly TestPlatform platform = shared.Platform;

    [Fact]
    public async Task Centre_staff_onboard_a_municipality_by_its_name_from_the_keyboard_and_see_it_on_the_overview()
    {
        var (member, joining) = (platform.MunicipalityCodes.Take(), platform.MunicipalityCodes.Take());
        var id = await Scenario.PartnershipWithMembersAsync(platform, member);
        var name = await PartnershipPages.NameOfAsync(platform, joining);
        var session = await SignIn.SessionAsync(platform, RoleGrant.ForPartnership(PlatformRole.PartnershipStaff, id));

        var page = await browser.OpenAccessibleAsync(new Uri(platform.WebAddress, $"/partnerships/{id}"), 1280, "da", session);
        await page.GetByRole(AriaRole.Link, new() { Name = "Optag en kommune" }).ClickAsync();
        await page.GetByRole(AriaRole.Searchbox, new() { Name = "Kommune" }).FillAsync(name.ToLowerInvariant());
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 2 })).ToHaveTextAsync(new System.Text.RegularExpressions.Regex("^Fundne kommuner: [1-9]"));
        await page.AssertNoAxeViolationsAsync();
        await page.ScreenshotAsync(new() { Path = Repository.DocsImage("partnership-onboard.png"), FullPage = true });
        await page.GetByRole(AriaRole.Button, new() { Name = $"Optag {name}", Exact = true }).FocusAsync();
        await page.Keyboard.PressAsync("Enter");

        await Assertions.Expect(page).ToHaveURLAsync(new Uri(platform.WebAddress, $"/partnerships/{id}?onboarded={joining}").ToString());
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync($"{name} er nu medlem af partnerskabet.");
        await Assertions.Expect(page.GetByRole(AriaRole.Region, new() { Name = name })).ToContainTextAsync("Medlem siden ");
        await page.AssertNoAxeViolationsAsync();
        Assert.Equal([member, joining], await PartnershipPages.CurrentMembersAsync(platform, id));
        await page.Context.CloseAsync();
    }

    [Theory]
    [InlineData("da", 390, "Søg", "Er allerede medlem")]
    [InlineData("en", 1280, "Search", "Already a member")]
    public async Task The_search_finds_a_municipality_by_its_code_and_tells_a_member_from_one_to_onboard(string language, int width, string search, string already)
    {
        var member = platform.MunicipalityCodes.Take();
        var id = await Scenario.PartnershipWithMembersAsync(platform, member);
        var session = await SignIn.SessionAsync(platform, RoleGrant.ForPartnership(PlatformRole.PartnershipStaff, id));

        var page = await browser.OpenAccessibleAsync(new Uri(platform.WebAddress, $"/partnerships/{id}/onboard?q={member}"), width, language, session);

        Assert.Equal(member, await page.GetByRole(AriaRole.Searchbox).InputValueAsync());
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = search })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Listitem).Filter(new() { HasText = $"({member})" })).ToContainTextAsync(already);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task A_code_that_is_no_Danish_municipality_is_refused_naming_the_municipality_and_keeps_the_search()
    {
        var member = platform.MunicipalityCodes.Take();
        var id = await Scenario.PartnershipWithMembersAsync(platform, member);
        var session = await SignIn.SessionAsync(platform, RoleGrant.ForPartnership(PlatformRole.PartnershipStaff, id));
        var page = await browser.OpenAccessibleAsync(new Uri(platform.WebAddress, $"/partnerships/{id}/onboard?q=k%C3%B8ge"), 390, "da", session);

        var answer = await page.PostAsync("onboard", new Dictionary<string, string> { ["Code"] = "0999" });

        Assert.Equal(200, answer.Status);
        await page.SetContentAsync(await answer.TextAsync());
        await Assertions.Expect(page.GetByRole(AriaRole.Alert).GetByRole(AriaRole.Link)).ToHaveTextAsync("Vælg en af de 98 kommuner");
        await Assertions.Expect(page.GetByRole(AriaRole.Searchbox)).ToHaveValueAsync("køge");
        await Assertions.Expect(page.GetByRole(AriaRole.Searchbox)).ToHaveAttributeAsync("aria-invalid", "true");
        Assert.Equal([member], await PartnershipPages.CurrentMembersAsync(platform, id));
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Offboarding_spells_out_what_stops_and_what_is_kept_and_ends_the_membership_only_when_confirmed()
    {
        var (staying, leaving) = (platform.MunicipalityCodes.Take(), platform.MunicipalityCodes.Take());
        var id = await Scenario.PartnershipWithMembersAsync(platform, staying, leaving);
        var name = await PartnershipPages.NameOfAsync(platform, leaving);
        var session = await SignIn.SessionAsync(platform, RoleGrant.ForPartnership(PlatformRole.PartnershipStaff, id));
        var address = new Uri(platform.WebAddress, $"/partnerships/{id}/members/{leaving}/offboard");

        foreach (var (language, width) in new[] { ("en", 390), ("en", 1280), ("da", 390) })
        {
            var preview = await browser.OpenAccessibleAsync(address, width, language, session);
            await preview.Context.CloseAsync();
        }

        var page = await browser.OpenAccessibleAsync(address, 1280, "da", session);
        Assert.Equal(["Det stopper", "Det bevares"], await page.GetByRole(AriaRole.Heading, new() { Level = 2 }).AllTextContentsAsync());
        await page.ScreenshotAsync(new() { Path = Repository.DocsImage("partnership-offboard.png"), FullPage = true });
        Assert.Equal(new[] { leaving, staying }.Order(StringComparer.Ordinal), await PartnershipPages.CurrentMembersAsync(platform, id));

        await page.GetByRole(AriaRole.Button, new() { Name = $"Meld {name} ud" }).ClickAsync();

        await Assertions.Expect(page).ToHaveURLAsync(new Uri(platform.WebAddress, $"/partnerships/{id}").ToString());
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Tidligere medlemmer" })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Listitem).Filter(new() { HasText = name + ": Medlem fra " })).ToBeVisibleAsync();
        Assert.Equal([staying], await PartnershipPages.CurrentMembersAsync(platform, id));
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task A_members_coordinator_sees_no_membership_controls_and_crafted_posts_to_onboard_or_offboard_are_refused_with_403_and_change_nothing()
    {
        var (member, outsider) = (platform.MunicipalityCodes.Take(), platform.MunicipalityCodes.Take());
        var id = await Scenario.PartnershipWithMembersAsync(platform, member);
        var session = await SignIn.SessionAsync(platform, RoleGrant.ForMunicipality(PlatformRole.MunicipalityCoordinator, member));

        var onboarding = await browser.OpenAccessibleAsync(new Uri(platform.WebAddress, $"/partnerships/{id}/onboard?q={outsider}"), 390, "da", session);
        Assert.Equal((int)HttpStatusCode.Forbidden, (await onboarding.ReloadAsync())!.Status);
        await onboarding.Context.CloseAsync();
        var overview = await browser.OpenAccessibleAsync(new Uri(platform.WebAddress, $"/partnerships/{id}"), 390, "da", session);
        await Assertions.Expect(overview.GetByRole(AriaRole.Link, new() { Name = "Optag en kommune" })).ToHaveCountAsync(0);
        await Assertions.Expect(overview.GetByRole(AriaRole.Link, new() { Name = "ud af partnerskabet" })).ToHaveCountAsync(0);

        var onboard = await overview.PostAsync("onboard", new Dictionary<string, string> { ["Code"] = outsider }, $"/partnerships/{id}/onboard");
        var offboard = await overview.PostAsync("offboard", new Dictionary<string, string>(), $"/partnerships/{id}/members/{member}/offboard");

        Assert.Equal((403, 403), (onboard.Status, offboard.Status));
        await overview.Context.CloseAsync();
        Assert.Equal([member], await PartnershipPages.CurrentMembersAsync(platform, id));
    }
}
