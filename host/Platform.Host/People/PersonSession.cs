using System.Security.Claims;
using Microsoft.AspNetCore.Authentication.Cookies;
using Platform.Host.Persistence.Records;
using Platform.Host.Web;
using Platform.Identity;

namespace Platform.Host.People;

/// <summary>
/// A person's web session, however they signed in (a one-time link or an organisation's login): the session cookie
/// holds only their subject and name, and the language they chose before is set for the browser again.
/// </summary>
internal static class PersonSession
{
    public static ClaimsPrincipal PrincipalOf(PersonRecord person) => new(new ClaimsIdentity(
        [
            new Claim(PlatformClaimTypes.Subject, PersonSubject.Of(person.Id)),
            .. person.DisplayName is { } name ? [new Claim(PlatformClaimTypes.Name, name)] : Array.Empty<Claim>(),
        ],
        CookieAuthenticationDefaults.AuthenticationScheme, PlatformClaimTypes.Name, null));

    /// <summary>The language the person chose before, for this browser too: their pages speak it from the first one.</summary>
    public static void ApplyLanguage(HttpResponse response, PersonRecord person)
    {
        if (person.Language is { } language)
        {
            WebLanguage.For(language).Remember(response);
        }
    }

    /// <summary>The signed-in person's id, if the principal is a person of the people store.</summary>
    public static Guid? PersonOf(ClaimsPrincipal user) =>
        user.Identity?.IsAuthenticated == true && PersonSubject.TryParse(user.FindFirstValue(PlatformClaimTypes.Subject), out var id) ? id : null;
}
