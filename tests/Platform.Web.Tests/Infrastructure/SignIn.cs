using System.Net;
using System.Text.RegularExpressions;
using Platform.Contracts.Core.V1;
using Platform.Identity;
using Platform.Testing;
using PlaywrightCookie = Microsoft.Playwright.Cookie;

namespace Platform.Web.Tests.Infrastructure;

/// <summary>Signing a new person in as people do: invited with grants, then the one-time link's button (with its antiforgery field).</summary>
internal static partial class SignIn
{
    /// <summary>The session cookie of a newly invited person with the given grants, for a browser context.</summary>
    public static async Task<PlaywrightCookie> SessionAsync(TestPlatform platform, params RoleGrant[] grants)
    {
        var people = new PeopleService.PeopleServiceClient(platform.Channel);
        var invited = await people.InvitePersonAsync(new InvitePersonRequest
        {
            Email = $"mette.{Guid.NewGuid():N}@example.dk",
            DisplayName = "Mette Hansen",
            Grants = { grants.Select(grant => grant.ToString()) },
        }, platform.AsAdmin());
        var path = new Uri(invited.SignInLink).AbsolutePath;
        var cookies = new CookieContainer();
        using var http = new HttpClient(new HttpClientHandler { CookieContainer = cookies, AllowAutoRedirect = false }) { BaseAddress = platform.WebAddress };

        var field = AntiforgeryField().Match(await http.GetStringAsync(path));
        var signedIn = await http.PostAsync(path, new FormUrlEncodedContent(new Dictionary<string, string> { [field.Groups[1].Value] = field.Groups[2].Value }));

        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        var session = cookies.GetCookies(platform.WebAddress)["platform.session"] ?? throw new InvalidOperationException("Signing in set no session cookie.");
        return new PlaywrightCookie { Name = session.Name, Value = session.Value, Url = platform.WebAddress.GetLeftPart(UriPartial.Authority) };
    }

    [GeneratedRegex("<input type=\"hidden\" name=\"([^\"]+)\" value=\"([^\"]+)\">")]
    private static partial Regex AntiforgeryField();
}
