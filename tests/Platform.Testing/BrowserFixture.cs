using Microsoft.Playwright;
using Xunit;

namespace Platform.Testing;

/// <summary>
/// Debian's headless chromium driven through Playwright's driver; the browser is the installed one
/// (tests/run-all.sh installs the chromium package), so nothing is downloaded.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";

    private IPlaywright? playwright;

    public IBrowser Browser { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        playwright = await Playwright.CreateAsync();
        Browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            // Chromium's sandbox refuses to start as root, as test containers run; the page is our own, on loopback.
            Args = ["--no-sandbox"],
        });
    }

    public async Task DisposeAsync()
    {
        await Browser.DisposeAsync();
        playwright?.Dispose();
    }

    /// <summary>
    /// A fresh browser context the size of a phone (360 px wide unless told), with touch and set to Danish (its
    /// Accept-Language), as most people answer surveys and sign up for events.
    /// </summary>
    public async Task<IPage> PhoneAsync(int width = 360)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = width, Height = 740 }, HasTouch = true, Locale = "da-DK",
        });
        return await context.NewPageAsync();
    }
}
