using Microsoft.Playwright;
using Platform.Identity;
using Platform.Testing;
using Platform.Web.Tests.Infrastructure;

namespace Platform.Web.Tests.People;

/// <summary>Signing in with the organisation's login: a real OpenID Connect authority, Chromium through its login page and back.</summary>
[Collection(OrganisationCollection.Name)]
public sealed class OrganisationSignInTests(OrganisationPlatform organisation, BrowserFixture browser)
{
    private readonly TestPlatform platform = organisation.Platform;

    [Fact]
    public async Task A_person_invited_by_address_signs_in_through_the_authoritys_login_with_code_and_pkce_and_lands_on_their_home_page()
    {
        var (code, email, _) = await InvitedWithAccountAsync("Mette Hansen", PlatformRole.MunicipalityCoordinator, "Mette Hansen (Testkommune)");
        var exchanged = organisation.Authority.CodesExchanged;

        var page = await browser.OpenAccessibleAsync(platform.WebAddress, 1280, "da");
        // The user guide (docs/user-guide.md) shows the start page with the organisation's button as the tests see it.
        await page.ScreenshotAsync(new() { Path = Repository.DocsImage("start-organisation-desktop.png"), FullPage = true });
        await SignInAtAuthorityAsync(page, "Log ind med Testkommune", email);
        await page.WaitForURLAsync(new Uri(platform.WebAddress, "/").ToString());

        Assert.Equal("Hej, Mette Hansen", await page.GetByRole(AriaRole.Heading, new() { Level = 1 }).TextContentAsync());
        Assert.Equal([MunicipalityCodes.NameOf(code)], await page.GetByRole(AriaRole.Heading, new() { Level = 3 }).AllTextContentsAsync());
        Assert.Equal(exchanged + 1, organisation.Authority.CodesExchanged);
        Assert.Contains(await page.Context.CookiesAsync(), cookie => cookie is { Name: "platform.session", HttpOnly: true, SameSite: SameSiteAttribute.Lax });
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Once_matched_the_person_is_known_by_the_authoritys_subject_and_signs_in_after_their_address_changes()
    {
        var (_, email, account) = await InvitedWithAccountAsync("Ole Jensen", PlatformRole.MunicipalityMember, "Ole Jensen");
        var first = await browser.OpenAsync(platform.WebAddress, 390, "da");
        await SignInAtAuthorityAsync(first, "Log ind med Testkommune", email);
        await first.WaitForURLAsync(new Uri(platform.WebAddress, "/").ToString());
        await first.Context.CloseAsync();

        var renamed = NewAddress();
        organisation.Authority.ChangeAddress(account, renamed);
        var again = await browser.OpenAsync(platform.WebAddress, 390, "da");
        await SignInAtAuthorityAsync(again, "Log ind med Testkommune", renamed);
        await again.WaitForURLAsync(new Uri(platform.WebAddress, "/").ToString());

        Assert.Equal("Hej, Ole Jensen", await again.GetByRole(AriaRole.Heading, new() { Level = 1 }).TextContentAsync());
        await again.Context.CloseAsync();
    }

    [Theory]
    [InlineData("da", "Din e-mailadresse er ikke bekræftet")]
    [InlineData("en", "Your e-mail address is not verified")]
    public async Task An_address_the_authority_has_not_verified_signs_nobody_in_even_when_a_person_has_it(string language, string heading)
    {
        var (_, email, _) = await InvitedWithAccountAsync("Karen Nielsen", PlatformRole.MunicipalityCoordinator, "Karen Nielsen", emailVerified: false);
        var page = await browser.OpenAsync(platform.WebAddress, 390, language);

        var refused = await SignInAtAuthorityAsync(page, language == "da" ? "Log ind med Testkommune" : "Sign in with Test Municipality", email, "/sign-in/refused/");

        Assert.Equal(403, refused.Status);
        Assert.Equal(heading, await page.GetByRole(AriaRole.Heading, new() { Level = 1 }).TextContentAsync());
        Assert.DoesNotContain(await page.Context.CookiesAsync(), cookie => cookie.Name == "platform.session");
        await CheckAsync(page, "sign-in-unverified", language);
        await page.Context.CloseAsync();
    }

    [Theory]
    [InlineData("da", "Du er ikke inviteret endnu", "Bed din koordinator om en invitation")]
    [InlineData("en", "You have not been invited yet", "Ask your coordinator for an invitation")]
    public async Task A_person_the_platform_does_not_know_is_told_to_ask_their_coordinator_for_an_invitation_not_shown_an_error(
        string language, string heading, string advice)
    {
        var email = NewAddress();
        organisation.Authority.AddAccount(email, "Ukendt Person");
        var page = await browser.OpenAsync(platform.WebAddress, 1280, language);

        var refused = await SignInAtAuthorityAsync(page, language == "da" ? "Log ind med Testkommune" : "Sign in with Test Municipality", email, "/sign-in/refused/");

        Assert.Equal(403, refused.Status);
        Assert.Equal(heading, await page.GetByRole(AriaRole.Heading, new() { Level = 1 }).TextContentAsync());
        Assert.Contains(advice, await page.Locator("main").InnerTextAsync(), StringComparison.Ordinal);
        Assert.DoesNotContain(await page.Context.CookiesAsync(), cookie => cookie.Name == "platform.session");
        await CheckAsync(page, "sign-in-unknown-person", language);
        if (language == "da")
        {
            await page.ScreenshotAsync(new() { Path = Repository.DocsImage("sign-in-not-invited.png"), FullPage = true });
        }

        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task A_module_page_asked_for_without_a_session_sends_the_person_to_sign_in_and_back_to_that_page()
    {
        var (code, email, _) = await InvitedWithAccountAsync("Jens Larsen", PlatformRole.MunicipalityMember, "Jens Larsen");
        var notes = $"/m/sample/{code}/notes";

        var page = await browser.OpenAccessibleAsync(new Uri(platform.WebAddress, notes), 390, "da");

        Assert.Equal(new Uri(platform.WebAddress, "/?returnUrl=" + Uri.EscapeDataString(notes)).ToString(), page.Url);
        Assert.Equal("Du skal logge ind for at se siden. Når du er logget ind, kommer du tilbage til den.", await page.GetByRole(AriaRole.Status).TextContentAsync());
        await SignInAtAuthorityAsync(page, "Log ind med Testkommune", email, notes);
        await page.WaitForURLAsync(new Uri(platform.WebAddress, notes).ToString());
        Assert.Equal("Noter – " + MunicipalityCodes.NameOf(code), await page.GetByRole(AriaRole.Heading, new() { Level = 1 }).TextContentAsync());
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task The_language_a_person_chose_is_kept_with_them_and_signing_in_from_another_browser_speaks_it()
    {
        var (_, email, _) = await InvitedWithAccountAsync("Lise Holm", PlatformRole.Viewer, "Lise Holm");
        var first = await browser.OpenAsync(platform.WebAddress, 1280, "da");
        await SignInAtAuthorityAsync(first, "Log ind med Testkommune", email);
        await first.WaitForURLAsync(new Uri(platform.WebAddress, "/").ToString());
        await first.GetByRole(AriaRole.Button, new() { Name = "English" }).ClickAsync();
        await first.GetByRole(AriaRole.Heading, new() { Name = "Hello, Lise Holm" }).WaitForAsync();
        await first.Context.CloseAsync();

        // A new browser: no language cookie, so the start page is Danish until the person signs in.
        var other = await browser.OpenAsync(platform.WebAddress, 1280, "da");
        Assert.Equal("da", await other.GetAttributeAsync("html", "lang"));
        await SignInAtAuthorityAsync(other, "Log ind med Testkommune", email);
        await other.WaitForURLAsync(new Uri(platform.WebAddress, "/").ToString());

        Assert.Equal("Hello, Lise Holm", await other.GetByRole(AriaRole.Heading, new() { Level = 1 }).TextContentAsync());
        Assert.Equal("en", await other.GetAttributeAsync("html", "lang"));
        await other.Context.CloseAsync();
    }

    private static string NewAddress() => $"person.{Guid.NewGuid():N}@testkommune.dk";

    /// <summary>A person invited to a new municipality with the role, and their account at the authority under the same address.</summary>
    private async Task<(string Code, string Email, OidcAuthority.Account Account)> InvitedWithAccountAsync(
        string name, PlatformRole role, string accountName, bool emailVerified = true)
    {
        var code = platform.MunicipalityCodes.Take();
        await Scenario.PartnershipWithMembersAsync(platform, code);
        var email = NewAddress();
        await Invitations.InvitePersonAsync(platform, email, name, RoleGrant.ForMunicipality(role, code));
        return (code, email, organisation.Authority.AddAccount(email, accountName, emailVerified));
    }

    /// <summary>
    /// The start page's organisation button, the authority's login page (the e-mail address), and back to the platform:
    /// its answer at the page whose address starts with <paramref name="landsOn"/>.
    /// </summary>
    private async Task<IResponse> SignInAtAuthorityAsync(IPage page, string button, string email, string landsOn = "/")
    {
        await page.GetByRole(AriaRole.Link, new() { Name = button }).ClickAsync();
        await page.GetByLabel("Work e-mail").FillAsync(email);
        var landing = new Uri(platform.WebAddress, landsOn).ToString();
        return await page.RunAndWaitForResponseAsync(
            () => page.GetByRole(AriaRole.Button, new() { Name = "Continue" }).ClickAsync(),
            response => response.Request.IsNavigationRequest && response.Status != 302 && response.Url.StartsWith(landing, StringComparison.Ordinal));
    }

    private static async Task CheckAsync(IPage page, string name, string language)
    {
        await page.ScreenshotAsync(new() { Path = Path.Combine(AppContext.BaseDirectory, "screenshots", $"{name}-{language}.png"), FullPage = true });
        await page.AssertNoAxeViolationsAsync();
        Assert.Equal(language, await page.GetAttributeAsync("html", "lang"));
    }
}
