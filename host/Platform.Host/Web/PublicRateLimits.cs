using System.Threading.RateLimiting;
using Platform.Host.Configuration;
using Platform.Sdk.Web;

namespace Platform.Host.Web;

/// <summary>
/// The per-client limit in front of the public pages (<see cref="PublicEndpoints.RateLimitPolicy"/>): each client
/// address gets <see cref="PlatformOptions.PublicRequestsPerMinute"/> requests a minute across all public pages, so one
/// client cannot flood a link or a sign-up page before the module's own per-link and per-page limits apply. Over the
/// limit, a page in the visitor's language says to wait a minute (429, Retry-After 60).
/// </summary>
internal static class PublicRateLimits
{
    public static IServiceCollection AddPublicRateLimits(this IServiceCollection services, PlatformOptions options) =>
        services.AddRateLimiter(limiter =>
        {
            limiter.AddPolicy(PublicEndpoints.RateLimitPolicy, http => RateLimitPartition.GetFixedWindowLimiter(
                http.Connection.RemoteIpAddress?.ToString() ?? "",
                _ => new FixedWindowRateLimiterOptions { PermitLimit = options.PublicRequestsPerMinute, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 }));
            limiter.OnRejected = (rejected, _) => new ValueTask(PublicForms.TooManyRequests(rejected.HttpContext).ExecuteAsync(rejected.HttpContext));
        });
}
