using Microsoft.Playwright;
using Platform.Contracts.ActorMapping.V1;
using Platform.Identity;
using Platform.Testing;
using Platform.Web.Tests.Infrastructure;

namespace Platform.Web.Tests.ActorMapping.Network;

/// <summary>The network page: a drawing made on the server, the most connected actors as its text, and the relations between actors.</summary>
[Collection(ActorPagesCollection.Name)]
public sealed class NetworkPageTests(SharedPlatform shared, BrowserFixture browser)
{
    private readonly TestPlatform platform = shared.Platform;

    [Fact]
    public async Task The_network_is_an_svg_drawn_the_same_on_every_load_with_a_title_and_the_most_connected_actors_as_a_table_in_Danish_and_English_with_no_axe_violations()
    {
        var data = await MappingPagesData.StartAsync(platform, platform.MunicipalityCodes.Take());
        var club = await data.AddActorAsync("Vejleå Boldklub", Sector.CivilSociety, ["sports-hall"], ["physical-activity"]);
        var school = await data.AddActorAsync("Strandskolen", Sector.Municipal, ["school"], ["physical-activity"]);
        var shop = await data.AddActorAsync("Ishøj Cykler", Sector.Private, ["local-community"], ["physical-activity"]);
        await data.AddInitiativeAsync("Cyklistprøven", school.Id, ["school"], ["physical-activity"], club.Id, shop.Id);
        await data.Network.AddRelationAsync(new AddRelationRequest { MunicipalityCode = data.Code, FromActorId = shop.Id, ToActorId = club.Id, Kind = RelationKind.Funds }, platform.AsAdmin());
        var session = await data.SessionAsync(PlatformRole.Viewer);
        string? drawing = null;

        foreach (var (language, title, sector) in new[] { ("da", "Netværk af aktører og tiltag", "Privat"), ("en", "Network of actors and initiatives", "Private") })
        {
            foreach (var width in new[] { 390, 1280 })
            {
                var page = await browser.OpenAccessibleAsync(data.Page("network"), width, language, session);
                var svg = page.GetByRole(AriaRole.Img, new() { Name = title });
                await Assertions.Expect(svg).ToBeVisibleAsync();
                Assert.Equal(3, await svg.Locator("circle").CountAsync());
                Assert.Equal(1, await svg.Locator("rect").CountAsync());
                Assert.Equal(4, await svg.Locator("line").CountAsync());
                // Laid out on the server without randomness: the same drawing every time.
                var points = await svg.Locator("circle").EvaluateAllAsync<string[]>("circles => circles.map(c => c.getAttribute('cx') + ',' + c.getAttribute('cy'))");
                drawing ??= string.Join(" ", points);
                Assert.Equal(drawing, string.Join(" ", points));
                var rows = page.Locator(".network-top tbody tr");
                // Most connected first, ties by name.
                Assert.Equal(["Ishøj Cykler", sector, "2"], await rows.First.Locator("th, td").AllInnerTextsAsync());
                Assert.Equal(3, await rows.CountAsync());
                if ((language, width) == ("da", 1280))
                {
                    await page.ScreenshotAsync(new() { Path = Repository.DocsImage("mapping-network-desktop.png"), FullPage = true });
                }

                await page.Context.CloseAsync();
            }
        }
    }

    [Fact]
    public async Task A_member_adds_a_relation_between_two_actors_by_their_names_a_refused_one_names_the_field_and_keeps_the_note_and_then_removes_it()
    {
        var data = await MappingPagesData.StartAsync(platform, platform.MunicipalityCodes.Take());
        await data.AddActorAsync("Vejleå Boldklub", Sector.CivilSociety, ["sports-hall"], ["physical-activity"]);
        await data.AddActorAsync("Ishøj Cykler", Sector.Private, ["local-community"], ["physical-activity"]);
        var session = await data.SessionAsync(PlatformRole.MunicipalityMember);
        var page = await browser.OpenAccessibleAsync(data.Page("network"), 390, "da", session);

        // The same actor on both sides is refused by the application, named in Danish, with the note kept.
        await page.GetByLabel("Aktør", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "Ishøj Cykler" });
        await page.GetByLabel("Relation", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "støtter økonomisk" });
        await page.GetByLabel("Anden aktør").SelectOptionAsync(new SelectOptionValue { Label = "Ishøj Cykler" });
        await page.GetByLabel("Note (valgfri)").FillAsync("Sponsorerer trøjer");
        await page.GetByRole(AriaRole.Button, new() { Name = "Tilføj relationen" }).ClickAsync();

        var summary = page.GetByRole(AriaRole.Alert);
        await Assertions.Expect(summary).ToBeFocusedAsync();
        await Assertions.Expect(summary.GetByRole(AriaRole.Link)).ToHaveAttributeAsync("href", "#relation-to");
        await Assertions.Expect(page.GetByLabel("Note (valgfri)")).ToHaveValueAsync("Sponsorerer trøjer");
        await page.AssertNoAxeViolationsAsync();

        await page.GetByLabel("Anden aktør").SelectOptionAsync(new SelectOptionValue { Label = "Vejleå Boldklub" });
        await page.GetByRole(AriaRole.Button, new() { Name = "Tilføj relationen" }).ClickAsync();
        var relation = page.Locator("ul.relations li").Filter(new() { HasText = "Ishøj Cykler støtter økonomisk Vejleå Boldklub" });
        await Assertions.Expect(relation).ToContainTextAsync("Sponsorerer trøjer");
        var stored = await data.Network.ListRelationsAsync(new ListRelationsRequest { MunicipalityCode = data.Code }, platform.AsAdmin());
        Assert.Equal(RelationKind.Funds, Assert.Single(stored.Relations).Kind);

        await relation.GetByRole(AriaRole.Button, new() { NameRegex = new System.Text.RegularExpressions.Regex("^Fjern") }).ClickAsync();
        await Assertions.Expect(page.GetByText("Der er ingen relationer endnu.")).ToBeVisibleAsync();
        Assert.Empty((await data.Network.ListRelationsAsync(new ListRelationsRequest { MunicipalityCode = data.Code }, platform.AsAdmin())).Relations);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task A_viewer_sees_the_relations_without_controls_and_a_crafted_removal_is_refused_with_403_and_removes_nothing()
    {
        var data = await MappingPagesData.StartAsync(platform, platform.MunicipalityCodes.Take());
        var club = await data.AddActorAsync("Vejleå Boldklub", Sector.CivilSociety, ["sports-hall"], ["physical-activity"]);
        var shop = await data.AddActorAsync("Ishøj Cykler", Sector.Private, ["local-community"], ["physical-activity"]);
        var relation = await data.Network.AddRelationAsync(new AddRelationRequest { MunicipalityCode = data.Code, FromActorId = shop.Id, ToActorId = club.Id, Kind = RelationKind.CollaboratesWith }, platform.AsAdmin());
        var session = await data.SessionAsync(PlatformRole.Viewer);

        var page = await browser.OpenAccessibleAsync(data.Page("network"), 1280, "en", session);
        await Assertions.Expect(page.Locator("ul.relations li")).ToHaveTextAsync("Ishøj Cykler collaborates with Vejleå Boldklub");
        Assert.Equal(0, await page.Locator("main form[method=post]").CountAsync());

        var answer = await page.PostAsync("remove-relation-" + relation.Id, new Dictionary<string, string> { ["Removed"] = relation.Id });

        Assert.Equal(403, answer.Status);
        Assert.Single((await data.Network.ListRelationsAsync(new ListRelationsRequest { MunicipalityCode = data.Code }, platform.AsAdmin())).Relations);
        await page.Context.CloseAsync();
    }
}
