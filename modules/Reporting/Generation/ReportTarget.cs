using Platform.Contracts.Reporting.V1;

namespace Platform.Reporting.Generation;

/// <summary>What a report covers, after the caller's access was checked: a partnership's members or one municipality.</summary>
/// <param name="Scope">The scope as the caller asked for it.</param>
/// <param name="Key">Names the scope in job deduplication keys, e.g. <c>partnership:sundt-liv</c> or <c>municipality:0183</c>.</param>
/// <param name="Name">The partnership's or the municipality's name.</param>
/// <param name="MunicipalityCodes">The municipalities covered, in code order.</param>
/// <param name="MunicipalityNames">Their names by code.</param>
/// <param name="LocalAreaNames">Their local areas' names by id, so a report names an area rather than showing its id.</param>
internal sealed record ReportTarget(
    ReportScope Scope,
    string Key,
    string Name,
    IReadOnlyList<string> MunicipalityCodes,
    IReadOnlyDictionary<string, string> MunicipalityNames,
    IReadOnlyDictionary<string, string> LocalAreaNames)
{
    public bool IsPartnership => Scope.TargetCase == ReportScope.TargetOneofCase.PartnershipId;
}
