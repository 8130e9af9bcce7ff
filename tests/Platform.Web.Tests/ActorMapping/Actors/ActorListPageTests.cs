using Microsoft.Playwright;
using Platform.Contracts.ActorMapping.V1;
using Platform.Identity;
using Platform.Testing;
using Platform.Web.Tests.Infrastructure;

namespace Platform.Web.Tests.ActorMapping.Actors;

/// <summary>The actor list page, from the module's plugin assembly, in a real browser as signed-in people.</summary>
[Collection(ActorPagesCollection.Name)]
public sealed class ActorListPageTests(SharedPlatform shared, BrowserFixture browser)
{
    private readonly TestPlatform platform = shared.Platform;

    [Fact]
    public async Task The_list_shows_actors_in_Danish_order_with_readable_sectors_and_stages_in_Danish_and_English_with_no_axe_violations()
    {
        var code = platform.MunicipalityCodes.Take();
        await Scenario.PartnershipWithMembersAsync(platform, code);
        var area = await ActorPages.AddLocalAreaAsync(platform, code, "Vejleåparken");
        foreach (var name in new[] { "Åparken Bibliotek", "Ølby Idrætsforening", "Zoneterapi for børn", "Æblehaven Børnehus", "aktivitetshuset" })
        {
            await ActorPages.CreateAsync(platform, code, name, localAreaId: name.StartsWith('Z') ? area : "");
        }

        var session = await SignIn.SessionAsync(platform, RoleGrant.ForMunicipality(PlatformRole.MunicipalityMember, code));
        foreach (var (language, heading, sector, stage, wholeMunicipality) in new[]
        {
            ("da", "Aktører", "Civilsamfund", "Identificeret", "Hele kommunen"),
            ("en", "Actors", "Civil society", "Identified", "The whole municipality"),
        })
        {
            foreach (var width in new[] { 390, 1280 })
            {
                var page = await browser.OpenAccessibleAsync(ActorPages.List(platform, code), width, language, session);

                Assert.StartsWith(heading + " – ", await page.GetByRole(AriaRole.Heading, new() { Level = 1 }).TextContentAsync(), StringComparison.Ordinal);
                Assert.Equal(["aktivitetshuset", "Zoneterapi for børn", "Æblehaven Børnehus", "Ølby Idrætsforening", "Åparken Bibliotek"], await ActorPages.NamesAsync(page));
                var zone = page.GetByRole(AriaRole.Row).Filter(new() { HasText = "Zoneterapi for børn" });
                await Assertions.Expect(zone.GetByRole(AriaRole.Cell, new() { Name = sector, Exact = true })).ToBeVisibleAsync();
                await Assertions.Expect(zone.GetByRole(AriaRole.Cell, new() { Name = stage, Exact = true })).ToBeVisibleAsync();
                await Assertions.Expect(zone.GetByRole(AriaRole.Cell, new() { Name = "Vejleåparken", Exact = true })).ToBeVisibleAsync();
                await Assertions.Expect(page.GetByRole(AriaRole.Row).Filter(new() { HasText = "Åparken Bibliotek" })
                    .GetByRole(AriaRole.Cell, new() { Name = wholeMunicipality, Exact = true })).ToBeVisibleAsync();
                if ((language, width) == ("da", 1280))
                {
                    await page.ScreenshotAsync(new() { Path = Repository.DocsImage("actors-list-desktop.png"), FullPage = true });
                }

                var text = await page.Locator("main").InnerTextAsync();
                Assert.DoesNotContain("CivilSociety", text, StringComparison.Ordinal);
                Assert.DoesNotContain("Identified", language == "da" ? text : "", StringComparison.Ordinal);
                await page.Context.CloseAsync();
            }
        }
    }

    [Fact]
    public async Task Every_filter_of_the_get_form_narrows_the_list_and_keeps_its_choice_in_the_address()
    {
        var code = platform.MunicipalityCodes.Take();
        await Scenario.PartnershipWithMembersAsync(platform, code);
        var area = await ActorPages.AddLocalAreaAsync(platform, code, "Strandparken");
        await ActorPages.CreateAsync(platform, code, "Bibliotek Nord", Sector.Municipal, "bibliotek", ["library"], ["sleep"], ["3-5"]);
        await ActorPages.CreateAsync(platform, code, "Idrætsforeningen", Sector.CivilSociety, "forening", ["sports-hall"], ["physical-activity"], ["11-15"], area);
        var moved = await ActorPages.CreateAsync(platform, code, "Købmanden", Sector.Private, "butik", ["local-community"], ["food-and-meals"], ["16-18+"],
            contacts: new ContactPerson { Name = "Kim", Email = "kim@example.dk" });
        await ActorPages.Client(platform).MoveStageAsync(
            new MoveStageRequest { MunicipalityCode = code, Id = moved.Id, Stage = MobilisationStage.Engaged, ExpectedVersion = moved.Version }, platform.AsAdmin());
        var session = await SignIn.SessionAsync(platform, RoleGrant.ForMunicipality(PlatformRole.Viewer, code));
        var page = await browser.OpenAsync(ActorPages.List(platform, code), 1280, "da", session);

        async Task FilterAsync(Func<Task> choose, string expected, string query)
        {
            await page.GetByRole(AriaRole.Link, new() { Name = "Ryd filtre" }).ClickAsync();
            await choose();
            await page.GetByRole(AriaRole.Button, new() { Name = "Vis aktører" }).ClickAsync();
            await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex(System.Text.RegularExpressions.Regex.Escape(query)));
            Assert.Equal([expected], await ActorPages.NamesAsync(page));
            await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("1 aktør");
        }

        await FilterAsync(() => page.GetByLabel("Lokalområde").SelectOptionAsync(new SelectOptionValue { Label = "Strandparken" }), "Idrætsforeningen", "area=" + area);
        await FilterAsync(() => page.GetByLabel("Sektor").SelectOptionAsync(new SelectOptionValue { Label = "Privat" }), "Købmanden", "sector=Private");
        await FilterAsync(() => page.GetByLabel("Kategori").FillAsync("bibliotek"), "Bibliotek Nord", "category=bibliotek");
        await FilterAsync(() => page.GetByLabel("Arena").SelectOptionAsync(new SelectOptionValue { Label = "Idrætshal" }), "Idrætsforeningen", "arena=sports-hall");
        await FilterAsync(() => page.GetByLabel("Tema").SelectOptionAsync(new SelectOptionValue { Label = "Mad og måltider" }), "Købmanden", "theme=food-and-meals");
        await FilterAsync(() => page.GetByLabel("Aldersgruppe").SelectOptionAsync(new SelectOptionValue { Label = "Børn 3-5 år" }), "Bibliotek Nord", "age=3-5");
        await FilterAsync(() => page.GetByLabel("Stadie").SelectOptionAsync(new SelectOptionValue { Label = "Engageret" }), "Købmanden", "stage=Engaged");
        await FilterAsync(() => page.GetByLabel("Søg i navn og beskrivelse").FillAsync("IDRÆT"), "Idrætsforeningen", "q=IDR");

        // The chosen filter is shown as chosen after the page reloads from its address.
        await Assertions.Expect(page.GetByLabel("Søg i navn og beskrivelse")).ToHaveValueAsync("IDRÆT");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task A_long_list_is_paged_by_fifty_with_the_filters_kept_on_every_page()
    {
        var code = platform.MunicipalityCodes.Take();
        await Scenario.PartnershipWithMembersAsync(platform, code);
        await ActorPages.ImportAsync(platform, code, Enumerable.Range(1, 120).Select(i => $"Forening {i:000}"));
        await ActorPages.CreateAsync(platform, code, "Skolen", Sector.Municipal, "skole");
        var session = await SignIn.SessionAsync(platform, RoleGrant.ForMunicipality(PlatformRole.Viewer, code));

        var page = await browser.OpenAccessibleAsync(ActorPages.List(platform, code, "?sector=CivilSociety"), 390, "da", session);
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("120 aktører");
        var pager = page.GetByRole(AriaRole.Navigation, new() { Name = "Sider" });
        await Assertions.Expect(pager).ToContainTextAsync("Side 1 af 3");
        Assert.Equal(50, (await ActorPages.NamesAsync(page)).Count);
        Assert.Equal("Forening 001", (await ActorPages.NamesAsync(page))[0]);

        await pager.GetByRole(AriaRole.Link, new() { Name = "Næste" }).ClickAsync();
        await Assertions.Expect(pager).ToContainTextAsync("Side 2 af 3");
        Assert.Contains("sector=CivilSociety", page.Url, StringComparison.Ordinal);
        Assert.Equal("Forening 051", (await ActorPages.NamesAsync(page))[0]);

        await page.GotoAsync(ActorPages.List(platform, code, "?sector=CivilSociety&page=3").ToString());
        Assert.Equal(20, (await ActorPages.NamesAsync(page)).Count);
        Assert.DoesNotContain("Skolen", await ActorPages.NamesAsync(page));
        await page.Context.CloseAsync();
    }
}
