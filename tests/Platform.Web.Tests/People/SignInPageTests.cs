using Microsoft.Playwright;
using Platform.Identity;
using Platform.Testing;
using Platform.Web.Tests.Infrastructure;

namespace Platform.Web.Tests.People;

[Collection(WebCollection.Name)]
public sealed class SignInPageTests(SharedPlatform shared, BrowserFixture browser)
{
    private readonly TestPlatform platform = shared.Platform;

    [Fact]
    public async Task A_coordinator_signs_in_with_the_keyboard_alone_sees_exactly_their_municipality_and_partnership_and_signs_out()
    {
        var ishoj = platform.MunicipalityCodes.Reserve("0183");
        var other = platform.MunicipalityCodes.Take();
        await Scenario.PartnershipWithMembersAsync(platform, ishoj);
        await Scenario.PartnershipWithMembersAsync(platform, other);
        var link = await Invitations.InviteAsync(platform, "Mette Hansen", RoleGrant.ForMunicipality(PlatformRole.MunicipalityCoordinator, ishoj));
        var page = await browser.OpenAsync(link, 1280, "da");

        // Keyboard only: Tab from the top of the page to the button, then Enter.
        for (var tabs = 0; tabs < 10 && await page.EvaluateAsync<string>("document.activeElement.textContent.trim()") != "Log ind"; tabs++)
        {
            await page.Keyboard.PressAsync("Tab");
        }

        await page.Keyboard.PressAsync("Enter");
        await page.WaitForURLAsync(new Uri(platform.WebAddress, "/").ToString());

        Assert.Equal("Hej, Mette Hansen", await page.GetByRole(AriaRole.Heading, new() { Level = 1 }).TextContentAsync());
        Assert.Equal([MunicipalityCodes.NameOf(ishoj)], await page.GetByRole(AriaRole.Heading, new() { Level = 3 }).AllTextContentsAsync());
        Assert.Contains("Kommune · Din rolle: Koordinator", await page.Locator("main").InnerTextAsync(), StringComparison.Ordinal);
        Assert.DoesNotContain(MunicipalityCodes.NameOf(other), await page.ContentAsync(), StringComparison.Ordinal);
        Assert.DoesNotContain(ishoj, await page.Locator("main").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal("Logget ind som Mette Hansen", await page.Locator("header .signed-in span").TextContentAsync());
        // The user guide (docs/user-guide.md) shows this page as the tests see it.
        await page.ScreenshotAsync(new() { Path = Repository.DocsImage("home-page-desktop.png"), FullPage = true });

        await page.GetByRole(AriaRole.Button, new() { Name = "Log ud" }).PressAsync("Enter");
        await page.WaitForURLAsync(new Uri(platform.WebAddress, "/signed-out").ToString());
        await page.GotoAsync(platform.WebAddress.ToString());

        Assert.Equal("Velkommen til Partnerskabsplatformen", await page.GetByRole(AriaRole.Heading, new() { Level = 1 }).TextContentAsync());
        Assert.Equal(0, await page.GetByRole(AriaRole.Button, new() { Name = "Log ud" }).CountAsync());
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task A_partnerships_staff_sees_the_partnership_by_name_with_its_municipalities_and_their_role_in_words_in_english()
    {
        var members = platform.MunicipalityCodes.Take(2);
        var partnership = await Scenario.PartnershipWithMembersAsync(platform, members);
        var link = await Invitations.InviteAsync(platform, "Ole Jensen", RoleGrant.ForPartnership(PlatformRole.PartnershipStaff, partnership));
        var page = await browser.OpenAsync(link, 390, "en");

        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await page.WaitForURLAsync(new Uri(platform.WebAddress, "/").ToString());

        var main = await page.Locator("main").InnerTextAsync();
        Assert.Equal("Hello, Ole Jensen", await page.GetByRole(AriaRole.Heading, new() { Level = 1 }).TextContentAsync());
        Assert.Equal(["Center for Sundt Liv og Trivsel"], await page.GetByRole(AriaRole.Heading, new() { Level = 3 }).AllTextContentsAsync());
        Assert.Contains("Partnership · Your role: Centre staff", main, StringComparison.Ordinal);
        Assert.Contains("Municipalities in the partnership: " + string.Join(", ", members.Select(MunicipalityCodes.NameOf)), main, StringComparison.Ordinal);
        Assert.DoesNotContain(partnership, main, StringComparison.Ordinal);
        await page.Context.CloseAsync();
    }

    [Theory]
    [InlineData("da", "Du er ikke længere logget ind, fordi din session er udløbet. Brug et nyt link fra din koordinator for at logge ind igen.")]
    [InlineData("en", "You are no longer signed in, because your session has expired. Use a new link from your coordinator to sign in again.")]
    public async Task A_session_cookie_that_no_longer_signs_in_shows_the_start_page_with_a_message_once(string language, string message)
    {
        var code = platform.MunicipalityCodes.Take();
        await Scenario.PartnershipWithMembersAsync(platform, code);
        var link = await Invitations.InviteAsync(platform, "Jens Larsen", RoleGrant.ForMunicipality(PlatformRole.MunicipalityMember, code));
        var page = await browser.OpenAsync(link, 390, language);
        await page.GetByRole(AriaRole.Button, new() { Name = language == "da" ? "Log ind" : "Sign in" }).ClickAsync();
        await page.WaitForURLAsync(new Uri(platform.WebAddress, "/").ToString());
        var session = (await page.Context.CookiesAsync()).Single(cookie => cookie.Name == "platform.session");

        // What an expired or unreadable session looks like to the host: a cookie it cannot use.
        await page.Context.AddCookiesAsync([new Cookie { Name = session.Name, Value = "x" + session.Value[1..], Domain = session.Domain, Path = session.Path }]);
        await page.GotoAsync(platform.WebAddress.ToString());

        Assert.Equal(message, await page.GetByRole(AriaRole.Status).TextContentAsync());
        Assert.Equal(0, await page.GetByRole(AriaRole.Button, new() { Name = language == "da" ? "Log ud" : "Sign out" }).CountAsync());
        await CheckAsync(page, "session-ended", language, 390);
        await page.ReloadAsync();
        Assert.Equal(0, await page.GetByRole(AriaRole.Status).CountAsync());
        await page.Context.CloseAsync();
    }

    public static TheoryData<string, int> LanguagesAndWidths()
    {
        var data = new TheoryData<string, int>();
        foreach (var language in AccessiblePages.Languages)
        {
            foreach (var width in new[] { 390, 1280 })
            {
                data.Add(language, width);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(LanguagesAndWidths))]
    public async Task The_sign_in_home_signed_out_and_refused_link_pages_have_no_accessibility_violations(string language, int width)
    {
        var code = platform.MunicipalityCodes.Take();
        await Scenario.PartnershipWithMembersAsync(platform, code);
        var link = await Invitations.InviteAsync(platform, "Karen Nielsen", RoleGrant.ForMunicipality(PlatformRole.Viewer, code));
        var signIn = language == "da" ? "Log ind" : "Sign in";

        var page = await browser.OpenAsync(link, width, language);
        await CheckAsync(page, "sign-in", language, width);
        await page.GetByRole(AriaRole.Button, new() { Name = signIn }).ClickAsync();
        await page.WaitForURLAsync(new Uri(platform.WebAddress, "/").ToString());
        await CheckAsync(page, "home", language, width);
        await page.GetByRole(AriaRole.Button, new() { Name = language == "da" ? "Log ud" : "Sign out" }).ClickAsync();
        await page.WaitForURLAsync(new Uri(platform.WebAddress, "/signed-out").ToString());
        await CheckAsync(page, "signed-out", language, width);

        await page.GotoAsync(link.ToString());
        await page.GetByRole(AriaRole.Button, new() { Name = signIn }).ClickAsync();
        Assert.Equal(language == "da" ? "Linket er brugt" : "The link has been used", await page.GetByRole(AriaRole.Heading, new() { Level = 1 }).TextContentAsync());
        await CheckAsync(page, "sign-in-used", language, width);
        await page.GotoAsync(new Uri(platform.WebAddress, "/sign-in/" + new string('A', 43)).ToString());
        await page.GetByRole(AriaRole.Button, new() { Name = signIn }).ClickAsync();
        Assert.Equal(language == "da" ? "Ukendt link" : "Unknown link", await page.GetByRole(AriaRole.Heading, new() { Level = 1 }).TextContentAsync());
        await CheckAsync(page, "sign-in-unknown", language, width);
        await page.Context.CloseAsync();
    }

    private static async Task CheckAsync(IPage page, string name, string language, int width)
    {
        await page.ScreenshotAsync(new() { Path = Path.Combine(AppContext.BaseDirectory, "screenshots", $"{name}-{language}-{width}.png"), FullPage = true });
        await page.AssertNoAxeViolationsAsync();
        Assert.Equal(language, await page.GetAttributeAsync("html", "lang"));
        Assert.True(await page.EvaluateAsync<bool>("document.documentElement.scrollWidth <= window.innerWidth"), "the page must fit its width without sideways scrolling");
    }
}
