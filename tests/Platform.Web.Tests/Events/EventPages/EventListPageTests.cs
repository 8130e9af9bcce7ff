using System.Globalization;
using Microsoft.Playwright;
using Platform.Identity;
using Platform.Testing;
using Platform.Web.Tests.Infrastructure;

namespace Platform.Web.Tests.Events.EventPages;

/// <summary>The events list (coming first, then past) and the month calendar of a municipality.</summary>
[Collection(EventPagesCollection.Name)]
public sealed class EventListPageTests(SharedPlatform shared, BrowserFixture browser)
{
    private readonly TestPlatform platform = shared.Platform;

    [Fact]
    public async Task A_coordinator_creates_an_event_in_the_form_and_finds_it_in_the_list_and_in_the_months_calendar_in_Copenhagen_time()
    {
        var data = await EventPagesData.StartAsync(platform, platform.MunicipalityCodes.Take());
        var session = await data.SessionAsync(PlatformRole.MunicipalityCoordinator);
        var day = EventPagesData.DayAhead();
        var page = await browser.OpenAccessibleAsync(data.Page("events"), 390, "da", session);

        await page.GetByRole(AriaRole.Link, new() { Name = "Nyt arrangement" }).ClickAsync();
        await page.GetByLabel("Type").SelectOptionAsync(new SelectOptionValue { Label = "Dialogmøde" });
        await page.GetByLabel("Titel").FillAsync("Dialogmøde om børns trivsel");
        await page.GetByLabel("Dato", new() { Exact = true }).FillAsync(day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        await page.GetByLabel("Starttidspunkt").FillAsync("16:00");
        await page.GetByLabel("Sluttidspunkt").FillAsync("18:00");
        await page.GetByLabel("Adresse eller lokale").FillAsync("Medborgerhuset");
        await page.GetByLabel("Antal pladser").FillAsync("40");
        await page.GetByRole(AriaRole.Checkbox, new() { Name = "Forældre og familier" }).CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Tilføj et punkt til dagsordenen" }).ClickAsync();
        await page.Locator("#agenda-0-time").FillAsync("16.00");
        await page.Locator("#agenda-0-title").FillAsync("Velkomst");
        await page.GetByRole(AriaRole.Button, new() { Name = "Gem", Exact = true }).ClickAsync();

        var saved = Assert.Single(await data.AllAsync());
        await Assertions.Expect(page).ToHaveURLAsync(data.Page("events/" + saved.Id).ToString());
        Assert.Equal(EventPagesData.At(day, 16), saved.Fields.Start);
        Assert.Equal(EventPagesData.At(day, 18), saved.Fields.End);
        Assert.Equal((40, "Velkomst"), (saved.Fields.Capacity, saved.Fields.Agenda.Single().Title));
        var when = day.ToString("dddd d. MMMM yyyy", CultureInfo.GetCultureInfo("da-DK")) + ", 16.00–18.00";
        await Assertions.Expect(page.Locator(".facts")).ToContainTextAsync(when);

        var list = await browser.OpenAccessibleAsync(data.Page("events"), 390, "da", session);
        var card = list.Locator(".event-card").Filter(new() { HasText = "Dialogmøde om børns trivsel" });
        await Assertions.Expect(card).ToContainTextAsync(when);
        await Assertions.Expect(card).ToContainTextAsync("0 af 40 pladser taget");

        var month = $"{day.Year:D4}-{day.Month:D2}";
        foreach (var width in new[] { 390, 1280 })
        {
            var calendar = await browser.OpenAccessibleAsync(data.Page($"events?view=calendar&month={month}"), width, "da", session);
            var cell = calendar.Locator("li.day").Filter(new() { Has = calendar.GetByRole(AriaRole.Heading, new() { Name = day.ToString("dddd d. MMMM yyyy", CultureInfo.GetCultureInfo("da-DK")) }) });
            await Assertions.Expect(cell.GetByRole(AriaRole.Link, new() { Name = "Dialogmøde om børns trivsel" })).ToBeVisibleAsync();
            await Assertions.Expect(cell).ToContainTextAsync("16.00–18.00");
            await calendar.ScreenshotAsync(new() { Path = Repository.DocsImage($"events-calendar-{width}.png"), FullPage = true });
            await calendar.Context.CloseAsync();
        }

        await list.ScreenshotAsync(new() { Path = Repository.DocsImage("events-list-phone.png"), FullPage = true });
        await list.Context.CloseAsync();
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task The_list_shows_coming_events_before_past_ones_marks_the_partnerships_events_of_other_members_and_passes_axe_in_both_languages()
    {
        var (own, other) = (platform.MunicipalityCodes.Take(), platform.MunicipalityCodes.Take());
        var data = await EventPagesData.StartAsync(platform, own, other);
        var past = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(-20);
        await data.CreateAsync("Netværksmøde i foråret", past);
        await data.CreateAsync("Temadag om søvn", EventPagesData.DayAhead(2));
        await data.CreateAsync("Fælles temadag", EventPagesData.DayAhead(), partnership: data.PartnershipId, holder: other);
        var session = await data.SessionAsync(PlatformRole.Viewer);

        foreach (var language in AccessiblePages.Languages)
        {
            foreach (var width in new[] { 390, 1280 })
            {
                var page = await browser.OpenAccessibleAsync(data.Page("events"), width, language, session);
                Assert.Equal(["Fælles temadag", "Temadag om søvn", "Netværksmøde i foråret"], await page.Locator(".event-card h3").AllInnerTextsAsync());
                var shared = page.Locator(".event-card").Filter(new() { HasText = "Fælles temadag" });
                await Assertions.Expect(shared.Locator(".mark")).ToContainTextAsync(language == "da" ? "Fælles arrangement i partnerskabet, holdt af" : "Partnership-wide event, held by");
                // Another member's event is shown, not opened: its page belongs to the municipality holding it.
                await Assertions.Expect(shared.GetByRole(AriaRole.Link)).ToHaveCountAsync(0);
                // A viewer reads, but is offered no new event.
                await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = language == "da" ? "Nyt arrangement" : "New event" })).ToHaveCountAsync(0);
                await page.Context.CloseAsync();

                var calendar = await browser.OpenAccessibleAsync(data.Page($"events?view=calendar&month={EventPagesData.DayAhead(2):yyyy-MM}"), width, language, session);
                await Assertions.Expect(calendar.GetByRole(AriaRole.Link, new() { Name = "Temadag om søvn" })).ToBeVisibleAsync();
                await calendar.Context.CloseAsync();
            }
        }
    }
}
