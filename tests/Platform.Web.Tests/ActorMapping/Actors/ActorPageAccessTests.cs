using Microsoft.Playwright;
using Platform.Contracts.Core.V1;
using Platform.Identity;
using Platform.Testing;
using Platform.Web.Tests.Infrastructure;

namespace Platform.Web.Tests.ActorMapping.Actors;

/// <summary>Who may see and change actors on the pages: the same refusals as the gRPC service, by status and in words.</summary>
[Collection(ActorPagesCollection.Name)]
public sealed class ActorPageAccessTests(SharedPlatform shared, BrowserFixture browser)
{
    private readonly TestPlatform platform = shared.Platform;

    [Fact]
    public async Task A_viewer_sees_no_edit_controls_and_their_crafted_posts_are_refused_with_403_and_change_nothing()
    {
        var code = platform.MunicipalityCodes.Take();
        await Scenario.PartnershipWithMembersAsync(platform, code);
        var actor = await ActorPages.CreateAsync(platform, code, "Biblioteket");
        var session = await SignIn.SessionAsync(platform, RoleGrant.ForMunicipality(PlatformRole.Viewer, code));
        var page = await browser.OpenAccessibleAsync(ActorPages.List(platform, code), 390, "da", session);

        Assert.Equal(["Biblioteket"], await ActorPages.NamesAsync(page));
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "Biblioteket" })).ToHaveCountAsync(0);
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "Ny aktør" })).ToHaveCountAsync(0);
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "Importér fra regneark" })).ToHaveCountAsync(0);

        var created = await page.PostAsync("actor",
            new Dictionary<string, string> { ["action"] = "save", ["name"] = "Falsk aktør", ["sector"] = "Private", ["category"] = "butik", ["contacts"] = "0" },
            ActorPages.New(platform, code).ToString());
        var edited = await page.PostAsync("actor",
            new Dictionary<string, string> { ["action"] = "save", ["name"] = "Omdøbt", ["sector"] = "Private", ["category"] = "butik", ["contacts"] = "0", ["version"] = "1" },
            ActorPages.Edit(platform, code, actor.Id).ToString());
        var imported = await page.PostAsync("import",
            new Dictionary<string, string> { ["action"] = "import", ["csv"] = Convert.ToBase64String("Navn;Sektor;Kategori\nFalsk;privat;butik\n"u8.ToArray()) },
            ActorPages.Import(platform, code).ToString());

        Assert.Equal((403, 403, 403), (created.Status, edited.Status, imported.Status));
        Assert.Contains("Du har ikke adgang", await created.TextAsync(), StringComparison.Ordinal);
        var actors = await ActorPages.AllAsync(platform, code);
        Assert.Equal(("Biblioteket", 1L), (Assert.Single(actors).Fields.Name, actors[0].Version));

        foreach (var refused in new[] { ActorPages.New(platform, code), ActorPages.Edit(platform, code, actor.Id), ActorPages.Import(platform, code) })
        {
            Assert.Equal(403, (await page.GotoAsync(refused.ToString()))!.Status);
        }

        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task A_person_of_another_municipality_cannot_open_any_actor_page_of_this_one_and_sees_none_of_its_actors()
    {
        var (own, other) = (platform.MunicipalityCodes.Take(), platform.MunicipalityCodes.Take());
        await Scenario.PartnershipWithMembersAsync(platform, own, other);
        var actor = await ActorPages.CreateAsync(platform, other, "Fortroligt Værested");
        var session = await SignIn.SessionAsync(platform, RoleGrant.ForMunicipality(PlatformRole.MunicipalityCoordinator, own));

        foreach (var address in new[] { ActorPages.List(platform, other), ActorPages.New(platform, other), ActorPages.Edit(platform, other, actor.Id), ActorPages.Import(platform, other) })
        {
            foreach (var language in AccessiblePages.Languages)
            {
                var page = await browser.OpenAsync(address, 390, language, session);
                Assert.Equal(403, (await page.ReloadAsync())!.Status);
                Assert.Equal(language == "da" ? "Du har ikke adgang" : "You do not have access", await page.GetByRole(AriaRole.Heading, new() { Level = 1 }).TextContentAsync());
                Assert.DoesNotContain("Fortroligt Værested", await page.ContentAsync(), StringComparison.Ordinal);
                await page.Context.CloseAsync();
            }
        }

        var browserOfOwn = await browser.OpenAsync(ActorPages.List(platform, own), 390, "da", session);
        var export = await browserOfOwn.Context.APIRequest.GetAsync(new Uri(platform.WebAddress, $"/actor-mapping/{other}/actors.csv").ToString());
        Assert.Equal(403, export.Status);
        Assert.DoesNotContain("Fortroligt Værested", await export.TextAsync(), StringComparison.Ordinal);
        await browserOfOwn.Context.CloseAsync();
    }

    [Fact]
    public async Task The_municipalitys_menu_links_to_the_actors_only_where_the_module_is_on_and_a_switched_off_municipality_answers_412()
    {
        var (on, off) = (platform.MunicipalityCodes.Take(), platform.MunicipalityCodes.Take());
        await Scenario.PartnershipWithMembersAsync(platform, on, off);
        await new MunicipalityService.MunicipalityServiceClient(platform.Channel)
            .SetModuleEnabledAsync(new SetModuleEnabledRequest { Code = off, ModuleId = "actor-mapping", Enabled = false }, platform.AsAdmin());
        var session = await SignIn.SessionAsync(platform,
            RoleGrant.ForMunicipality(PlatformRole.MunicipalityMember, on), RoleGrant.ForMunicipality(PlatformRole.MunicipalityMember, off));

        var page = await browser.OpenAsync(new Uri(platform.WebAddress, $"/municipalities/{on}"), 1280, "da", session);
        Assert.Contains($"/m/actor-mapping/{on}/actors", await MenuLinksAsync(page, on));
        await page.GotoAsync(new Uri(platform.WebAddress, $"/municipalities/{off}").ToString());
        Assert.DoesNotContain(await MenuLinksAsync(page, off), link => link.StartsWith("/m/actor-mapping/", StringComparison.Ordinal));
        Assert.Equal(412, (await page.GotoAsync(ActorPages.List(platform, off).ToString()))!.Status);
        await page.Context.CloseAsync();
    }

    private static Task<string[]> MenuLinksAsync(IPage page, string code) =>
        page.GetByRole(AriaRole.Navigation, new() { Name = $"Menu for {MunicipalityCodes.NameOf(code)}" }).GetByRole(AriaRole.Link)
            .EvaluateAllAsync<string[]>("links => links.map(link => link.getAttribute('href'))");
}
