using System.Net;
using Platform.Identity;
using Platform.Testing;
using PlaywrightCookie = Microsoft.Playwright.Cookie;

namespace Platform.Web.Tests.Infrastructure;

/// <summary>Signing a new person in as people do: invited with grants, then the one-time link's button (its form's fields as the page gives them).</summary>
internal static class SignIn
{
    /// <summary>The session cookie of a newly invited person with the given grants, for a browser context.</summary>
    public static async Task<PlaywrightCookie> SessionAsync(TestPlatform platform, params RoleGrant[] grants)
    {
        var path = (await Invitations.InviteAsync(platform, "Mette Hansen", grants)).AbsolutePath;
        var cookies = new CookieContainer();
        using var http = new HttpClient(new HttpClientHandler { CookieContainer = cookies, AllowAutoRedirect = false }) { BaseAddress = platform.WebAddress };

        var signedIn = await http.PostAsync(path, new FormUrlEncodedContent(PageForms.HiddenFields(await http.GetStringAsync(path), path)));

        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        var session = cookies.GetCookies(platform.WebAddress)["platform.session"] ?? throw new InvalidOperationException("Signing in set no session cookie.");
        return new PlaywrightCookie { Name = session.Name, Value = session.Value, Url = platform.WebAddress.GetLeftPart(UriPartial.Authority) };
    }
}
