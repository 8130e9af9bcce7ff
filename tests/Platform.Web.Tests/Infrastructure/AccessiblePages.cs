using Microsoft.Playwright;
using Platform.Testing;

namespace Platform.Web.Tests.Infrastructure;

/// <summary>The check every page of the web application passes: opened at a width, in a language, with no axe-core violations.</summary>
internal static class AccessiblePages
{
    /// <summary>The smallest phone (320 px), a common phone (390 px) and a desktop (1280 px).</summary>
    public static readonly int[] Widths = [320, 390, 1280];

    public static readonly string[] Languages = ["da", "en"];

    /// <summary>
    /// Opens the page in a fresh browser context of the given width and language (the language switch's cookie),
    /// runs axe-core on it, fails listing each violated rule with the elements it found, and returns the page for
    /// further checks. A screenshot of it is kept in the test output's screenshots folder. A signed-in person's page
    /// gets the session cookie (<see cref="SignIn.SessionAsync"/>).
    /// </summary>
    public static async Task<IPage> OpenAccessibleAsync(this BrowserFixture browser, Uri address, int width, string language, params Cookie[] cookies)
    {
        var page = await browser.OpenAsync(address, width, language, cookies);
        await page.KeepScreenshotAsync(ScreenshotName(address, width, language));
        await page.AssertNoAxeViolationsAsync();
        await page.AssertNoSidewaysScrollingAsync(width);
        return page;
    }

    /// <summary>
    /// Fails when the page is wider than the window, so that a person on a phone would have to scroll sideways: wide
    /// content (a table, a drawing) must scroll inside its own box instead.
    /// </summary>
    public static async Task AssertNoSidewaysScrollingAsync(this IPage page, int width)
    {
        var pageWidth = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth");
        Assert.True(pageWidth <= width, $"The page {page.Url} is {pageWidth} px wide in a window of {width} px: a person on a phone has to scroll sideways.");
    }

    /// <summary>Opens the page in a fresh browser context of the given width, in the language given, with the cookies given.</summary>
    public static async Task<IPage> OpenAsync(this BrowserFixture browser, Uri address, int width, string language, params Cookie[] cookies)
    {
        // The browser is set to the language too (its Accept-Language), as a public page may follow it.
        var context = await browser.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = width, Height = width < 600 ? 844 : 800 }, Locale = language == "da" ? "da-DK" : language,
        });
        if (cookies.Length > 0)
        {
            await context.AddCookiesAsync(cookies);
        }

        if (language != "da")
        {
            // What the language switch sets (URL-encoded "c=da-DK|uic=en"): Danish formatting, texts in the chosen language.
            await context.AddCookiesAsync([new Cookie { Name = ".AspNetCore.Culture", Value = $"c%3Dda-DK%7Cuic%3D{language}", Url = address.GetLeftPart(UriPartial.Authority) }]);
        }

        var page = await context.NewPageAsync();
        await page.GotoAsync(address.ToString());
        return page;
    }

    private static string ScreenshotName(Uri address, int width, string language)
    {
        var path = address.AbsolutePath.Trim('/').Replace('/', '-');
        return $"{(path.Length == 0 ? "start" : path)}-{language}-{width}.png";
    }
}
