using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Platform.Contracts.Events.V1;
using Platform.Identity;
using Platform.Testing;
using Platform.Web.Tests.Events.Door;
using Platform.Web.Tests.Infrastructure;

namespace Platform.Web.Tests.Events.Outcomes;

/// <summary>The outcomes of an event (notes, concerns, ideas, roles) and the search across the municipality's events.</summary>
[Collection(EventPagesCollection.Name)]
public sealed class OutcomePagesTests(SharedPlatform shared, BrowserFixture browser)
{
    private readonly TestPlatform platform = shared.Platform;

    [Fact]
    public async Task The_outcome_pages_show_kinds_and_themes_by_name_with_no_axe_violations_in_Danish_and_English_on_a_phone_and_a_desktop()
    {
        var data = await DoorPagesData.StartAsync(platform, platform.MunicipalityCodes.Take());
        var dialogue = await data.CreateEventAsync("Dialogmøde med foreningerne");
        await data.AddOutcomeAsync(dialogue, OutcomeKind.Concern, "Mange børn sover for lidt i hverdagen.", "sleep", "screen-habits");
        await data.AddOutcomeAsync(dialogue, OutcomeKind.Idea, "Fælles gåbus til skolen.", "physical-activity", "trafik");
        var session = await data.SessionAsync(PlatformRole.MunicipalityMember);

        foreach (var language in AccessiblePages.Languages)
        {
            foreach (var width in new[] { 390, 1280 })
            {
                var page = await browser.OpenAccessibleAsync(data.Page(dialogue, "outcomes"), width, language, session);
                var concern = page.Locator(".outcomes li").Filter(new() { HasText = "sover for lidt" });
                await Assertions.Expect(concern.Locator(".outcome-kind")).ToHaveTextAsync(language == "da" ? "Bekymring" : "Concern");
                await Assertions.Expect(concern).ToContainTextAsync(language == "da" ? "Søvn, Skærmvaner" : "Sleep, Screen habits");
                // A municipality's own theme is shown as written.
                await Assertions.Expect(page.Locator(".outcomes li").Filter(new() { HasText = "gåbus" })).ToContainTextAsync("trafik");
                if (language == "da" && width == 390)
                {
                    await page.ScreenshotAsync(new() { Path = Repository.DocsImage("event-outcomes-phone.png"), FullPage = true });
                }

                await page.Context.CloseAsync();
                var search = await browser.OpenAccessibleAsync(data.OutcomeSearch("?q=gåbus"), width, language, session);
                await Assertions.Expect(search.Locator(".outcomes li")).ToHaveCountAsync(1);
                await Assertions.Expect(search.Locator(".outcomes li").GetByRole(AriaRole.Link)).ToHaveTextAsync("Dialogmøde med foreningerne");
                await search.Context.CloseAsync();
            }
        }
    }

    [Theory]
    [InlineData("da", "Vælg, om det er en note, en bekymring, en idé eller en aktørs rolle", "Tekst skal udfyldes", "Bekymring", "Søvn")]
    [InlineData("en", "Choose whether it is a note, a concern, an idea or an actor's role", "Text is required", "Concern", "Sleep")]
    public async Task An_outcome_added_with_problems_first_keeps_what_was_typed_and_is_then_found_by_words_and_theme(
        string language, string kindProblem, string textRequired, string concern, string sleep)
    {
        var data = await DoorPagesData.StartAsync(platform, platform.MunicipalityCodes.Take());
        var workshop = await data.CreateEventAsync("Værksted om hverdagens rytme");
        var other = await data.CreateEventAsync("Et andet værksted");
        await data.AddOutcomeAsync(other, OutcomeKind.Concern, "Lange ventetider i sundhedsplejen.", "sleep");
        var page = await browser.OpenAccessibleAsync(data.Page(workshop, "outcomes"), 390, language, await data.SessionAsync(PlatformRole.MunicipalityMember));

        await page.GetByRole(AriaRole.Checkbox, new() { Name = sleep }).CheckAsync();
        await page.Locator("#outcome-other-themes").FillAsync("sengetider");
        await page.Locator("#outcome-group").SelectOptionAsync(nameof(TargetGroup.ParentsAndFamilies));
        await page.Locator("form[aria-labelledby=add-heading] button[type=submit]").ClickAsync();
        var errors = page.GetByRole(AriaRole.Alert);
        await Assertions.Expect(errors).ToBeFocusedAsync();
        Assert.Equal([kindProblem, textRequired], await errors.GetByRole(AriaRole.Link).AllInnerTextsAsync());
        await Assertions.Expect(page.GetByRole(AriaRole.Checkbox, new() { Name = sleep })).ToBeCheckedAsync();
        await Assertions.Expect(page.Locator("#outcome-other-themes")).ToHaveValueAsync("sengetider");
        await Assertions.Expect(page.Locator("#outcome-group")).ToHaveValueAsync(nameof(TargetGroup.ParentsAndFamilies));
        await page.AssertNoAxeViolationsAsync();

        await page.Locator("#outcome-kind").SelectOptionAsync(nameof(OutcomeKind.Concern));
        await page.Locator("#outcome-text").FillAsync("Forældrene er bekymrede for sene sengetider og skærme om aftenen.");
        await page.Locator("form[aria-labelledby=add-heading] button[type=submit]").ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync(language == "da" ? "Resultatet er gemt." : "The outcome is saved.");
        var saved = Assert.Single(await data.OutcomesAsync(workshop));
        Assert.Equal((OutcomeKind.Concern, TargetGroup.ParentsAndFamilies), (saved.Kind, saved.Group));
        Assert.Equal(["sleep", "sengetider"], saved.Themes);

        await page.GetByRole(AriaRole.Link, new() { Name = language == "da" ? "Søg i alle resultater" : "Search all outcomes" }).ClickAsync();
        await page.Locator("#outcomes-q").FillAsync("sengetider skærme");
        await page.Locator("#outcomes-theme").SelectOptionAsync("sleep");
        await page.Locator("form[role=search] button[type=submit]").ClickAsync();
        // A regular expression of the exact address: a string would be read as a glob, where "?" matches any one character.
        await Assertions.Expect(page).ToHaveURLAsync(new Regex(Regex.Escape(data.OutcomeSearch("?q=sengetider+sk%C3%A6rme&theme=sleep&kind=").AbsoluteUri) + "$"));
        var found = page.Locator(".outcomes li");
        await Assertions.Expect(found).ToHaveCountAsync(1);
        await Assertions.Expect(found.Locator(".outcome-kind")).ToHaveTextAsync(concern);
        await Assertions.Expect(found.GetByRole(AriaRole.Link)).ToHaveTextAsync("Værksted om hverdagens rytme");
        await page.AssertNoAxeViolationsAsync();
        if (language == "da")
        {
            await page.ScreenshotAsync(new() { Path = Repository.DocsImage("event-outcome-search-phone.png"), FullPage = true });
        }

        // The theme alone finds both events' concerns about sleep.
        await page.GotoAsync(data.OutcomeSearch("?theme=sleep").ToString());
        await Assertions.Expect(found).ToHaveCountAsync(2);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task A_viewer_reads_the_outcomes_without_the_form_and_a_crafted_outcome_is_refused_and_not_stored()
    {
        var data = await DoorPagesData.StartAsync(platform, platform.MunicipalityCodes.Take());
        var workshop = await data.CreateEventAsync("Værksted for fagpersoner");
        await data.AddOutcomeAsync(workshop, OutcomeKind.Note, "Referat sendes ud.");
        var page = await browser.OpenAccessibleAsync(data.Page(workshop, "outcomes"), 1280, "da", await data.SessionAsync(PlatformRole.Viewer));

        await Assertions.Expect(page.Locator(".outcome-text")).ToHaveTextAsync("Referat sendes ud.");
        await Assertions.Expect(page.Locator("form[aria-labelledby=add-heading]")).ToHaveCountAsync(0);
        var answer = await page.PostAsync("outcome", new Dictionary<string, string> { ["kind"] = nameof(OutcomeKind.Idea), ["text"] = "Indsmuglet idé" });
        Assert.Equal(403, answer.Status);
        Assert.Single(await data.OutcomesAsync(workshop));
        await page.Context.CloseAsync();
    }
}
