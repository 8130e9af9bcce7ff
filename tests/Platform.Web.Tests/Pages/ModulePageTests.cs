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
    public async Task The_navigation_links_to_the_notes_page_from_the_keyboard_only_where_the_module_is_on_and_the_person_has_a_role()
    {
        var (on, off, other) = (platform.MunicipalityCodes.Take(), platform.MunicipalityCodes.Take(), platform.MunicipalityCodes.Take());
        await Scenario.PartnershipWithMembersAsync(platform, on, off, other);
        await new MunicipalityService.MunicipalityServiceClient(platform.Channel)
            .SetModuleEnabledAsync(new SetModuleEnabledRequest { Code = off, ModuleId = "sample", Enabled = false }, platform.AsAdmin());
        var session = await SignIn.SessionAsync(platform,
            RoleGrant.ForMunicipality(PlatformRole.MunicipalityMember, on), RoleGrant.ForMunicipality(PlatformRole.MunicipalityMember, off));

        var page = await browser.OpenAccessibleAsync(platform.WebAddress, 1280, "da", session);
        var navigation = page.GetByRole(AriaRole.Navigation, new() { Name = "Hovedmenu" });
        var links = await navigation.GetByRole(AriaRole.Link).EvaluateAllAsync<string[]>("links => links.map(link => link.getAttribute('href'))");

        // The core pages come first: each municipality's settings (core/Layout/CoreNavigation), then the modules' pages
        // (other modules, such as actor mapping, add their own).
        Assert.Equal(
            ["/", .. new[] { on, off }.Order(StringComparer.Ordinal).Select(code => $"/municipalities/{code}"), $"/m/sample/{on}/notes"],
            links.Where(link => link == "/" || link.StartsWith("/municipalities/", StringComparison.Ordinal) || link.StartsWith("/m/sample/", StringComparison.Ordinal)));
        await navigation.GetByRole(AriaRole.Link, new() { NameString = "Noter" }).FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page).ToHaveURLAsync(new Uri(platform.WebAddress, $"/m/sample/{on}/notes").ToString());
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(new System.Text.RegularExpressions.Regex("^Noter – "));
        await page.Context.CloseAsync();
    }

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
