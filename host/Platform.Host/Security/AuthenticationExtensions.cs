using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Authorization;
using Microsoft.IdentityModel.Tokens;
using Platform.Host.Configuration;
using Platform.Identity;

namespace Platform.Host.Security;

public static class AuthenticationExtensions
{
    /// <summary>
    /// JWT bearer on every call: with the configured authority, or else the local key of the data directory.
    /// Every endpoint needs an authenticated caller unless it allows anonymous callers explicitly (health).
    /// </summary>
    public static IServiceCollection AddPlatformAuthentication(this IServiceCollection services, PlatformOptions options)
    {
        var useLocalKey = string.IsNullOrWhiteSpace(options.Authentication.Authority);

        // Made at start, so the admin CLI on this machine can sign tokens before the first call arrives.
        var localKey = useLocalKey ? LocalSigningKey.LoadOrCreate(options.ResolveDataDirectory()) : null;
        services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme).AddJwtBearer(jwt =>
        {
            jwt.MapInboundClaims = false;
            jwt.Audience = options.Authentication.Audience;
            if (!useLocalKey)
            {
                jwt.Authority = options.Authentication.Authority;
                return;
            }

            jwt.RequireHttpsMetadata = false;
            jwt.TokenValidationParameters = new TokenValidationParameters
            {
                ValidIssuer = LocalTokenOptions.Issuer,
                ValidAudience = options.Authentication.Audience,
                IssuerSigningKey = localKey,
                NameClaimType = PlatformClaimTypes.Name,
                ClockSkew = TimeSpan.FromMinutes(1),
            };
        });
        services.AddAuthorizationBuilder().SetFallbackPolicy(new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build());
        return services;
    }
}
