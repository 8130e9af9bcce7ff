using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Platform.Sdk.Tenancy;

namespace Platform.Sdk.Web;

/// <summary>
/// Endpoint metadata: every <see cref="PublicPage"/> the endpoint answers with ends with the footer linking to its
/// module's notices in the municipality the request names (<see cref="PublicNotices.Footer"/>), whichever outcome the
/// page is, so no page of the endpoint can forget it. Declared once where the endpoint is mapped:
/// <c>endpoints.MapGet(…).WithPublicNotices("events", http => http.GetRouteValue("code") as string)</c>.
/// </summary>
/// <param name="ModuleId">The module whose notices the footer links to.</param>
/// <param name="MunicipalityCode">The municipality the request is about; null or not a code when it cannot tell (then no footer).</param>
public sealed record PublicNoticeLinks(string ModuleId, Func<HttpContext, string?> MunicipalityCode)
{
    internal Html FooterFor(HttpContext http, PageLanguage language) =>
        MunicipalityCode(http) is { } code && MunicipalityCodes.IsWellFormed(code) ? PublicNotices.Footer(language.Code, ModuleId, code) : Html.Empty;
}

/// <summary>Declares <see cref="PublicNoticeLinks"/> on a public endpoint.</summary>
public static class PublicNoticeLinksExtensions
{
    public static TBuilder WithPublicNotices<TBuilder>(this TBuilder builder, string moduleId, Func<HttpContext, string?> municipalityCode)
        where TBuilder : IEndpointConventionBuilder =>
        builder.WithMetadata(new PublicNoticeLinks(moduleId, municipalityCode));
}
