using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Platform.Contracts.ActorMapping.V1;
using Platform.Identity;
using Platform.Testing;
using Platform.Web.Tests.Infrastructure;

namespace Platform.Web.Tests.ActorMapping.Board;

/// <summary>A coordinator's journey: moving an actor through the stages on the board, then finding the gaps on the coverage page.</summary>
[Collection(ActorPagesCollection.Name)]
public sealed class MobilisationJourneyTests(SharedPlatform shared, BrowserFixture browser)
{
    private readonly TestPlatform platform = shared.Platform;

    [Fact]
    public async Task A_coordinator_moves_an_actor_through_the_stages_with_notes_from_the_keyboard_then_finds_the_gaps_on_the_coverage_page()
    {
        var data = await MappingPagesData.StartAsync(platform, platform.MunicipalityCodes.Take());
        var club = await data.AddActorAsync("Vejleå Boldklub", Sector.CivilSociety, ["sports-hall"], ["physical-activity", "sleep"]);
        var school = await data.AddActorAsync("Strandskolen", Sector.Municipal, ["school"], ["food-and-meals"]);
        await data.AddActorAsync("Ishøj Bibliotek", Sector.Municipal, ["library"], ["sleep", "screen-habits"]);
        await data.AddActorAsync("Netto Vejleå", Sector.Private, ["local-community"], ["food-and-meals"]);
        await data.AddInitiativeAsync("Fodbold om fredagen", club.Id, ["sports-hall"], ["physical-activity"], school.Id);
        var session = await data.SessionAsync(PlatformRole.MunicipalityCoordinator);
        var page = await browser.OpenAccessibleAsync(data.Page("board"), 1280, "da", session);

        foreach (var (stage, note) in new[] { ("Kontaktet", "Ringede til formanden"), ("Engageret", "Med i planlægningen"), ("Aktiv partner", "Driver fredagsfodbold") })
        {
            // Keyboard only: open the card's move form, choose the stage, write the note, submit.
            var card = page.Locator(".card").Filter(new() { HasText = "Vejleå Boldklub" });
            await card.Locator("summary").FocusAsync();
            await page.Keyboard.PressAsync("Enter");
            await page.Keyboard.PressAsync("Tab");
            await Assertions.Expect(card.GetByLabel("Flyt til trin")).ToBeFocusedAsync();
            await card.GetByLabel("Flyt til trin").SelectOptionAsync(new SelectOptionValue { Label = stage });
            await page.Keyboard.PressAsync("Tab");
            await page.Keyboard.TypeAsync(note);
            await page.Keyboard.PressAsync("Tab");
            await page.Keyboard.PressAsync("Enter");

            await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync($"Vejleå Boldklub er flyttet til {stage}.");
            var column = page.Locator(".board-column").Filter(new() { Has = page.GetByRole(AriaRole.Heading, new() { NameRegex = new Regex($"^{stage} ") }) });
            await Assertions.Expect(column.Locator(".card").Filter(new() { HasText = "Vejleå Boldklub" })).ToContainTextAsync("Seneste note: " + note);
        }

        await page.AssertNoAxeViolationsAsync();
        await page.ScreenshotAsync(new() { Path = Repository.DocsImage("mapping-board-desktop.png"), FullPage = true });
        var moved = await data.GetActorAsync(club.Id);
        Assert.Equal(MobilisationStage.ActivePartner, moved.Stage);
        Assert.Equal(["Ringede til formanden", "Med i planlægningen", "Driver fredagsfodbold"], moved.History.Select(change => change.Note));

        // To the coverage page through the municipality's menu, where the gaps are marked in words and listed.
        await page.GetByRole(AriaRole.Navigation, new() { Name = $"Menu for {MunicipalityCodes.NameOf(data.Code)}" })
            .GetByRole(AriaRole.Link, new() { Name = "Dækning", Exact = true }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(new Regex("^Dækning – "));
        await page.AssertNoAxeViolationsAsync();
        var gaps = page.Locator("ul.gaps li");
        // Per arena, each theme without an initiative, with the actors ready to take it on.
        await Assertions.Expect(gaps.Filter(new() { HasText = "Idrætshal:" })).ToContainTextAsync("Søvn (1 aktør)");
        await Assertions.Expect(gaps.Filter(new() { HasText = "Skole:" })).ToContainTextAsync("Mad og måltider (1 aktør)");
        await Assertions.Expect(gaps.Filter(new() { HasText = "Idrætshal:" })).Not.ToContainTextAsync("Fysisk aktivitet");
        var covered = page.Locator("td.cell").Filter(new() { HasText = "Idrætshal, Fysisk aktivitet:" });
        await Assertions.Expect(covered).Not.ToContainTextAsync("Hul");
        var gap = page.Locator("td.cell").Filter(new() { HasText = "Idrætshal, Søvn:" });
        await Assertions.Expect(gap.Locator(".gap-mark")).ToHaveTextAsync("Hul");
        Assert.Equal($"/m/actor-mapping/{data.Code}/actors?arena=sports-hall&theme=sleep", await gap.GetByRole(AriaRole.Link).First.GetAttributeAsync("href"));
        await page.ScreenshotAsync(new() { Path = Repository.DocsImage("mapping-coverage-desktop.png"), FullPage = true });

        // The covered cell's initiatives link opens the initiatives list with the cell's filters.
        await covered.GetByRole(AriaRole.Link, new() { NameRegex = new Regex("1 tiltag$") }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex($"/m/actor-mapping/{data.Code}/initiatives\\?arena=sports-hall&theme=physical-activity$"));
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "Fodbold om fredagen" })).ToBeVisibleAsync();
        await page.Context.CloseAsync();
    }
}
