using Microsoft.Playwright;
using Platform.Identity;
using Platform.Testing;
using Platform.Web.Tests.ActorMapping.Actors;
using Platform.Web.Tests.Infrastructure;

namespace Platform.Web.Tests.Journeys;

/// <summary>
/// A new coordinator's first day, as one person in one browser on a phone: from the invitation link through every
/// page the journey names, by the menus only (no address typed after the link), with axe-core on each page.
/// </summary>
[Collection(WebCollection.Name)]
public sealed class CoordinatorJourneyTests(SharedPlatform shared, BrowserFixture browser)
{
    private const string Actors =
        "Navn;Sektor;Kategori;Arenaer;Temaer;Lokalområde\n" +
        "Strandparkens Idrætsforening;civilsamfund;forening;sports-hall;physical-activity, sleep;Strandparken\n" +
        "Bageren;bager;butik;;;\n" +
        "Strandskolen;kommunal;skole;school;food-and-meals;Strandparken\n";

    private readonly TestPlatform platform = shared.Platform;

    [Fact]
    public async Task A_coordinator_invited_by_link_signs_in_adds_a_local_area_imports_actors_after_fixing_a_bad_row_moves_one_through_the_stages_and_finds_the_gaps()
    {
        var code = platform.MunicipalityCodes.Take();
        await Scenario.PartnershipWithMembersAsync(platform, code);
        var name = MunicipalityCodes.NameOf(code);

        // The link's page, then the home page of a signed-in person.
        var page = await Journey.SignInFromInvitationAsync(browser, platform, "Mette Hansen", RoleGrant.ForMunicipality(PlatformRole.MunicipalityCoordinator, code), 390);

        // The municipality's settings from the main menu: a local area.
        await page.GetByRole(AriaRole.Navigation, new() { Name = "Hovedmenu" }).GetByRole(AriaRole.Link, new() { Name = name, Exact = true }).ClickAsync();
        await page.GetByLabel("Lokalområdets navn").FillAsync("Strandparken");
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Lokalområdet er tilføjet.");
        await page.AssertNoAxeViolationsAsync();

        // The actors from the municipality's menu: a file with a bad row is checked, fixed, checked again and imported.
        await MenuAsync(page, name, "Aktører");
        await page.GetByRole(AriaRole.Link, new() { Name = "Importér fra regneark" }).ClickAsync();
        await ActorPages.ChooseFileAsync(page, "aktoerer.csv", Actors);
        await page.GetByRole(AriaRole.Button, new() { Name = "Kontrollér filen" }).ClickAsync();
        await Assertions.Expect(page.GetByText("1 fejl i 1 af 3 rækker. Intet er gemt.")).ToBeVisibleAsync();
        await page.AssertNoAxeViolationsAsync();
        await ActorPages.ChooseFileAsync(page, "aktoerer-rettet.csv", Actors.Replace("Bageren;bager;", "Bageren;privat;", StringComparison.Ordinal));
        await page.GetByRole(AriaRole.Button, new() { Name = "Kontrollér filen" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Importér 3 aktører" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("3 aktører er importeret.");
        Assert.Equal(["Bageren", "Strandparkens Idrætsforening", "Strandskolen"], (await ActorPages.AllAsync(platform, code)).Select(actor => actor.Fields.Name).Order(StringComparer.Ordinal));

        // The board: the club moves through the stages, each move with a note.
        await MenuAsync(page, name, "Mobiliseringstavle");
        foreach (var (stage, note) in new[] { ("Kontaktet", "Ringede til formanden"), ("Engageret", "Med i planlægningen"), ("Aktiv partner", "Står for fredagsidræt") })
        {
            var card = page.Locator(".card").Filter(new() { HasText = "Strandparkens Idrætsforening" });
            await card.Locator("summary").ClickAsync();
            await card.GetByLabel("Flyt til trin").SelectOptionAsync(new SelectOptionValue { Label = stage });
            await card.GetByLabel("Note (valgfri)").FillAsync(note);
            await card.GetByRole(AriaRole.Button, new() { Name = "Flyt aktøren" }).ClickAsync();
            await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync($"Strandparkens Idrætsforening er flyttet til {stage}.");
        }

        await page.AssertNoAxeViolationsAsync();

        // The coverage: no initiative yet, so every theme of the club's and the school's arenas is a gap, with its actors.
        await MenuAsync(page, name, "Dækning");
        var gaps = page.Locator("ul.gaps li");
        await Assertions.Expect(gaps.Filter(new() { HasText = "Idrætshal:" })).ToContainTextAsync("Fysisk aktivitet (1 aktør)");
        await Assertions.Expect(gaps.Filter(new() { HasText = "Idrætshal:" })).ToContainTextAsync("Søvn (1 aktør)");
        await Assertions.Expect(gaps.Filter(new() { HasText = "Skole:" })).ToContainTextAsync("Mad og måltider (1 aktør)");
        await page.AssertNoAxeViolationsAsync();
        await page.KeepScreenshotAsync("journey-coordinator-coverage-da-390");
        await page.Context.CloseAsync();
    }

    private static async Task MenuAsync(IPage page, string municipality, string entry)
    {
        await Journey.OpenMenuAsync(page, municipality, entry);
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync($"{entry} – {municipality}");
        await page.AssertNoAxeViolationsAsync();
    }
}
