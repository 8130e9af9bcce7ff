using Platform.Contracts.Reporting.V1;
using Platform.Sdk.Callers;
using Platform.Sdk.Directory;
using Platform.Sdk.Errors;

namespace Platform.Reporting.Generation;

/// <summary>
/// Turns a requested scope into a <see cref="ReportTarget"/>, checking the caller's access first: aggregate access to
/// every current member of a partnership, or to the one municipality.
/// </summary>
public sealed class ReportTargets(ICallerContext caller, IMunicipalityDirectory directory)
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
                return new ReportTarget(scope, $"partnership:{partnership.Id}", partnership.Name, [.. codes.Order(StringComparer.Ordinal)]);
            case ReportScope.TargetOneofCase.MunicipalityCode:
                await caller.RequireAsync(scope.MunicipalityCode, AccessLevel.Aggregate, cancellationToken);
                var municipality = await directory.FindMunicipalityAsync(scope.MunicipalityCode, cancellationToken)
                    ?? throw new NotFoundException($"Municipality {scope.MunicipalityCode} is not onboarded.");
                return new ReportTarget(scope, $"municipality:{municipality.Code}", municipality.Name, [municipality.Code]);
            default:
                throw new InvalidInputException(field, "must name a partnership_id or a municipality_code");
        }
    }

    public static ReportScope Partnership(string id) => new() { PartnershipId = id };

    public static ReportScope Municipality(string code) => new() { MunicipalityCode = code };
}
