using Platform.Contracts.Reporting.V1;
using Platform.Sdk.Callers;
using Platform.Sdk.Directory;
using Platform.Sdk.Errors;

namespace Platform.Reporting.Generation;

/// <summary>
/// Turns a requested scope into a <see cref="ReportTarget"/>, checking the caller's access first: aggregate access to
/// every current member of a partnership, or to the one municipality.
/// </summary>
internal sealed class ReportTargets(ICallerContext caller, IMunicipalityDirectory directory)
{
    public async Task<ReportTarget> ResolveAsync(ReportScope? scope, string field, CancellationToken cancellationToken)
    {
        switch (scope?.TargetCase)
        {
            case ReportScope.TargetOneofCase.PartnershipId:
                new Validation().Required(scope.PartnershipId, $"{field}.partnership_id", 100).ThrowIfInvalid();
                var codes = await caller.RequirePartnershipAsync(scope.PartnershipId, AccessLevel.Aggregate, cancellationToken);
                var partnership = await directory.FindPartnershipAsync(scope.PartnershipId, cancellationToken)
                    ?? throw new NotFoundException($"No partnership has the id '{scope.PartnershipId}'.");
                var members = await MembersAsync(codes, cancellationToken);
                return new ReportTarget(scope, $"partnership:{partnership.Id}", partnership.Name, [.. codes.Order(StringComparer.Ordinal)],
                    members.ToDictionary(m => m.Code, m => m.Name), AreaNames(members));
            case ReportScope.TargetOneofCase.MunicipalityCode:
                await caller.RequireAsync(scope.MunicipalityCode, AccessLevel.Aggregate, cancellationToken);
                var municipality = await directory.FindMunicipalityAsync(scope.MunicipalityCode, cancellationToken)
                    ?? throw new NotFoundException($"Municipality {scope.MunicipalityCode} is not onboarded.");
                return new ReportTarget(scope, $"municipality:{municipality.Code}", municipality.Name, [municipality.Code],
                    new Dictionary<string, string> { [municipality.Code] = municipality.Name }, AreaNames([municipality]));
            default:
                throw new InvalidInputException(field, "must name a partnership_id or a municipality_code");
        }
    }

    private async Task<List<MunicipalityInfo>> MembersAsync(IReadOnlyList<string> codes, CancellationToken cancellationToken)
    {
        var members = new List<MunicipalityInfo>();
        foreach (var code in codes)
        {
            members.Add(await directory.FindMunicipalityAsync(code, cancellationToken) ?? new MunicipalityInfo(code, code, [], []));
        }

        return members;
    }

    private static Dictionary<string, string> AreaNames(IEnumerable<MunicipalityInfo> municipalities) =>
        municipalities.SelectMany(m => m.LocalAreas).DistinctBy(area => area.Id).ToDictionary(area => area.Id, area => area.Name);

    public static ReportScope Partnership(string id) => new() { PartnershipId = id };

    public static ReportScope Municipality(string code) => new() { MunicipalityCode = code };
}
