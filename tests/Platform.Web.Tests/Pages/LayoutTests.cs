using System.Net;
using Microsoft.Playwright;
using Platform.Testing;
using Platform.Web.Tests.Infrastructure;

namespace Platform.Web.Tests.Pages;

[Collection(WebCollection.Name)]
public sealed class LayoutTests(SharedPlatform shared, BrowserFixture browser)
{
    private readonly TestPlatform platform = shared.Platform;

    [Fact]
    public async Task The_skip_link_is_the_first_tab_stop_and_moves_the_focus_to_the_main_content()
    {
        var page = await browser.OpenAsync(new Uri(platform.WebAddress, "/no/such/page"), 390, "da");

        await page.Keyboard.PressAsync("Tab");
        var skip = page.Locator(":focus");
        Assert.Equal("Gå til indholdet", await skip.TextContentAsync());
        Assert.True(await skip.IsVisibleAsync(), "the focused skip link must be visible");
        await page.Keyboard.PressAsync("Enter");

        Assert.Equal("main", await page.EvaluateAsync<string>("document.activeElement.id"));
        // The next tab stop is the first link in the main content, past the header's.
        await page.Keyboard.PressAsync("Tab");
        Assert.Equal("Gå til forsiden", await page.EvaluateAsync<string>("document.activeElement.closest('main')?.contains(document.activeElement) ? document.activeElement.textContent : document.activeElement.outerHTML"));
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task The_language_switch_works_from_the_keyboard_returns_to_the_same_page_and_is_remembered_on_the_next_page()
    {
        var page = await browser.OpenAsync(new Uri(platform.WebAddress, "/no/such/page"), 1280, "da");
        Assert.Equal("Siden findes ikke", await page.GetByRole(AriaRole.Heading, new() { Level = 1 }).TextContentAsync());

        await page.GetByRole(AriaRole.Button, new() { Name = "English" }).FocusAsync();
        await page.Keyboard.PressAsync("Enter");

        await Assertions.Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "en");
        Assert.Equal(new Uri(platform.WebAddress, "/no/such/page").ToString(), page.Url);
        Assert.Equal("Page not found", await page.GetByRole(AriaRole.Heading, new() { Level = 1 }).TextContentAsync());
        await page.GetByRole(AriaRole.Link, new() { Name = "Go to the start page" }).ClickAsync();
        await page.WaitForURLAsync(platform.WebAddress.ToString());
        Assert.Equal("Welcome to the Partnership Platform", await page.GetByRole(AriaRole.Heading, new() { Level = 1 }).TextContentAsync());

        await page.GetByRole(AriaRole.Button, new() { Name = "Dansk" }).ClickAsync();
        await Assertions.Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "da");
        Assert.Equal("Velkommen til Partnerskabsplatformen", await page.GetByRole(AriaRole.Heading, new() { Level = 1 }).TextContentAsync());
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task The_language_switch_never_sends_the_browser_to_another_site()
    {
        var page = await browser.OpenAsync(platform.WebAddress, 1280, "da");
        await page.EvaluateAsync("document.querySelector('input[name=returnUrl]').value = '//example.org/'");

        await page.GetByRole(AriaRole.Button, new() { Name = "English" }).ClickAsync();

        await Assertions.Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "en");
        Assert.Equal(platform.WebAddress.ToString(), page.Url);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task An_address_that_nothing_answers_gets_the_not_found_page_with_status_404_and_module_addresses_keep_their_own_answers()
    {
        using var http = new HttpClient { BaseAddress = platform.WebAddress };

        using var missing = await http.GetAsync("/no/such/page");
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Contains("<h1>Siden findes ikke</h1>", await missing.Content.ReadAsStringAsync());

        using var start = await http.GetAsync("/");
        Assert.Equal(HttpStatusCode.OK, start.StatusCode);
    }

    [Fact]
    public async Task The_pages_are_served_on_the_web_listener_only_and_not_on_the_grpc_listener()
    {
        using var http = new HttpClient { BaseAddress = platform.Address, DefaultRequestVersion = HttpVersion.Version20, DefaultVersionPolicy = HttpVersionPolicy.RequestVersionExact };

        foreach (var path in new[] { "/", "/not-found", "/error" })
        {
            using var response = await http.GetAsync(path);
            Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        }
    }

    [Fact]
    public async Task The_error_page_says_what_happened_in_words_in_either_language_and_shows_no_exception()
    {
        foreach (var (language, heading) in new[] { ("da", "Der skete en fejl"), ("en", "Something went wrong") })
        {
            var page = await browser.OpenAsync(new Uri(platform.WebAddress, "/error"), 390, language);

            Assert.Equal(heading, await page.GetByRole(AriaRole.Heading, new() { Level = 1 }).TextContentAsync());
            var text = await page.Locator("body").InnerTextAsync();
            Assert.DoesNotContain("Exception", text, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotMatch(@"at [\w.]+\(", text);
            await page.Context.CloseAsync();
        }
    }
}
