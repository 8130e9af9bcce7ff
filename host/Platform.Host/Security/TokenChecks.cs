using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Platform.Host.Configuration;
using Platform.Host.ServiceAccounts;
using Platform.Identity;

namespace Platform.Host.Security;

/// <summary>
/// What the platform checks of a token after its signature, issuer, audience and expiry: that it lasts no longer than
/// allowed (<see cref="AuthenticationOptions.MaximumTokenLifetime"/>, or for a service account's token
/// <see cref="AuthenticationOptions.ServiceAccountMaximumTokenLifetime"/>), and that a service account's token names
/// an account that exists and is not revoked. A refused token fails with a <see cref="RefusedTokenException"/>, whose
/// message <see cref="GrpcChallenge"/> sends.
/// </summary>
internal static class TokenChecks
{
    public static async Task OnTokenValidatedAsync(TokenValidatedContext context)
    {
        var options = context.HttpContext.RequestServices.GetRequiredService<IOptions<PlatformOptions>>().Value.Authentication;
        var token = (JsonWebToken)context.SecurityToken;
        var serviceAccount = token.TryGetClaim(PlatformClaimTypes.ServiceAccount, out var claim) ? claim.Value : null;
        var refusal = LifetimeRefusal(token, serviceAccount is null ? options.MaximumTokenLifetime : options.ServiceAccountMaximumTokenLifetime, serviceAccount is not null);
        if (refusal is null && serviceAccount is not null)
        {
            var accounts = context.HttpContext.RequestServices.GetRequiredService<ServiceAccountDirectory>();
            refusal = await accounts.RefusalOfAsync(serviceAccount, context.HttpContext.RequestAborted);
        }

        if (refusal is not null)
        {
            context.Fail(new RefusedTokenException(refusal));
        }
    }

    private static string? LifetimeRefusal(JsonWebToken token, TimeSpan maximum, bool serviceAccount)
    {
        var start = token.IssuedAt != DateTime.MinValue ? token.IssuedAt : token.ValidFrom;
        if (start == DateTime.MinValue)
        {
            return "The token has neither an issue time (iat) nor a start time (nbf), so its lifetime is unknown; get a token from this platform and call again.";
        }

        var lifetime = token.ValidTo - start;
        return lifetime <= maximum
            ? null
            : $"The token is valid for {Hours(lifetime)}, longer than the {Hours(maximum)} this platform allows {(serviceAccount ? "a service account's token" : "a token that is not a service account's")}; get a shorter-lived token and call again.";
    }

    private static string Hours(TimeSpan span) =>
        span.TotalHours.ToString("0.##", System.Globalization.CultureInfo.InvariantCulture) + " hours";
}
