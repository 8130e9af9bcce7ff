using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Platform.Sdk.Tenancy;

namespace Platform.Sdk.Web;

/// <summary>
/// Endpoint metadata: every <see cref="PublicPage"/> the endpoint answers with ends with the footer linking to its
/// module's notices in the municipality the request names (<see cref="PublicNotices.Footer"/>), whichever outcome the
/// page is, so no page of the endpoint can forget it. Declared once where the endpoint is mapped:
/// <c>endpoints.MapGet(…).AsPublicPage("events", PublicNotices.RouteCode)</c>.
/// </summary>
/// <param name="ModuleId">The module whose notices the footer links to.</param>
/// <param name="MunicipalityCode">The municipality the request is about; null or not a code when it cannot tell (then no footer).</param>
public sealed record PublicNoticeLinks(string ModuleId, Func<HttpContext, string?> MunicipalityCode)
{
    internal Html FooterFor(HttpContext http, PageLanguage language) =>
        MunicipalityCode(http) is { } code && MunicipalityCodes.IsWellFormed(code) ? PublicNotices.Footer(language.Code, ModuleId, code) : Html.Empty;
}

/// <summary>Makes an endpoint a public page.</summary>
public static class PublicEndpoints
{
    /// <summary>The host's per-client rate limit for public pages (<c>Platform:PublicRequestsPerMinute</c> per client address).</summary>
    public const string RateLimitPolicy = "public-pages";

    /// <summary>
    /// Anyone may open it, without signing in; each client address within the host's rate limit for public pages
    /// (before any limit of the module's own, such as a link's); and every page it answers with links to the module's
    /// notices in the municipality <paramref name="municipalityCode"/> finds in the request (<see cref="PublicNoticeLinks"/>).
    /// </summary>
    public static TBuilder AsPublicPage<TBuilder>(this TBuilder builder, string moduleId, Func<HttpContext, string?> municipalityCode)
        where TBuilder : IEndpointConventionBuilder =>
        builder.AllowAnonymous().RequireRateLimiting(RateLimitPolicy).WithMetadata(new PublicNoticeLinks(moduleId, municipalityCode));
}
