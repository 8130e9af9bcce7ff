using Microsoft.Playwright;
using Platform.Identity;
using Platform.Testing;
using Platform.Web.Tests.Infrastructure;

namespace Platform.Web.Tests.Events.EventPages;

/// <summary>An event's page: its facts, the links to registrations, check-in and outcomes, the sign-up link with its QR code, the calendar feed, and the poster.</summary>
[Collection(EventPagesCollection.Name)]
public sealed class EventPageTests(SharedPlatform shared, BrowserFixture browser)
{
    private readonly TestPlatform platform = shared.Platform;

    [Fact]
    public async Task A_member_sees_everything_about_the_event_its_sign_up_link_and_QR_code_with_no_axe_violations_in_Danish_and_English()
    {
        var data = await EventPagesData.StartAsync(platform, platform.MunicipalityCodes.Take());
        var created = await data.CreateAsync("Dialogmøde i Vestbyen", EventPagesData.DayAhead());
        var session = await data.SessionAsync(PlatformRole.MunicipalityMember);

        foreach (var language in AccessiblePages.Languages)
        {
            foreach (var width in new[] { 390, 1280 })
            {
                var page = await browser.OpenAccessibleAsync(data.Page("events/" + created.Id), width, language, session);
                await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Dialogmøde i Vestbyen");
                await Assertions.Expect(page.Locator(".facts")).ToContainTextAsync(language == "da" ? "0 af 30 pladser taget, 30 ledige" : "0 of 30 seats taken, 30 left");
                await Assertions.Expect(page.Locator(".agenda")).ToContainTextAsync("Dialog i grupper");
                foreach (var (path, name) in new[] { ("registrations", language == "da" ? "Tilmeldinger og venteliste" : "Registrations and waiting list"), ("check-in", language == "da" ? "Tjek deltagere ind ved døren" : "Check people in at the door"), ("outcomes", language == "da" ? "Resultater" : "Outcomes") })
                {
                    await Assertions.Expect(page.GetByRole(AriaRole.Main).GetByRole(AriaRole.Link, new() { Name = name })).ToHaveAttributeAsync("href", $"/m/events/{data.Code}/events/{created.Id}/{path}");
                }

                var signUp = await page.Locator("#sign-up-address").InputValueAsync();
                Assert.StartsWith(new Uri(platform.WebAddress, $"/events/signup/{data.Code}/{created.Id}?token=").ToString(), signUp, StringComparison.Ordinal);
                await Assertions.Expect(page.GetByRole(AriaRole.Img, new() { Name = language == "da" ? "QR-kode til tilmelding til Dialogmøde i Vestbyen" : "QR code for signing up to Dialogmøde i Vestbyen" })).ToBeVisibleAsync();
                Assert.StartsWith(new Uri(platform.WebAddress, $"/events/calendar/municipality/{data.Code}.ics?token=").ToString(), await page.Locator("#feed-address").InputValueAsync(), StringComparison.Ordinal);
                // A member does not manage the municipality: no new calendar address.
                await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = language == "da" ? "Lav en ny adresse" : "Make a new address" })).ToHaveCountAsync(0);
                if (language == "da")
                {
                    await page.ScreenshotAsync(new() { Path = Repository.DocsImage($"event-page-{width}.png"), FullPage = true });
                }

                await page.Context.CloseAsync();
            }
        }

        // The sign-up address on the page is the public page's, and it opens.
        var check = await browser.OpenAsync(data.Page("events/" + created.Id), 390, "da", session);
        var address = await check.Locator("#sign-up-address").InputValueAsync();
        var answer = await check.Context.APIRequest.GetAsync(address);
        Assert.Equal(200, answer.Status);
        await check.Context.CloseAsync();
    }

    [Fact]
    public async Task The_poster_shows_the_title_time_place_agenda_the_QR_code_as_SVG_and_the_sign_up_link_and_prints_on_one_A4_page()
    {
        var data = await EventPagesData.StartAsync(platform, platform.MunicipalityCodes.Take());
        var created = await data.CreateAsync("Familiedag i parken", EventPagesData.DayAhead());
        var session = await data.SessionAsync(PlatformRole.MunicipalityCoordinator);

        foreach (var language in AccessiblePages.Languages)
        {
            foreach (var width in new[] { 390, 1280 })
            {
                var page = await browser.OpenAccessibleAsync(data.Page($"events/{created.Id}/poster"), width, language, session);
                await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Familiedag i parken");
                await Assertions.Expect(page.Locator(".poster-place")).ToHaveTextAsync("Medborgerhuset, Torvet 1");
                await Assertions.Expect(page.Locator(".poster .agenda")).ToContainTextAsync("Velkomst");
                var svg = page.Locator(".poster svg#poster-qr");
                await Assertions.Expect(svg).ToHaveAttributeAsync("role", "img");
                Assert.Contains("<path", await svg.InnerHTMLAsync(), StringComparison.Ordinal);
                var link = await page.Locator(".poster-link").InnerTextAsync();
                Assert.StartsWith(new Uri(platform.WebAddress, $"/events/signup/{data.Code}/{created.Id}?token=").ToString(), link, StringComparison.Ordinal);
                if (language == "da" && width == 1280)
                {
                    await page.ScreenshotAsync(new() { Path = Repository.DocsImage("event-poster.png"), FullPage = true });
                    // Printed, the poster is one A4 page, without the site's header and menu.
                    var pdf = await page.PdfAsync(new() { Format = "A4", PrintBackground = true });
                    Assert.Equal(1, PdfPages(pdf));
                    await page.EmulateMediaAsync(new() { Media = Media.Print });
                    await Assertions.Expect(page.Locator(".site-header")).ToBeHiddenAsync();
                }

                await page.Context.CloseAsync();
            }
        }
    }

    /// <summary>The number of pages of a PDF, from its page objects.</summary>
    private static int PdfPages(byte[] pdf) =>
        System.Text.RegularExpressions.Regex.Matches(System.Text.Encoding.Latin1.GetString(pdf), @"/Type\s*/Page[^s]").Count;
}
