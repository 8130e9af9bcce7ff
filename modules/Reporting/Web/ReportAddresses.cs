using Platform.Contracts.Reporting.V1;
using Platform.Reporting.Generation;

namespace Platform.Reporting.Web;

/// <summary>
/// Where the report pages are: <c>/m/reporting/{municipality}/…</c> for a municipality and
/// <c>/m/reporting/partnership/{id}/…</c> for a partnership; the module's id is written out, as in the pages' routes.
/// </summary>
internal static class ReportAddresses
{
    public static ReportScope Scope(string? municipalityCode, string? partnershipId) =>
        partnershipId is not null ? ReportTargets.Partnership(partnershipId) : ReportTargets.Municipality(municipalityCode ?? "");

    public static string Report(ReportScope scope) => Page(scope, "report");

    public static string Archive(ReportScope scope) => Page(scope, "archive");

    private static string Page(ReportScope scope, string page) => scope.TargetCase == ReportScope.TargetOneofCase.PartnershipId
        ? $"/m/reporting/partnership/{Uri.EscapeDataString(scope.PartnershipId)}/{page}"
        : $"/m/reporting/{Uri.EscapeDataString(scope.MunicipalityCode)}/{page}";
}
