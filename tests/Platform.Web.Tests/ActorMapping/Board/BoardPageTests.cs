using Microsoft.Playwright;
using Platform.Contracts.ActorMapping.V1;
using Platform.Identity;
using Platform.Testing;
using Platform.Web.Tests.Infrastructure;

namespace Platform.Web.Tests.ActorMapping.Board;

/// <summary>The mobilisation board: a column per stage, a card per actor, and the funnel per local area.</summary>
[Collection(ActorPagesCollection.Name)]
public sealed class BoardPageTests(SharedPlatform shared, BrowserFixture browser)
{
    private readonly TestPlatform platform = shared.Platform;

    [Fact]
    public async Task The_board_shows_a_column_per_stage_and_the_funnel_per_local_area_with_readable_names_in_Danish_and_English_with_no_axe_violations()
    {
        var data = await MappingPagesData.StartAsync(platform, platform.MunicipalityCodes.Take());
        var area = await data.AddLocalAreaAsync("Vejleå");
        await data.AddActorAsync("Ishøj Idrætsforening", Sector.CivilSociety, ["sports-hall"], ["physical-activity"], area.Id);
        await data.AddActorAsync("Strandskolen", Sector.Municipal, ["school"], ["food-and-meals"]);
        var session = await data.SessionAsync(PlatformRole.MunicipalityCoordinator);

        foreach (var (language, stages, civilSociety, total) in new[]
        {
            ("da", new[] { "Identificeret", "Kontaktet", "Engageret", "Aktiv partner", "Sat på pause" }, "Civilsamfund · Vejleå", "I alt"),
            ("en", new[] { "Identified", "Contacted", "Engaged", "Active partner", "Paused" }, "Civil society · Vejleå", "Total"),
        })
        {
            foreach (var width in new[] { 390, 1280 })
            {
                var page = await browser.OpenAccessibleAsync(data.Page("board"), width, language, session);
                var columns = await page.Locator(".board-column h2").AllInnerTextsAsync();
                Assert.Equal(stages, columns.Select(heading => heading[..heading.LastIndexOf(" (", StringComparison.Ordinal)]));
                Assert.StartsWith(stages[0] + " (2)", columns[0], StringComparison.Ordinal);
                await Assertions.Expect(page.Locator(".card").Filter(new() { HasText = "Ishøj Idrætsforening" })).ToContainTextAsync(civilSociety);
                Assert.Equal(["Vejleå", "1", "0", "0", "0", "0"], await page.Locator("table tr").Filter(new() { HasText = "Vejleå" }).Locator("th, td").AllInnerTextsAsync());
                Assert.Equal([total, "2", "0", "0", "0", "0"], await page.Locator("table tfoot tr th, table tfoot tr td").AllInnerTextsAsync());
                await Assertions.Expect(page.GetByRole(AriaRole.Img, new() { Name = language == "da" ? "Aktører per trin" : "Actors per stage" })).ToBeVisibleAsync();
                await page.Context.CloseAsync();
            }
        }
    }

    [Fact]
    public async Task Dragging_a_card_to_another_column_opens_its_move_form_with_that_stage_chosen_and_the_note_focused_and_moves_nothing_until_sent()
    {
        var data = await MappingPagesData.StartAsync(platform, platform.MunicipalityCodes.Take());
        var actor = await data.AddActorAsync("Ishøj Svømmeklub", Sector.CivilSociety, ["swimming-pool"], ["physical-activity"]);
        var session = await data.SessionAsync(PlatformRole.MunicipalityCoordinator);
        var page = await browser.OpenAccessibleAsync(data.Page("board"), 1280, "da", session);
        var card = page.Locator(".card").Filter(new() { HasText = "Ishøj Svømmeklub" });
        var engaged = page.Locator($".board-column[data-stage={nameof(MobilisationStage.Engaged)}]");

        await card.DragToAsync(engaged);

        await Assertions.Expect(card.GetByLabel("Flyt til trin")).ToHaveValueAsync(nameof(MobilisationStage.Engaged));
        await Assertions.Expect(card.GetByLabel("Note")).ToBeFocusedAsync();
        var beforeSending = await data.GetActorAsync(actor.Id);
        Assert.Equal((MobilisationStage.Identified, actor.Version), (beforeSending.Stage, beforeSending.Version));
        await page.Keyboard.TypeAsync("Vil gerne lave babysvømning");
        await card.GetByRole(AriaRole.Button, new() { Name = "Flyt aktøren", Exact = true }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Ishøj Svømmeklub er flyttet til Engageret.");
        await Assertions.Expect(engaged.Locator(".card")).ToContainTextAsync("Seneste note: Vil gerne lave babysvømning");
        await page.AssertNoAxeViolationsAsync();
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task A_viewer_sees_the_board_without_move_controls_and_a_crafted_move_is_refused_with_403_and_moves_nothing()
    {
        var data = await MappingPagesData.StartAsync(platform, platform.MunicipalityCodes.Take());
        var actor = await data.AddActorAsync("Ishøj Bibliotek", Sector.Municipal, ["library"], ["sleep"]);
        var session = await data.SessionAsync(PlatformRole.Viewer);

        var page = await browser.OpenAccessibleAsync(data.Page("board"), 390, "da", session);
        await Assertions.Expect(page.Locator(".card").Filter(new() { HasText = "Ishøj Bibliotek" })).ToBeVisibleAsync();
        Assert.Equal(0, await page.Locator("main form[method=post]").CountAsync());
        Assert.Equal(0, await page.GetByText("Flyt", new() { Exact = true }).CountAsync());

        var answer = await page.PostAsync("move-" + actor.Id, new Dictionary<string, string>
        {
            ["Move.ActorId"] = actor.Id,
            ["Move.Version"] = actor.Version.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Move.Stage"] = nameof(MobilisationStage.Engaged),
            ["Move.Note"] = "Forsøg",
        });

        // The application class refuses it, not a missing button: the answer is the host's refusal page.
        Assert.Equal(403, answer.Status);
        var after = await data.GetActorAsync(actor.Id);
        Assert.Equal((MobilisationStage.Identified, actor.Version, 0), (after.Stage, after.Version, after.History.Count));
        await page.Context.CloseAsync();
    }
}
