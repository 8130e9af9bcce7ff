using Microsoft.Playwright;
using Platform.Contracts.ActorMapping.V1;
using Platform.Identity;
using Platform.Testing;
using Platform.Web.Tests.Infrastructure;

namespace Platform.Web.Tests.ActorMapping.Coverage;

/// <summary>The coverage page: arenas × themes as a heat map, gaps marked in words, each cell linking to its actors and initiatives.</summary>
[Collection(ActorPagesCollection.Name)]
public sealed class CoveragePageTests(SharedPlatform shared, BrowserFixture browser)
{
    private readonly TestPlatform platform = shared.Platform;

    [Fact]
    public async Task The_heat_map_names_arenas_and_themes_marks_every_gap_in_words_and_links_each_cell_in_Danish_and_English_with_no_axe_violations()
    {
        var data = await MappingPagesData.StartAsync(platform, platform.MunicipalityCodes.Take());
        var area = await data.AddLocalAreaAsync("Tranegilde");
        var library = await data.AddActorAsync("Ishøj Bibliotek", Sector.Municipal, ["library"], ["screen-habits", "sleep"], area.Id);
        await data.AddInitiativeAsync("Læseklub uden skærm", library.Id, ["library"], ["screen-habits"]);
        var session = await data.SessionAsync(PlatformRole.Viewer);

        foreach (var (language, arena, theme, gap, gapCount) in new[] { ("da", "Bibliotek", "Skærmvaner", "Hul", 55), ("en", "Library", "Screen habits", "Gap", 55) })
        {
            foreach (var width in new[] { 390, 1280 })
            {
                var page = await browser.OpenAccessibleAsync(data.Page("coverage"), width, language, session);
                await Assertions.Expect(page.GetByRole(AriaRole.Rowheader, new() { Name = arena, Exact = true })).ToBeVisibleAsync();
                await Assertions.Expect(page.GetByRole(AriaRole.Columnheader, new() { Name = theme, Exact = true })).ToBeVisibleAsync();
                // 8 usual arenas × 7 usual themes, one of them covered: every other cell is a gap, and says so.
                Assert.Equal(gapCount, await page.Locator("td.cell .gap-mark").Filter(new() { HasText = gap }).CountAsync());
                Assert.Equal(gapCount, await page.Locator("ul.gaps a").CountAsync());
                var covered = page.Locator("td.cell").Filter(new() { HasText = $"{arena}, {theme}:" });
                Assert.Equal(0, await covered.Locator(".gap-mark").CountAsync());
                Assert.Equal(
                    [$"/m/actor-mapping/{data.Code}/actors?arena=library&theme=screen-habits", $"/m/actor-mapping/{data.Code}/initiatives?arena=library&theme=screen-habits"],
                    await covered.GetByRole(AriaRole.Link).EvaluateAllAsync<string[]>("links => links.map(link => link.getAttribute('href'))"));
                await page.Context.CloseAsync();
            }
        }

        // One local area: the filter is in the address, and the cells' links keep it.
        var filtered = await browser.OpenAccessibleAsync(new Uri(data.Page("coverage") + "?area=" + area.Id), 1280, "da", session);
        await Assertions.Expect(filtered.GetByLabel("Lokalområde")).ToHaveValueAsync(area.Id);
        Assert.All(
            await filtered.Locator("td.cell").Filter(new() { HasText = "Bibliotek, Skærmvaner:" }).GetByRole(AriaRole.Link).EvaluateAllAsync<string[]>("links => links.map(link => link.getAttribute('href'))"),
            href => Assert.EndsWith("&area=" + area.Id, href, StringComparison.Ordinal));
        await filtered.Context.CloseAsync();
    }
}
