using System.Globalization;
using System.Net;
using Microsoft.Playwright;
using Platform.Contracts.Core.V1;
using Platform.Identity;
using Platform.Testing;
using Platform.Web.Tests.Infrastructure;

namespace Platform.Web.Tests.Municipalities;

/// <summary>A municipality's settings page: its coordinator changes them, its other roles read them, other tenants are refused.</summary>
[Collection(WebCollection.Name)]
public sealed class MunicipalitySettingsPageTests(SharedPlatform shared, BrowserFixture browser)
{
    private readonly TestPlatform platform = shared.Platform;

    [Fact]
    public async Task A_coordinator_adds_renames_retires_and_reinstates_a_local_area_from_the_keyboard()
    {
        var code = platform.MunicipalityCodes.Take();
        await Scenario.PartnershipWithMembersAsync(platform, code);
        var session = await SignIn.SessionAsync(platform, RoleGrant.ForMunicipality(PlatformRole.MunicipalityCoordinator, code));

        var page = await browser.OpenAccessibleAsync(new Uri(platform.WebAddress, $"/municipalities/{code}"), 390, "da", session);
        await page.GetByLabel("Lokalområdets navn").FillAsync("Vejleå");
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Lokalområdet er tilføjet.");
        await page.AssertNoAxeViolationsAsync();

        await page.GetByRole(AriaRole.Link, new() { Name = "Redigér Vejleå" }).ClickAsync();
        await page.AssertNoAxeViolationsAsync();
        await page.GetByLabel("Lokalområdets navn").FillAsync("Vejleå Nord");
        await page.GetByRole(AriaRole.Button, new() { Name = "Gem navnet" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Lokalområdet har fået nyt navn.");

        await page.GetByRole(AriaRole.Link, new() { Name = "Redigér Vejleå Nord" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Lad udgå" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Listitem).Filter(new() { HasText = "Vejleå Nord" })).ToContainTextAsync("Vejleå Nord (udgået)");
        Assert.True(Area(await MunicipalityAsync(code), "Vejleå Nord").Retired);

        await page.GetByRole(AriaRole.Link, new() { Name = "Redigér Vejleå Nord" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Tag i brug igen" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Lokalområdet er i brug igen.");
        Assert.False(Area(await MunicipalityAsync(code), "Vejleå Nord").Retired);
        await page.Context.CloseAsync();
    }

    [Theory]
    [InlineData("da", 390, "Formularen blev ikke gemt", "Skriv en e-mailadresse, fx sundhed@kommune.dk")]
    [InlineData("en", 1280, "The form was not saved", "Enter an e-mail address, e.g. health@municipality.dk")]
    public async Task Contact_details_that_are_not_valid_are_refused_naming_the_field_and_keep_what_was_typed(string language, int width, string summary, string message)
    {
        var code = platform.MunicipalityCodes.Take();
        await Scenario.PartnershipWithMembersAsync(platform, code);
        var session = await SignIn.SessionAsync(platform, RoleGrant.ForMunicipality(PlatformRole.MunicipalityCoordinator, code));
        var page = await browser.OpenAccessibleAsync(new Uri(platform.WebAddress, $"/municipalities/{code}"), width, language, session);
        var email = page.GetByLabel(language == "da" ? "Fælles e-mailadresse" : "Shared e-mail address");
        var phone = page.GetByLabel(language == "da" ? "Telefon" : "Phone");

        await email.FillAsync("sundhed-ved-kommunen");
        await phone.FillAsync("43 57 70 00");
        await page.GetByRole(AriaRole.Button, new() { Name = language == "da" ? "Gem kontaktoplysninger" : "Save contact details" }).ClickAsync();

        var alert = page.GetByRole(AriaRole.Alert);
        await Assertions.Expect(alert.GetByRole(AriaRole.Heading)).ToHaveTextAsync(summary);
        await Assertions.Expect(alert.GetByRole(AriaRole.Link)).ToHaveTextAsync(message);
        await Assertions.Expect(alert.GetByRole(AriaRole.Link)).ToHaveAttributeAsync("href", "#contact-email");
        await Assertions.Expect(page.Locator("#contact-email-error")).ToHaveTextAsync(message);
        await Assertions.Expect(alert).ToBeFocusedAsync();
        await Assertions.Expect(email).ToHaveValueAsync("sundhed-ved-kommunen");
        await Assertions.Expect(email).ToHaveAttributeAsync("aria-invalid", "true");
        await Assertions.Expect(phone).ToHaveValueAsync("43 57 70 00");
        await page.AssertNoAxeViolationsAsync();
        if (language == "da")
        {
            await page.ScreenshotAsync(new() { Path = Repository.DocsImage("municipality-settings-error.png"), FullPage = true });
        }

        Assert.Equal("", (await MunicipalityAsync(code)).Contact.Phone);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task A_coordinator_switches_a_module_off_and_the_partnership_overview_says_it_is_switched_off()
    {
        var code = platform.MunicipalityCodes.Take();
        var id = await Scenario.PartnershipWithMembersAsync(platform, code);
        var session = await SignIn.SessionAsync(platform,
            RoleGrant.ForMunicipality(PlatformRole.MunicipalityCoordinator, code), RoleGrant.ForPartnership(PlatformRole.Viewer, id));

        var page = await browser.OpenAccessibleAsync(new Uri(platform.WebAddress, $"/municipalities/{code}"), 1280, "da", session);
        await page.ScreenshotAsync(new() { Path = Repository.DocsImage("municipality-settings.png"), FullPage = true });
        await page.GetByRole(AriaRole.Button, new() { Name = "Slå fra Arrangementer" }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Modulet er slået om.");
        await Assertions.Expect(page.GetByRole(AriaRole.Listitem).Filter(new() { HasText = "Arrangementer:" })).ToContainTextAsync("Arrangementer: slået fra");
        Assert.False((await MunicipalityAsync(code)).Modules.Single(module => module.ModuleId == "events").Enabled);
        await page.GotoAsync(new Uri(platform.WebAddress, $"/partnerships/{id}").ToString());
        await Assertions.Expect(page.GetByRole(AriaRole.Main)).ToContainTextAsync("Arrangementer de næste 8 uger: slået fra");
        await page.Context.CloseAsync();
    }

    [Theory]
    [InlineData("da", 390)]
    [InlineData("en", 1280)]
    public async Task A_viewer_reads_the_settings_with_no_edit_controls_and_a_crafted_post_is_refused_with_403_and_changes_nothing(string language, int width)
    {
        var code = platform.MunicipalityCodes.Take();
        await Scenario.PartnershipWithMembersAsync(platform, code);
        await new MunicipalityService.MunicipalityServiceClient(platform.Channel)
            .AddLocalAreaAsync(new AddLocalAreaRequest { Code = code, Name = "Strandparken" }, platform.AsAdmin());
        var session = await SignIn.SessionAsync(platform, RoleGrant.ForMunicipality(PlatformRole.Viewer, code));

        var page = await browser.OpenAccessibleAsync(new Uri(platform.WebAddress, $"/municipalities/{code}"), width, language, session);
        await Assertions.Expect(page.GetByRole(AriaRole.Listitem).Filter(new() { HasText = "Strandparken" })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Main).GetByRole(AriaRole.Button)).ToHaveCountAsync(0);
        await Assertions.Expect(page.GetByRole(AriaRole.Main).GetByRole(AriaRole.Textbox)).ToHaveCountAsync(0);
        var before = await MunicipalityAsync(code);
        var version = before.Version.ToString(CultureInfo.InvariantCulture);

        var added = await page.PostAsync("add-area", new Dictionary<string, string> { ["Area.Name"] = "Indbrud", ["Area.Version"] = version });
        var switched = await page.PostAsync("modules", new Dictionary<string, string> { ["Switch"] = "events=off" });
        var retired = await page.PostAsync("retire", new Dictionary<string, string> { ["RetireVersion"] = version }, $"/municipalities/{code}/local-areas/{before.LocalAreas[0].Id}");

        Assert.Equal((403, 403, 403), (added.Status, switched.Status, retired.Status));
        await page.Context.CloseAsync();
        var after = await MunicipalityAsync(code);
        Assert.Equal(before.Version, after.Version);
        Assert.Equal(["Strandparken"], after.LocalAreas.Select(area => area.Name));
    }

    [Fact]
    public async Task A_coordinator_of_one_municipality_cannot_open_or_post_to_another_municipalitys_settings()
    {
        var (own, other) = (platform.MunicipalityCodes.Take(), platform.MunicipalityCodes.Take());
        await Scenario.PartnershipWithMembersAsync(platform, own, other);
        await new MunicipalityService.MunicipalityServiceClient(platform.Channel)
            .UpdateContactSettingsAsync(new UpdateContactSettingsRequest { Code = other, Contact = new ContactSettings { FunctionalEmail = "fortrolig@example.dk" } }, platform.AsAdmin());
        var session = await SignIn.SessionAsync(platform, RoleGrant.ForMunicipality(PlatformRole.MunicipalityCoordinator, own));

        foreach (var language in AccessiblePages.Languages)
        {
            var page = await browser.OpenAccessibleAsync(new Uri(platform.WebAddress, $"/municipalities/{other}"), 390, language, session);
            Assert.Equal((int)HttpStatusCode.Forbidden, (await page.ReloadAsync())!.Status);
            Assert.DoesNotContain("fortrolig@example.dk", await page.ContentAsync(), StringComparison.Ordinal);
            await page.Context.CloseAsync();
        }

        var ownPage = await browser.OpenAccessibleAsync(new Uri(platform.WebAddress, $"/municipalities/{own}"), 390, "da", session);
        var crafted = await ownPage.PostAsync("contact", new Dictionary<string, string> { ["Contact.Email"] = "indbrud@example.dk", ["Contact.Version"] = "0" }, $"/municipalities/{other}");
        Assert.Equal(403, crafted.Status);
        await ownPage.Context.CloseAsync();
        Assert.Equal("fortrolig@example.dk", (await MunicipalityAsync(other)).Contact.FunctionalEmail);
    }

    private Task<Municipality> MunicipalityAsync(string code) =>
        new MunicipalityService.MunicipalityServiceClient(platform.Channel).GetMunicipalityAsync(new GetMunicipalityRequest { Code = code }, platform.AsAdmin()).ResponseAsync;

    private static LocalArea Area(Municipality municipality, string name) => municipality.LocalAreas.Single(area => area.Name == name);
}
