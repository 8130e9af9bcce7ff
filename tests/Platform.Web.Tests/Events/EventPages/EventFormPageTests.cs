using Microsoft.Playwright;
using Platform.Contracts.Events.V1;
using Platform.Identity;
using Platform.Testing;
using Platform.Web.Tests.Infrastructure;

namespace Platform.Web.Tests.Events.EventPages;

/// <summary>The event form (new and edit): server-side validation in the person's language, what was typed kept, the stale edit.</summary>
[Collection(EventPagesCollection.Name)]
public sealed class EventFormPageTests(SharedPlatform shared, BrowserFixture browser)
{
    private readonly TestPlatform platform = shared.Platform;

    [Theory]
    [InlineData("da", "Vælg en type arrangement", "Titel skal udfyldes", "Sluttidspunktet skal ligge efter starttidspunktet", "Antal pladser skal være et helt tal fra 0 til 100.000")]
    [InlineData("en", "Choose a kind of event", "Title is required", "The end must be after the start", "Seats must be a whole number from 0 to 100,000")]
    public async Task A_form_with_problems_names_each_field_in_the_persons_language_and_keeps_what_was_typed(
        string language, string kind, string title, string end, string capacity)
    {
        var data = await EventPagesData.StartAsync(platform, platform.MunicipalityCodes.Take());
        var session = await data.SessionAsync(PlatformRole.MunicipalityMember);
        var page = await browser.OpenAccessibleAsync(data.Page("events/new"), 1280, language, session);

        await page.Locator("#event-description").FillAsync("Vi mødes i hallen.");
        await page.Locator("#event-date").FillAsync(EventPagesData.DayAhead().ToString("yyyy-MM-dd"));
        await page.Locator("#event-start").FillAsync("18:00");
        await page.Locator("#event-end").FillAsync("16:00");
        await page.Locator("#event-capacity").FillAsync("mange");
        await page.Locator("#event-group-0").CheckAsync();
        await page.Locator("button[value=add]").ClickAsync();
        await page.Locator("#agenda-0-time").FillAsync("18.00");
        await page.Locator("button[value=save]:visible").ClickAsync();

        var errors = page.GetByRole(AriaRole.Alert);
        await Assertions.Expect(errors).ToBeFocusedAsync();
        var messages = await errors.GetByRole(AriaRole.Link).AllInnerTextsAsync();
        Assert.Contains(kind, messages);
        Assert.Contains(title, messages);
        Assert.Contains(end, messages);
        Assert.Contains(capacity, messages);
        await Assertions.Expect(page.Locator("#event-title")).ToHaveAttributeAsync("aria-invalid", "true");
        await Assertions.Expect(page.Locator("#event-title-error")).ToHaveTextAsync(title);
        await Assertions.Expect(page.Locator("#event-end-error")).ToHaveTextAsync(end);
        await Assertions.Expect(page.Locator("#event-description")).ToHaveValueAsync("Vi mødes i hallen.");
        await Assertions.Expect(page.Locator("#event-start")).ToHaveValueAsync("18:00");
        await Assertions.Expect(page.Locator("#event-end")).ToHaveValueAsync("16:00");
        await Assertions.Expect(page.Locator("#event-capacity")).ToHaveValueAsync("mange");
        await Assertions.Expect(page.Locator("#event-group-0")).ToBeCheckedAsync();
        await Assertions.Expect(page.Locator("#agenda-0-time")).ToHaveValueAsync("18.00");
        await page.AssertNoAxeViolationsAsync();
        if (language == "da")
        {
            await page.ScreenshotAsync(new() { Path = Repository.DocsImage("event-form-problems.png"), FullPage = true });
        }

        Assert.Empty(await data.AllAsync());
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task A_stale_edit_says_plainly_that_someone_saved_first_keeps_what_was_typed_and_saves_over_on_purpose()
    {
        var data = await EventPagesData.StartAsync(platform, platform.MunicipalityCodes.Take());
        var created = await data.CreateAsync("Workshop om mad", EventPagesData.DayAhead());
        var session = await data.SessionAsync(PlatformRole.MunicipalityMember);
        var page = await browser.OpenAccessibleAsync(data.Page($"events/{created.Id}/edit"), 390, "da", session);
        await Assertions.Expect(page.Locator("#event-title")).ToHaveValueAsync("Workshop om mad");
        await Assertions.Expect(page.Locator("#event-start")).ToHaveValueAsync("16:00");

        var theirs = created.Fields.Clone();
        theirs.Venue = "Biblioteket";
        await data.Events.UpdateEventAsync(new UpdateEventRequest { MunicipalityCode = data.Code, Id = created.Id, Fields = theirs, ExpectedVersion = created.Version }, platform.AsAdmin());

        await page.Locator("#event-venue").FillAsync("Skolens kantine");
        await page.Locator("button[value=save]:visible").ClickAsync();

        var stale = page.GetByRole(AriaRole.Region, new() { Name = "En anden har gemt arrangementet imens" });
        await Assertions.Expect(stale).ToBeFocusedAsync();
        await Assertions.Expect(stale).ToContainTextAsync("Biblioteket");
        await Assertions.Expect(page.Locator("#event-venue")).ToHaveValueAsync("Skolens kantine");
        await page.AssertNoAxeViolationsAsync();
        await page.AssertNoSidewaysScrollingAsync(390);

        await page.GetByRole(AriaRole.Button, new() { Name = "Gem mine ændringer i stedet" }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(data.Page("events/" + created.Id).ToString());
        Assert.Equal("Skolens kantine", (await data.AllAsync()).Single().Fields.Venue);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task The_edit_and_new_forms_open_with_no_axe_violations_at_390_and_1280_in_Danish_and_English()
    {
        var data = await EventPagesData.StartAsync(platform, platform.MunicipalityCodes.Take());
        var created = await data.CreateAsync("Samskabelse i Strandparken", EventPagesData.DayAhead());
        var session = await data.SessionAsync(PlatformRole.MunicipalityCoordinator);

        foreach (var language in AccessiblePages.Languages)
        {
            foreach (var width in new[] { 390, 1280 })
            {
                var edit = await browser.OpenAccessibleAsync(data.Page($"events/{created.Id}/edit"), width, language, session);
                await Assertions.Expect(edit.Locator("#agenda-1-title")).ToHaveValueAsync("Dialog i grupper");
                await Assertions.Expect(edit.GetByRole(AriaRole.Checkbox, new() { Name = language == "da" ? "Børn" : "Children" })).ToBeCheckedAsync();
                await edit.Context.CloseAsync();
                var create = await browser.OpenAccessibleAsync(data.Page("events/new"), width, language, session);
                await Assertions.Expect(create.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(language == "da" ? "Nyt arrangement" : "New event");
                if (language == "da" && width == 390)
                {
                    await create.ScreenshotAsync(new() { Path = Repository.DocsImage("event-form-phone.png"), FullPage = true });
                }

                await create.Context.CloseAsync();
            }
        }
    }
}
