using Microsoft.Playwright;
using Platform.Contracts.ActorMapping.V1;
using Platform.Identity;
using Platform.Testing;
using Platform.Web.Tests.Infrastructure;

namespace Platform.Web.Tests.ActorMapping.Actors;

/// <summary>The actor form (new and edit) with its contact persons, its server-side validation and the stale edit.</summary>
[Collection(ActorPagesCollection.Name)]
public sealed class ActorFormPageTests(SharedPlatform shared, BrowserFixture browser)
{
    private readonly TestPlatform platform = shared.Platform;

    [Fact]
    public async Task A_member_adds_an_actor_with_contact_persons_added_and_removed_by_buttons_with_script_turned_off()
    {
        var code = platform.MunicipalityCodes.Take();
        await Scenario.PartnershipWithMembersAsync(platform, code);
        var area = await ActorPages.AddLocalAreaAsync(platform, code, "Strandparken");
        var session = await SignIn.SessionAsync(platform, RoleGrant.ForMunicipality(PlatformRole.MunicipalityMember, code));
        var context = await browser.Browser.NewContextAsync(new() { JavaScriptEnabled = false, ViewportSize = new() { Width = 390, Height = 844 } });
        await context.AddCookiesAsync([session]);
        var page = await context.NewPageAsync();
        await page.GotoAsync(ActorPages.List(platform, code).ToString());

        await page.GetByRole(AriaRole.Link, new() { Name = "Ny aktør" }).ClickAsync();
        await page.GetByLabel("Navn", new() { Exact = true }).FillAsync("Strandparkens Idrætsforening");
        await page.GetByLabel("Sektor").SelectOptionAsync(new SelectOptionValue { Label = "Civilsamfund" });
        await page.GetByLabel("Kategori").FillAsync("forening");
        await page.GetByLabel("Lokalområde").SelectOptionAsync(new SelectOptionValue { Label = "Strandparken" });
        await page.GetByRole(AriaRole.Checkbox, new() { Name = "Idrætshal" }).CheckAsync();
        await page.GetByRole(AriaRole.Checkbox, new() { Name = "Fysisk aktivitet" }).CheckAsync();
        await page.GetByRole(AriaRole.Checkbox, new() { Name = "6-10 år" }).CheckAsync();
        await page.GetByLabel("Indflydelse").SelectOptionAsync("4");
        await page.GetByRole(AriaRole.Button, new() { Name = "Tilføj en kontaktperson" }).ClickAsync();
        var first = page.GetByRole(AriaRole.Group, new() { Name = "Kontaktperson 1" });
        await first.GetByLabel("Navn").FillAsync("Ole Hansen");
        await page.GetByRole(AriaRole.Button, new() { Name = "Tilføj en kontaktperson" }).ClickAsync();
        var second = page.GetByRole(AriaRole.Group, new() { Name = "Kontaktperson 2" });
        await second.GetByLabel("Navn").FillAsync("Lise Jensen");
        await second.GetByLabel("Rolle").FillAsync("Formand");
        await second.GetByLabel("E-mail").FillAsync("lise@strandparken.dk");
        await second.GetByLabel("Telefon").FillAsync("12 34 56 78");
        // The rows typed before a re-render are all still there; the first is removed, the second becomes the first.
        await Assertions.Expect(page.Locator("#actor-name")).ToHaveValueAsync("Strandparkens Idrætsforening");
        await page.GetByRole(AriaRole.Button, new() { Name = "Fjern kontaktperson 1" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Group, new() { Name = "Kontaktperson 1" }).GetByLabel("Navn")).ToHaveValueAsync("Lise Jensen");
        await Assertions.Expect(page.GetByRole(AriaRole.Group, new() { Name = "Kontaktperson 2" })).ToHaveCountAsync(0);
        await page.GetByRole(AriaRole.Button, new() { Name = "Gem", Exact = true }).ClickAsync();

        await Assertions.Expect(page).ToHaveURLAsync(ActorPages.List(platform, code).ToString());
        Assert.Equal(["Strandparkens Idrætsforening"], await ActorPages.NamesAsync(page));
        var saved = Assert.Single(await ActorPages.AllAsync(platform, code));
        Assert.Equal((Sector.CivilSociety, "forening", area, 4), (saved.Fields.Sector, saved.Fields.Category, saved.Fields.LocalAreaId, saved.Fields.Influence));
        Assert.Equal(["sports-hall"], saved.Fields.Arenas);
        Assert.Equal(["physical-activity"], saved.Fields.Themes);
        Assert.Equal(["6-10"], saved.Fields.AgeGroups);
        var contact = Assert.Single(saved.Contacts);
        Assert.Equal(("Lise Jensen", "Formand", "lise@strandparken.dk", "12 34 56 78"), (contact.Name, contact.Role, contact.Email, contact.Phone));
        await context.CloseAsync();
    }

    [Theory]
    [InlineData("da", "Navn skal udfyldes", "Vælg en sektor", "Kontaktperson 1: e-mail skal være en e-mailadresse, fx navn@kommune.dk")]
    [InlineData("en", "Name is required", "Choose a sector", "Contact person 1: e-mail must be an e-mail address, for example name@municipality.dk")]
    public async Task A_form_with_problems_names_each_field_in_the_persons_language_moves_focus_to_the_summary_and_keeps_what_was_typed(
        string language, string name, string sector, string email)
    {
        var code = platform.MunicipalityCodes.Take();
        await Scenario.PartnershipWithMembersAsync(platform, code);
        var session = await SignIn.SessionAsync(platform, RoleGrant.ForMunicipality(PlatformRole.MunicipalityCoordinator, code));
        var page = await browser.OpenAccessibleAsync(ActorPages.New(platform, code), 1280, language, session);

        await page.Locator("#actor-category").FillAsync("forening med en lang beskrivelse");
        await page.Locator("#actor-description").FillAsync("Træner børn om tirsdagen.");
        await page.Locator("#actor-theme-0").CheckAsync();
        await page.Locator("button[value=add]").ClickAsync();
        await page.Locator("#contact-0-name").FillAsync("Ole");
        await page.Locator("#contact-0-email").FillAsync("ikke en adresse");
        await page.Locator("button[value=save]:visible").ClickAsync();

        var errors = page.GetByRole(AriaRole.Alert);
        await Assertions.Expect(errors.GetByRole(AriaRole.Heading)).ToBeVisibleAsync();
        await Assertions.Expect(errors).ToBeFocusedAsync();
        Assert.Equal([name, sector, email], await errors.GetByRole(AriaRole.Link).AllInnerTextsAsync());
        await Assertions.Expect(page.Locator("#actor-name")).ToHaveAttributeAsync("aria-invalid", "true");
        await Assertions.Expect(page.Locator("#actor-name-error")).ToHaveTextAsync(name);
        await Assertions.Expect(page.Locator("#actor-category")).ToHaveValueAsync("forening med en lang beskrivelse");
        await Assertions.Expect(page.Locator("#actor-description")).ToHaveValueAsync("Træner børn om tirsdagen.");
        await Assertions.Expect(page.Locator("#actor-theme-0")).ToBeCheckedAsync();
        await Assertions.Expect(page.Locator("#contact-0-email")).ToHaveValueAsync("ikke en adresse");
        await page.AssertNoAxeViolationsAsync();
        if (language == "da")
        {
            await page.ScreenshotAsync(new() { Path = Repository.DocsImage("actor-form-problems.png") });
        }

        // The summary's link takes the keyboard to the field.
        await errors.GetByRole(AriaRole.Link, new() { Name = email }).ClickAsync();
        await Assertions.Expect(page.Locator("#contact-0-email")).ToBeFocusedAsync();
        Assert.Empty(await ActorPages.AllAsync(platform, code));
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task A_stale_edit_shows_the_other_persons_saved_values_beside_the_persons_own_keeps_them_and_saves_over_on_purpose()
    {
        var code = platform.MunicipalityCodes.Take();
        await Scenario.PartnershipWithMembersAsync(platform, code);
        var actor = await ActorPages.CreateAsync(platform, code, "Biblioteket", Sector.Municipal, "bibliotek");
        var session = await SignIn.SessionAsync(platform, RoleGrant.ForMunicipality(PlatformRole.MunicipalityMember, code));
        var page = await browser.OpenAccessibleAsync(ActorPages.Edit(platform, code, actor.Id), 390, "da", session);
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Ret Biblioteket");

        // Someone else saves first.
        var theirs = actor.Fields.Clone();
        theirs.Description = "Åbent lørdag";
        await ActorPages.Client(platform).UpdateActorAsync(
            new UpdateActorRequest { MunicipalityCode = code, Id = actor.Id, Fields = theirs, ExpectedVersion = actor.Version }, platform.AsAdmin());

        await page.Locator("#actor-description").FillAsync("Lektiecafé hver onsdag");
        await page.Locator("#actor-category").FillAsync("kultur");
        await page.Locator("button[value=save]:visible").ClickAsync();

        var stale = page.GetByRole(AriaRole.Region, new() { Name = "En anden har gemt aktøren imens" });
        await Assertions.Expect(stale).ToBeFocusedAsync();
        var description = stale.GetByRole(AriaRole.Row).Filter(new() { Has = page.GetByRole(AriaRole.Rowheader, new() { Name = "Beskrivelse" }) });
        Assert.Equal(["Åbent lørdag", "Lektiecafé hver onsdag"], await description.GetByRole(AriaRole.Cell).AllInnerTextsAsync());
        await Assertions.Expect(page.Locator("#actor-description")).ToHaveValueAsync("Lektiecafé hver onsdag");
        await Assertions.Expect(page.Locator("#actor-category")).ToHaveValueAsync("kultur");
        Assert.Equal("Åbent lørdag", (await ActorPages.AllAsync(platform, code)).Single().Fields.Description);
        await page.AssertNoAxeViolationsAsync();
        await page.ScreenshotAsync(new() { Path = Repository.DocsImage("actor-stale-edit-phone.png") });

        await page.GetByRole(AriaRole.Button, new() { Name = "Gem mine ændringer i stedet" }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(ActorPages.List(platform, code).ToString());
        var saved = (await ActorPages.AllAsync(platform, code)).Single();
        Assert.Equal(("Lektiecafé hver onsdag", "kultur", 3L), (saved.Fields.Description, saved.Fields.Category, saved.Version));
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task The_edit_form_opens_with_the_actors_saved_values_and_contacts_with_no_axe_violations_in_Danish_and_English()
    {
        var code = platform.MunicipalityCodes.Take();
        await Scenario.PartnershipWithMembersAsync(platform, code);
        var actor = await ActorPages.CreateAsync(platform, code, "Dagplejen Øst", Sector.Municipal, "dagtilbud", ["daycare", "legepladsen"], ageGroups: ["0-2"],
            contacts: new ContactPerson { Name = "Hanne Holm", Role = "Leder", Email = "hanne@example.dk" });
        var session = await SignIn.SessionAsync(platform, RoleGrant.ForMunicipality(PlatformRole.MunicipalityMember, code));

        foreach (var language in AccessiblePages.Languages)
        {
            foreach (var width in new[] { 390, 1280 })
            {
                var page = await browser.OpenAccessibleAsync(ActorPages.Edit(platform, code, actor.Id), width, language, session);
                await Assertions.Expect(page.Locator("#actor-name")).ToHaveValueAsync("Dagplejen Øst");
                await Assertions.Expect(page.Locator("#actor-sector")).ToHaveValueAsync("Municipal");
                await Assertions.Expect(page.GetByRole(AriaRole.Checkbox, new() { Name = language == "da" ? "Dagtilbud" : "Daycare" })).ToBeCheckedAsync();
                // A municipality's own arena is kept, shown as written.
                await Assertions.Expect(page.GetByRole(AriaRole.Checkbox, new() { Name = "legepladsen" })).ToBeCheckedAsync();
                await Assertions.Expect(page.Locator("#contact-0-name")).ToHaveValueAsync("Hanne Holm");
                await page.Context.CloseAsync();
            }
        }

        foreach (var language in AccessiblePages.Languages)
        {
            foreach (var width in new[] { 390, 1280 })
            {
                var page = await browser.OpenAccessibleAsync(ActorPages.New(platform, code), width, language, session);
                await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(language == "da" ? "Ny aktør" : "New actor");
                await page.Context.CloseAsync();
            }
        }
    }
}
