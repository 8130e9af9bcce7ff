using Microsoft.EntityFrameworkCore;
using Platform.Sdk.Callers;
using Platform.Sdk.Indicators;
using Platform.Sdk.Tenancy;
using Platform.Surveys.Data;
using Platform.Surveys.Results;

namespace Platform.Surveys.Indicators;

/// <summary>
/// Responses per municipality and local area in the period, suppressed like results: areas below 5 are left out,
/// and so is a second area when one alone would be found from the municipality's total.
/// </summary>
public sealed class ResponseCountIndicator(ITenantDbContextFactory<SurveysDb> databases) : IIndicatorProvider
{
    public const string Id = "surveys.responses";

    public IReadOnlyList<IndicatorDefinition> Definitions { get; } =
        [new(Id, "Besvarelser", "Responses", "responses", ["municipality", "local-area"], CountsPeople: true)];

    public async Task<IReadOnlyList<IndicatorValue>> ComputeAsync(IndicatorQuery query, CancellationToken cancellationToken)
    {
        var values = new List<IndicatorValue>();
        var from = ResponseWeeks.From(query);
        foreach (var code in query.MunicipalityCodes)
        {
            await using var db = await databases.OpenAsync(code, AccessLevel.Aggregate, cancellationToken);
            var areas = await db.Responses.Where(r => r.Week >= from && r.Week <= query.To)
                .GroupBy(r => r.LocalAreaId).Select(g => new { Area = g.Key, Count = g.Count() })
                .OrderBy(a => a.Area).ToListAsync(cancellationToken);
            var table = new CountTable(new int[areas.Count, 0], [.. areas.Select(a => a.Count)], [], areas.Sum(a => a.Count));
            var shown = Suppression.Apply(table);
            if (!shown.IsGrandTotalSuppressed)
            {
                values.Add(new IndicatorValue(Id, Dimensions(code, ""), table.GrandTotal));
            }

            values.AddRange(areas.Where((area, row) => area.Area.Length > 0 && !shown.IsRowTotalSuppressed(row))
                .Select(area => new IndicatorValue(Id, Dimensions(code, area.Area), area.Count)));
        }

        return values;
    }

    private static Dictionary<string, string> Dimensions(string code, string area) => new() { ["municipality"] = code, ["local-area"] = area };
}
