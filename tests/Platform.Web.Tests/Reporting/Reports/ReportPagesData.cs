using System.Text.RegularExpressions;
using Platform.Contracts.ActorMapping.V1;
using Platform.Identity;
using Platform.Testing;
using Platform.Web.Tests.ActorMapping;
using Platform.Web.Tests.Infrastructure;

namespace Platform.Web.Tests.Reporting.Reports;

/// <summary>
/// A partnership of two municipalities whose first member has a local area and a civil-society actor in it, so its
/// report has rows that name a sector, a stage and a local area; set up over gRPC as an administrator.
/// </summary>
internal sealed partial class ReportPagesData(TestPlatform platform, string partnershipId, string code, string other)
{
    public const string AreaName = "Tranegilde";

    public string PartnershipId => partnershipId;

    public string Code => code;

    public string Other => other;

    public static async Task<ReportPagesData> StartAsync(TestPlatform platform)
    {
        var (code, other) = (platform.MunicipalityCodes.Take(), platform.MunicipalityCodes.Take());
        var id = await Scenario.PartnershipWithMembersAsync(platform, code, other);
        var mapping = new MappingPagesData(platform, code);
        var area = await mapping.AddLocalAreaAsync(AreaName);
        await mapping.AddActorAsync("Tranegilde Idrætsforening", Sector.CivilSociety, ["sports-hall"], ["physical-activity"], area.Id);
        return new ReportPagesData(platform, id, code, other);
    }

    public Task<Microsoft.Playwright.Cookie> SessionAsync(PlatformRole role) =>
        SignIn.SessionAsync(platform, RoleGrant.ForMunicipality(role, code));

    public Task<Microsoft.Playwright.Cookie> PartnershipSessionAsync(PlatformRole role) =>
        SignIn.SessionAsync(platform, RoleGrant.ForPartnership(role, partnershipId));

    public Uri Page(string path) => new(platform.WebAddress, $"/m/reporting/{code}/{path}");

    public Uri PartnershipPage(string path) => new(platform.WebAddress, $"/m/reporting/partnership/{partnershipId}/{path}");

    /// <summary>An id (a GUID) where a reader should see a name.</summary>
    [GeneratedRegex("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}", RegexOptions.IgnoreCase)]
    public static partial Regex Id();

    /// <summary>A code as the indicators write it (lower case words joined by hyphens), where a reader should see words.</summary>
    [GeneratedRegex(@"\b[a-z]+(-[a-z]+)+\b")]
    public static partial Regex CodeWord();
}
