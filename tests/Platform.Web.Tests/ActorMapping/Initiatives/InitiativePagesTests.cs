using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Platform.Contracts.ActorMapping.V1;
using Platform.Identity;
using Platform.Testing;
using Platform.Web.Tests.Infrastructure;

namespace Platform.Web.Tests.ActorMapping.Initiatives;

/// <summary>The initiatives list and form: filters, owners, partners and venues by name, validation in the person's language.</summary>
[Collection(ActorPagesCollection.Name)]
public sealed class InitiativePagesTests(SharedPlatform shared, BrowserFixture browser)
{
    private readonly TestPlatform platform = shared.Platform;

    [Fact]
    public async Task The_initiatives_list_and_the_new_initiative_form_pass_axe_in_Danish_and_English_at_390_and_1280_px()
    {
        var data = await MappingPagesData.StartAsync(platform, platform.MunicipalityCodes.Take());
        var club = await data.AddActorAsync("Vejleå Boldklub", Sector.CivilSociety, ["sports-hall"], ["physical-activity"]);
        await data.AddInitiativeAsync("Fodbold om fredagen", club.Id, ["sports-hall"], ["physical-activity"]);
        var session = await data.SessionAsync(PlatformRole.MunicipalityCoordinator);

        foreach (var (language, status, reach, heading) in new[] { ("da", "I gang", "1.200", "Nyt tiltag"), ("en", "Ongoing", "1.200", "New initiative") })
        {
            foreach (var width in new[] { 390, 1280 })
            {
                var list = await browser.OpenAccessibleAsync(data.Page("initiatives"), width, language, session);
                var row = list.Locator("tbody tr").Filter(new() { HasText = "Fodbold om fredagen" });
                await Assertions.Expect(row).ToContainTextAsync(status);
                await Assertions.Expect(row).ToContainTextAsync("Vejleå Boldklub");
                await Assertions.Expect(row.Locator("td.number")).ToHaveTextAsync(reach);
                await list.Context.CloseAsync();

                var form = await browser.OpenAccessibleAsync(data.Page("initiatives/new"), width, language, session);
                await Assertions.Expect(form.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(heading);
                await form.Context.CloseAsync();
            }
        }
    }

    [Fact]
    public async Task A_member_adds_an_initiative_with_owner_partners_venue_arenas_themes_reach_and_dates_and_finds_it_filtered_by_arena_and_theme()
    {
        var data = await MappingPagesData.StartAsync(platform, platform.MunicipalityCodes.Take());
        await data.AddActorAsync("Vejleå Boldklub", Sector.CivilSociety, ["sports-hall"], ["physical-activity"]);
        await data.AddActorAsync("Strandskolen", Sector.Municipal, ["school"], ["food-and-meals"]);
        await data.AddActorAsync("Ishøj Bibliotek", Sector.Municipal, ["library"], ["sleep"]);
        var session = await data.SessionAsync(PlatformRole.MunicipalityMember);
        var page = await browser.OpenAccessibleAsync(data.Page("initiatives"), 1280, "da", session);

        await page.GetByRole(AriaRole.Link, new() { Name = "Nyt tiltag" }).ClickAsync();
        await page.GetByLabel("Navn", new() { Exact = true }).FillAsync("Madklub i biblioteket");
        await page.GetByLabel("Ejer (aktøren, der driver det)").SelectOptionAsync(new SelectOptionValue { Label = "Strandskolen" });
        await page.GetByLabel("Partnere").SelectOptionAsync([new SelectOptionValue { Label = "Vejleå Boldklub" }]);
        await page.GetByLabel(new Regex("^Steder")).SelectOptionAsync([new SelectOptionValue { Label = "Ishøj Bibliotek" }]);
        await page.GetByRole(AriaRole.Group, new() { Name = "Arenaer" }).GetByLabel("Bibliotek").CheckAsync();
        await page.GetByRole(AriaRole.Group, new() { Name = "Målgrupper" }).GetByLabel("Forældre").CheckAsync();
        await page.GetByRole(AriaRole.Group, new() { Name = "Temaer" }).GetByLabel("Mad og måltider").CheckAsync();
        await page.GetByLabel("Andre temaer").FillAsync("madspild");
        await page.GetByLabel("Antal børn, det når").FillAsync("1.250");
        await page.GetByLabel("Startdato").FillAsync("2026-12-10");
        await page.GetByRole(AriaRole.Button, new() { Name = "Gem" }).ClickAsync();

        await Assertions.Expect(page.GetByText("Tiltaget Madklub i biblioteket er gemt.")).ToBeVisibleAsync();
        await page.GotoAsync(data.Page("initiatives") + "?arena=library&theme=food-and-meals");
        var row = page.Locator("tbody tr").Filter(new() { HasText = "Madklub i biblioteket" });
        await Assertions.Expect(row).ToContainTextAsync("Strandskolen");
        await Assertions.Expect(row).ToContainTextAsync("Mad og måltider, madspild");
        await Assertions.Expect(row).ToContainTextAsync("10. december 2026 –");
        await Assertions.Expect(row.Locator("td.number")).ToHaveTextAsync("1.250");
        await page.AssertNoAxeViolationsAsync();
        await page.ScreenshotAsync(new() { Path = Repository.DocsImage("mapping-initiatives-desktop.png"), FullPage = true });
        await page.GotoAsync(data.Page("initiatives") + "?arena=school");
        await Assertions.Expect(page.GetByText("0 tiltag")).ToBeVisibleAsync();

        var stored = Assert.Single((await data.Initiatives.ListInitiativesAsync(new ListInitiativesRequest { MunicipalityCode = data.Code }, platform.AsAdmin())).Initiatives);
        Assert.Equal((1, 1, 1250, new Google.Type.Date { Year = 2026, Month = 12, Day = 10 }), (stored.Fields.PartnerActorIds.Count, stored.Fields.VenueActorIds.Count, stored.Fields.Reach, stored.Fields.StartDate));
        Assert.Equal(["parents"], stored.Fields.TargetGroups);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task A_refused_initiative_names_each_field_in_the_persons_language_moves_focus_to_the_summary_and_keeps_what_was_typed()
    {
        var data = await MappingPagesData.StartAsync(platform, platform.MunicipalityCodes.Take());
        var session = await data.SessionAsync(PlatformRole.MunicipalityMember);

        foreach (var (language, reachLabel, startLabel, endLabel, save, reachMessage, endMessage) in new[]
        {
            ("da", "Antal børn, det når", "Startdato", "Slutdato", "Gem", "Et helt tal fra 0 til 1.000.000", "Slutdatoen skal være en dato og må ikke ligge før startdatoen"),
            ("en", "Children reached", "Start date", "End date", "Save", "A whole number from 0 to 1,000,000", "The end date must be a date and not before the start date"),
        })
        {
            var page = await browser.OpenAccessibleAsync(data.Page("initiatives/new"), 390, language, session);
            await page.GetByLabel(reachLabel).FillAsync("mange");
            await page.GetByLabel(startLabel).FillAsync("2026-12-10");
            await page.GetByLabel(endLabel).FillAsync("2026-11-01");
            await page.GetByRole(AriaRole.Button, new() { Name = save, Exact = true }).ClickAsync();

            var summary = page.GetByRole(AriaRole.Alert);
            await Assertions.Expect(summary).ToBeFocusedAsync();
            var messages = await summary.GetByRole(AriaRole.Link).AllInnerTextsAsync();
            Assert.Equal(3, messages.Count);
            Assert.Contains(language == "da" ? "Navn skal udfyldes" : "Name is required", messages);
            Assert.Contains(messages, message => message.StartsWith(reachMessage, StringComparison.Ordinal));
            Assert.Contains(messages, message => message.StartsWith(endMessage, StringComparison.Ordinal));
            await Assertions.Expect(page.GetByLabel(reachLabel)).ToHaveValueAsync("mange");
            await Assertions.Expect(page.GetByLabel(reachLabel)).ToHaveAttributeAsync("aria-invalid", "true");
            await Assertions.Expect(page.GetByLabel(startLabel)).ToHaveValueAsync("2026-12-10");
            await page.AssertNoAxeViolationsAsync();
            if (language == "da")
            {
                await page.ScreenshotAsync(new() { Path = Repository.DocsImage("mapping-initiative-errors-phone.png") });
            }

            await page.Context.CloseAsync();
        }

        Assert.Empty((await data.Initiatives.ListInitiativesAsync(new ListInitiativesRequest { MunicipalityCode = data.Code }, platform.AsAdmin())).Initiatives);
    }

    [Fact]
    public async Task A_viewer_reads_an_initiative_without_a_form_and_a_crafted_save_is_refused_with_403_and_changes_nothing()
    {
        var data = await MappingPagesData.StartAsync(platform, platform.MunicipalityCodes.Take());
        var club = await data.AddActorAsync("Vejleå Boldklub", Sector.CivilSociety, ["sports-hall"], ["physical-activity"]);
        var initiative = await data.AddInitiativeAsync("Fodbold om fredagen", club.Id, ["sports-hall"], ["physical-activity"]);
        var session = await data.SessionAsync(PlatformRole.Viewer);

        var list = await browser.OpenAccessibleAsync(data.Page("initiatives"), 390, "da", session);
        Assert.Equal(0, await list.GetByRole(AriaRole.Link, new() { Name = "Nyt tiltag" }).CountAsync());
        await list.Context.CloseAsync();
        var page = await browser.OpenAccessibleAsync(data.Page("initiatives/" + initiative.Id), 1280, "da", session);
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Fodbold om fredagen");
        await Assertions.Expect(page.Locator("dl.details")).ToContainTextAsync("Vejleå Boldklub");
        Assert.Equal(0, await page.Locator("main form[method=post]").CountAsync());

        var answer = await page.PostAsync("initiative", new Dictionary<string, string>
        {
            ["Initiative.Version"] = "1",
            ["Initiative.Name"] = "Overtaget",
            ["Initiative.Kind"] = nameof(InitiativeKind.Existing),
            ["Initiative.Status"] = nameof(InitiativeStatus.Ongoing),
            ["Initiative.Engagement"] = nameof(PartnershipEngagement.None),
        });

        Assert.Equal(403, answer.Status);
        var after = await data.Initiatives.GetInitiativeAsync(new GetInitiativeRequest { MunicipalityCode = data.Code, Id = initiative.Id }, platform.AsAdmin());
        Assert.Equal(("Fodbold om fredagen", initiative.Version), (after.Fields.Name, after.Version));
        await page.Context.CloseAsync();
    }
}
