using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Authorization;
using Microsoft.IdentityModel.Tokens;
using Microsoft.Extensions.Options;
using Platform.Host.Configuration;
using Platform.Host.People;
using Platform.Identity;

namespace Platform.Host.Security;

public static class AuthenticationExtensions
{
    /// <summary>The default scheme: a request with an Authorization header is a bearer token's, any other a web session's.</summary>
    public const string TokenOrSession = "token-or-session";

    /// <summary>
    /// JWT bearer on every call (with the configured authority, or else the local key set of the data directory, each
    /// token validated with the key its header's kid names), then <see cref="TokenChecks"/> (lifetime, service account), or a web
    /// session's cookie (<see cref="SessionCookie"/>) for a request without an Authorization header. A call that is
    /// neither is challenged as a bearer call: 401, which gRPC callers see as UNAUTHENTICATED. Every endpoint needs an
    /// authenticated caller unless it allows anonymous callers explicitly (health, the sign-in pages).
    /// </summary>
    public static IServiceCollection AddPlatformAuthentication(this IServiceCollection services, PlatformOptions options)
    {
        var useLocalKey = string.IsNullOrWhiteSpace(options.Authentication.Authority);

        // Made at start, so the admin CLI on this machine can sign tokens before the first call arrives.
        LocalKeyRing? keyRing = null;
        if (useLocalKey)
        {
            LocalSigningKey.LoadOrCreate(options.ResolveDataDirectory());
            keyRing = new LocalKeyRing(LocalSigningKey.PathIn(options.ResolveDataDirectory()));
            services.AddSingleton(keyRing);
        }

        services.AddAuthentication(TokenOrSession)
            .AddPolicyScheme(TokenOrSession, "Bearer token or web session", policy =>
            {
                policy.ForwardDefaultSelector = http => http.Request.Headers.Authorization.Count > 0
                    ? JwtBearerDefaults.AuthenticationScheme
                    : CookieAuthenticationDefaults.AuthenticationScheme;
                policy.ForwardChallenge = JwtBearerDefaults.AuthenticationScheme;
                policy.ForwardForbid = JwtBearerDefaults.AuthenticationScheme;
            })
            .AddCookie(CookieAuthenticationDefaults.AuthenticationScheme)
            .AddOrganisationLogin(options.Authentication.OpenIdConnect)
            .AddJwtBearer(jwt =>
            {
                jwt.MapInboundClaims = false;
                jwt.Events = new JwtBearerEvents { OnChallenge = GrpcChallenge.WriteAsync, OnTokenValidated = TokenChecks.OnTokenValidatedAsync };
                jwt.Audience = options.Authentication.Audience;
                if (keyRing is null)
                {
                    jwt.Authority = options.Authentication.Authority;
                    return;
                }

                jwt.RequireHttpsMetadata = false;
                jwt.TokenValidationParameters = new TokenValidationParameters
                {
                    ValidIssuer = LocalTokenOptions.Issuer,
                    ValidAudience = options.Authentication.Audience,
                    IssuerSigningKeyResolver = (_, _, keyId, _) => keyRing.KeysFor(keyId),
                    TryAllIssuerSigningKeys = false,
                    NameClaimType = PlatformClaimTypes.Name,
                    ClockSkew = TimeSpan.FromMinutes(1),
                };
            });
        services.AddOptions<CookieAuthenticationOptions>(CookieAuthenticationDefaults.AuthenticationScheme).Configure<IOptions<PeopleOptions>>(SessionCookie.Apply);
        services.AddSharedDataProtection(options);
        services.AddAntiforgery(antiforgery =>
        {
            antiforgery.Cookie.Name = "platform.antiforgery";
            antiforgery.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            antiforgery.FormFieldName = "__antiforgery";
        });
        services.AddAuthorizationBuilder().SetFallbackPolicy(new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build());
        return services;
    }
}
