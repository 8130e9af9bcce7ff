using Microsoft.Playwright;
using Platform.Testing;
using Platform.Web.Tests.Infrastructure;

namespace Platform.Web.Tests.Pages;

[Collection(WebCollection.Name)]
public sealed class StartPageTests(SharedPlatform shared, BrowserFixture browser)
{
    [Theory]
    [InlineData(390, "phone")]
    [InlineData(1280, "desktop")]
    public async Task A_visitor_who_is_not_signed_in_is_told_the_two_ways_to_sign_in(int width, string device)
    {
        var page = await browser.OpenAsync(shared.Platform.WebAddress, width, "da");

        Assert.Equal("Partnerskabsplatformen", await page.TitleAsync());
        Assert.Equal("Sådan logger du ind", await page.GetByRole(AriaRole.Heading, new() { Level = 2 }).TextContentAsync());
        Assert.Equal(["Med et link fra din koordinator", "Med din organisations login"], await page.GetByRole(AriaRole.Heading, new() { Level = 3 }).AllTextContentsAsync());
        Assert.Equal("Forside", await page.GetByRole(AriaRole.Navigation, new() { Name = "Hovedmenu" }).GetByRole(AriaRole.Link).TextContentAsync());
        // The user guide (docs/user-guide.md) shows this page as the tests see it.
        await page.ScreenshotAsync(new() { Path = Repository.DocsImage($"start-page-{device}.png"), FullPage = true });
        await page.Context.CloseAsync();
    }
}
