using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.Extensions.Options;
using Platform.Host.People;

namespace Platform.Host.Security;

/// <summary>
/// The web session: a cookie holding only the person's subject and name (the grants come from the people store on
/// every request), HttpOnly, SameSite=Lax, Secure when the request came over HTTPS, with a sliding expiry of
/// <see cref="PeopleOptions.SessionLifetime"/>. It is protected with the Data Protection keys every host shares, so a
/// session started on one host works on every other.
/// </summary>
internal static class SessionCookie
{
    public const string Name = "platform.session";

    public static void Apply(CookieAuthenticationOptions cookie, IOptions<PeopleOptions> people)
    {
        cookie.Cookie.Name = Name;
        cookie.Cookie.HttpOnly = true;
        cookie.Cookie.SameSite = SameSiteMode.Lax;
        cookie.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        cookie.ExpireTimeSpan = people.Value.SessionLifetime;
        cookie.SlidingExpiration = true;
    }
}
