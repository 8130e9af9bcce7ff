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
                return new ReportTarget(scope, $"partnership:{partnership.Id}", partnership.Name, [.. codes.Order(StringComparer.Ordinal)],
                    await NamesAsync(codes, cancellationToken));
            case ReportScope.TargetOneofCase.MunicipalityCode:
                await caller.RequireAsync(scope.MunicipalityCode, AccessLevel.Aggregate, cancellationToken);
                var municipality = await directory.FindMunicipalityAsync(scope.MunicipalityCode, cancellationToken)
                    ?? throw new NotFoundException($"Municipality {scope.MunicipalityCode} is not onboarded.");
                return new ReportTarget(scope, $"municipality:{municipality.Code}", municipality.Name, [municipality.Code],
                    new Dictionary<string, string> { [municipality.Code] = municipality.Name });
            default:
                throw new InvalidInputException(field, "must name a partnership_id or a municipality_code");
        }
    }

    private async Task<Dictionary<string, string>> NamesAsync(IReadOnlyList<string> codes, CancellationToken cancellationToken)
    {
        var names = new Dictionary<string, string>();
        foreach (var code in codes)
        {
            names[code] = (await directory.FindMunicipalityAsync(code, cancellationToken))?.Name ?? code;
        }

        return names;
    }

    public static ReportScope Partnership(string id) => new() { PartnershipId = id };

    public static ReportScope Municipality(string code) => new() { MunicipalityCode = code };
}
