using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.Extensions.Options;
using Platform.Host.Configuration;
using Platform.Host.People;
using Platform.Host.Web;
using OrganisationOptions = Platform.Host.Configuration.OpenIdConnectOptions;

namespace Platform.Host.Security;

/// <summary>
/// Signing in with the organisation's own login (OpenID Connect, authorization code with PKCE): the start page's button
/// goes to <see cref="ChallengePath"/>, the authority sends the browser back to <see cref="CallbackPath"/>, and the
/// person it names is looked up in the people store (<see cref="OrganisationSignIn"/>). A person found gets the same
/// session cookie as a one-time link gives and lands on the page they came for; anyone else gets a page that says
/// why, never an error.
/// </summary>
internal static class OrganisationLogin
{
    public const string Scheme = "organisation";

    public const string ChallengePath = "/sign-in/organisation";

    public const string CallbackPath = "/sign-in/organisation/callback";

    /// <summary>The page that says why a sign-in was refused: <c>{RefusedPath}unknown</c>, <c>unverified</c> or <c>failed</c>.</summary>
    public const string RefusedPath = "/sign-in/refused/";

    public static AuthenticationBuilder AddOrganisationLogin(this AuthenticationBuilder authentication, OrganisationOptions organisation)
    {
        if (!organisation.Enabled)
        {
            return authentication;
        }

        return authentication.AddOpenIdConnect(Scheme, organisation.DisplayName, oidc =>
        {
            oidc.Authority = organisation.Authority!.ToString();
            oidc.ClientId = organisation.ClientId;
            oidc.ClientSecret = organisation.ClientSecret;
            oidc.RequireHttpsMetadata = organisation.RequireHttpsMetadata;
            oidc.ResponseType = OpenIdConnectResponseType.Code;
            // The code comes back in the address (a top-level GET), so the SameSite=Lax cookies of the flow come with it.
            oidc.ResponseMode = OpenIdConnectResponseMode.Query;
            oidc.UsePkce = true;
            oidc.Scope.Clear();
            foreach (var scope in organisation.ScopeList)
            {
                oidc.Scope.Add(scope);
            }

            oidc.CallbackPath = CallbackPath;
            oidc.SignInScheme = CookieAuthenticationDefaults.AuthenticationScheme;
            oidc.MapInboundClaims = false;
            oidc.SaveTokens = false;
            oidc.GetClaimsFromUserInfoEndpoint = false;
            oidc.CorrelationCookie.SameSite = SameSiteMode.Lax;
            oidc.CorrelationCookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            oidc.NonceCookie.SameSite = SameSiteMode.Lax;
            oidc.NonceCookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            oidc.Events.OnTokenValidated = MatchPersonAsync;
            oidc.Events.OnRemoteFailure = context =>
            {
                // The person cancelled at the authority, the flow's cookie expired, or the authority answered an error.
                context.Response.Redirect(RefusedPath + "failed");
                context.HandleResponse();
                return Task.CompletedTask;
            };
        });
    }

    /// <summary>The start page's button: off to the authority, and back to <c>returnUrl</c> (a path on this site) once signed in.</summary>
    public static void Map(WebApplication app)
    {
        if (app.Services.GetRequiredService<IOptions<PlatformOptions>>().Value.Authentication.OpenIdConnect.Enabled)
        {
            app.MapGet(ChallengePath, (string? returnUrl) => Results.Challenge(
                new AuthenticationProperties { RedirectUri = PlatformWeb.IsLocal(returnUrl) ? returnUrl : "/" }, [Scheme])).AllowAnonymous();
        }
    }

    /// <summary>The authority's person, as the people store's person: the session gets the store's subject, never the authority's claims.</summary>
    private static async Task MatchPersonAsync(TokenValidatedContext context)
    {
        var people = context.HttpContext.RequestServices.GetRequiredService<OrganisationSignIn>();
        var match = await people.MatchAsync(context.Principal!, context.HttpContext.RequestAborted);
        if (match is not { Outcome: OrganisationOutcome.SignedIn, Person: { } person })
        {
            context.Response.Redirect(RefusedPath + match.Outcome.ToString().ToLowerInvariant());
            context.HandleResponse();
            return;
        }

        context.Principal = PersonSession.PrincipalOf(person);
        PersonSession.ApplyLanguage(context.Response, person);
    }
}
