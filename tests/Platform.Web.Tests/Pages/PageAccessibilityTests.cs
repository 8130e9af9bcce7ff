using Platform.Testing;
using Platform.Web.Tests.Infrastructure;

namespace Platform.Web.Tests.Pages;

[Collection(WebCollection.Name)]
public sealed class PageAccessibilityTests(SharedPlatform shared, BrowserFixture browser)
{
    /// <summary>The pages open without signing in: the start page, an address nothing answers, and the error page (the sign-in pages: SignInPageTests).</summary>
    public static TheoryData<string, string, int> Pages()
    {
        var pages = new TheoryData<string, string, int>();
        foreach (var path in new[] { "/", "/no/such/page", "/error" })
        {
            foreach (var language in AccessiblePages.Languages)
            {
                foreach (var width in AccessiblePages.Widths)
                {
                    pages.Add(path, language, width);
                }
            }
        }

        return pages;
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Every_page_has_no_accessibility_violations_in_either_language_on_a_phone_or_a_desktop(string path, string language, int width)
    {
        var page = await browser.OpenAccessibleAsync(new Uri(shared.Platform.WebAddress, path), width, language);

        Assert.Equal(language, await page.GetAttributeAsync("html", "lang"));
        Assert.True(await page.EvaluateAsync<bool>("document.documentElement.scrollWidth <= window.innerWidth"), "the page must fit its width without sideways scrolling");
        await page.Context.CloseAsync();
    }
}
