using Microsoft.Playwright;
using Platform.Contracts.Core.V1;
using Platform.Identity;
using Platform.SampleModule.V1;
using Platform.Testing;
using Platform.Web.Tests.Infrastructure;

namespace Platform.Web.Tests.Pages;

/// <summary>The sample module's notes page, loaded from its plugin assembly by a real host, in a real browser.</summary>
[Collection(WebCollection.Name)]
public sealed class ModulePageTests(SharedPlatform shared, BrowserFixture browser)
{
    private readonly TestPlatform platform = shared.Platform;

    [Fact]
    public async Task A_viewer_reads_the_notes_of_their_municipality_on_the_modules_page_in_Danish_and_English_with_no_axe_violations()
    {
        var code = platform.MunicipalityCodes.Take();
        await Scenario.PartnershipWithMembersAsync(platform, code);
        await new NoteService.NoteServiceClient(platform.Channel)
            .AddNoteAsync(new AddNoteRequest { MunicipalityCode = code, Text = "Møde med idrætsforeningen" }, platform.AsAdmin());
        var session = await SignIn.SessionAsync(platform, RoleGrant.ForMunicipality(PlatformRole.Viewer, code));
        var address = new Uri(platform.WebAddress, $"/m/sample/{code}/notes");

        foreach (var (language, heading) in new[] { ("da", "Noter"), ("en", "Notes") })
        {
            foreach (var width in AccessiblePages.Widths)
            {
                var page = await browser.OpenAccessibleAsync(address, width, language, session);
                Assert.StartsWith(heading + " – ", await page.GetByRole(AriaRole.Heading, new() { Level = 1 }).TextContentAsync(), StringComparison.Ordinal);
                await Assertions.Expect(page.GetByRole(AriaRole.Listitem).Filter(new() { HasText = "Møde med idrætsforeningen" })).ToBeVisibleAsync();
                await page.Context.CloseAsync();
            }
        }
    }

    [Fact]
    public async Task The_main_menu_links_to_each_municipality_and_its_own_menu_to_the_notes_page_from_the_keyboard_only_where_the_module_is_on()
    {
        var (on, off, other) = (platform.MunicipalityCodes.Take(), platform.MunicipalityCodes.Take(), platform.MunicipalityCodes.Take());
        await Scenario.PartnershipWithMembersAsync(platform, on, off, other);
        await new MunicipalityService.MunicipalityServiceClient(platform.Channel)
            .SetModuleEnabledAsync(new SetModuleEnabledRequest { Code = off, ModuleId = "sample", Enabled = false }, platform.AsAdmin());
        var session = await SignIn.SessionAsync(platform,
            RoleGrant.ForMunicipality(PlatformRole.MunicipalityMember, on), RoleGrant.ForMunicipality(PlatformRole.MunicipalityMember, off));

        var page = await browser.OpenAccessibleAsync(platform.WebAddress, 1280, "da", session);
        var main = page.GetByRole(AriaRole.Navigation, new() { Name = "Hovedmenu" });

        // The main menu names each municipality once (the people page is another part of it); no module page is in it.
        Assert.Equal(["/", .. new[] { on, off }.Order(StringComparer.Ordinal).Select(code => $"/municipalities/{code}")],
            (await LinksAsync(main)).Where(link => link != "/people"));
        await main.GetByRole(AriaRole.Link, new() { Name = MunicipalityCodes.NameOf(off), Exact = true }).FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page).ToHaveURLAsync(new Uri(platform.WebAddress, $"/municipalities/{off}").ToString());
        Assert.DoesNotContain($"/m/sample/{off}/notes", await LinksAsync(Menu(page, off)));

        await main.GetByRole(AriaRole.Link, new() { Name = MunicipalityCodes.NameOf(on), Exact = true }).FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page).ToHaveURLAsync(new Uri(platform.WebAddress, $"/municipalities/{on}").ToString());
        Assert.Contains($"/m/sample/{on}/notes", await LinksAsync(Menu(page, on)));
        await page.AssertNoAxeViolationsAsync();
        await Menu(page, on).GetByRole(AriaRole.Link, new() { Name = "Noter", Exact = true }).FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page).ToHaveURLAsync(new Uri(platform.WebAddress, $"/m/sample/{on}/notes").ToString());
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(new System.Text.RegularExpressions.Regex("^Noter – "));
        // On the module's page, its entry in the municipality's menu is the current page.
        await Assertions.Expect(Menu(page, on).GetByRole(AriaRole.Link, new() { Name = "Noter", Exact = true })).ToHaveAttributeAsync("aria-current", "page");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task A_partnerships_staff_find_the_modules_partnership_page_in_the_partnerships_own_menu_and_a_member_coordinator_is_refused_it()
    {
        var (first, second) = (platform.MunicipalityCodes.Take(), platform.MunicipalityCodes.Take());
        var partnershipId = await Scenario.PartnershipWithMembersAsync(platform, first, second);
        var staff = await SignIn.SessionAsync(platform, RoleGrant.ForPartnership(PlatformRole.PartnershipStaff, partnershipId));
        var partnershipMenu = $"Menu for Center for Sundt Liv og Trivsel";

        var page = await browser.OpenAccessibleAsync(new Uri(platform.WebAddress, $"/partnerships/{partnershipId}"), 390, "da", staff);
        var menu = page.GetByRole(AriaRole.Navigation, new() { Name = partnershipMenu });
        var links = await LinksAsync(menu);
        Assert.Equal($"/partnerships/{partnershipId}", links[0]);
        Assert.Contains($"/m/sample/partnership/{partnershipId}/notes", links);
        Assert.DoesNotContain(links, link => link.Contains("{partnership}", StringComparison.Ordinal) || link.Contains("{municipality}", StringComparison.Ordinal));
        await menu.GetByRole(AriaRole.Link, new() { Name = "Noter i partnerskabet", Exact = true }).FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page).ToHaveURLAsync(new Uri(platform.WebAddress, $"/m/sample/partnership/{partnershipId}/notes").ToString());
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = MunicipalityCodes.NameOf(second), Exact = true })).ToHaveAttributeAsync("href", $"/m/sample/{second}/notes");
        await Assertions.Expect(menu.GetByRole(AriaRole.Link, new() { Name = "Noter i partnerskabet", Exact = true })).ToHaveAttributeAsync("aria-current", "page");
        await page.AssertNoAxeViolationsAsync();
        await page.Context.CloseAsync();

        var coordinator = await SignIn.SessionAsync(platform, RoleGrant.ForMunicipality(PlatformRole.MunicipalityCoordinator, first));
        var refused = await browser.OpenAccessibleAsync(new Uri(platform.WebAddress, $"/m/sample/partnership/{partnershipId}/notes"), 390, "da", coordinator);
        Assert.Equal(403, (await refused.ReloadAsync())!.Status);
        Assert.Equal(0, await refused.GetByRole(AriaRole.Navigation, new() { Name = partnershipMenu }).CountAsync());
        await refused.Context.CloseAsync();
    }

    private static ILocator Menu(IPage page, string code) =>
        page.GetByRole(AriaRole.Navigation, new() { Name = $"Menu for {MunicipalityCodes.NameOf(code)}" });

    private static Task<string[]> LinksAsync(ILocator navigation) =>
        navigation.GetByRole(AriaRole.Link).EvaluateAllAsync<string[]>("links => links.map(link => link.getAttribute('href'))");

    [Fact]
    public async Task The_notes_page_of_a_municipality_where_the_module_is_off_says_so_with_status_412()
    {
        var code = platform.MunicipalityCodes.Take();
        await Scenario.PartnershipWithMembersAsync(platform, code);
        await new MunicipalityService.MunicipalityServiceClient(platform.Channel)
            .SetModuleEnabledAsync(new SetModuleEnabledRequest { Code = code, ModuleId = "sample", Enabled = false }, platform.AsAdmin());
        var session = await SignIn.SessionAsync(platform, RoleGrant.ForMunicipality(PlatformRole.MunicipalityCoordinator, code));

        foreach (var (language, heading) in new[] { ("da", "Modulet er slået fra"), ("en", "This module is switched off") })
        {
            var page = await browser.OpenAccessibleAsync(new Uri(platform.WebAddress, $"/m/sample/{code}/notes"), 390, language, session);
            Assert.Equal(412, (await page.ReloadAsync())!.Status);
            Assert.Equal(heading, await page.GetByRole(AriaRole.Heading, new() { Level = 1 }).TextContentAsync());
            await page.Context.CloseAsync();
        }
    }

    [Fact]
    public async Task Another_municipalitys_notes_page_asked_for_by_address_is_refused_with_status_403_and_shows_none_of_its_notes()
    {
        var (own, other) = (platform.MunicipalityCodes.Take(), platform.MunicipalityCodes.Take());
        await Scenario.PartnershipWithMembersAsync(platform, own, other);
        await new NoteService.NoteServiceClient(platform.Channel)
            .AddNoteAsync(new AddNoteRequest { MunicipalityCode = other, Text = "Fortroligt referat" }, platform.AsAdmin());
        var session = await SignIn.SessionAsync(platform, RoleGrant.ForMunicipality(PlatformRole.MunicipalityCoordinator, own));
        var address = new Uri(platform.WebAddress, $"/m/sample/{other}/notes");

        foreach (var language in new[] { "da", "en" })
        {
            var page = await browser.OpenAccessibleAsync(address, 390, language, session);
            Assert.Equal(403, (await page.ReloadAsync())!.Status);
            Assert.Equal(language == "da" ? "Du har ikke adgang" : "You do not have access", await page.GetByRole(AriaRole.Heading, new() { Level = 1 }).TextContentAsync());
            Assert.DoesNotContain("Fortroligt referat", await page.ContentAsync(), StringComparison.Ordinal);
            await page.Context.CloseAsync();
        }

        // Without a session the page is not rendered at all: the start page asks the person to sign in first.
        var anonymous = await browser.OpenAccessibleAsync(address, 390, "da");
        Assert.Equal(new Uri(platform.WebAddress, "/?returnUrl=" + Uri.EscapeDataString(address.AbsolutePath)).ToString(), anonymous.Url);
        Assert.DoesNotContain("Fortroligt referat", await anonymous.ContentAsync(), StringComparison.Ordinal);
        await anonymous.Context.CloseAsync();
    }

    [Fact]
    public async Task A_module_page_asked_for_with_a_malformed_municipality_code_says_the_address_is_not_valid_with_status_400()
    {
        var code = platform.MunicipalityCodes.Take();
        await Scenario.PartnershipWithMembersAsync(platform, code);
        var session = await SignIn.SessionAsync(platform, RoleGrant.ForMunicipality(PlatformRole.MunicipalityCoordinator, code));

        foreach (var (language, heading) in new[] { ("da", "Adressen er ikke gyldig"), ("en", "This address is not valid") })
        {
            var page = await browser.OpenAccessibleAsync(new Uri(platform.WebAddress, "/m/sample/not-a-code/notes"), 390, language, session);
            Assert.Equal(400, (await page.ReloadAsync())!.Status);
            Assert.Equal(heading, await page.GetByRole(AriaRole.Heading, new() { Level = 1 }).TextContentAsync());
            await page.Context.CloseAsync();
        }
    }
}
