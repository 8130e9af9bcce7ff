using Microsoft.EntityFrameworkCore;
using Platform.Sdk.Callers;
using Platform.Sdk.Indicators;
using Platform.Sdk.Tenancy;
using Platform.Surveys.Data;
using Platform.Sdk.Disclosure;

namespace Platform.Surveys.Indicators;

/// <summary>
/// Responses per municipality (local area "") and per local area in the period, each a cell of people that reports
/// publish through the SDK's disclosure control, with the same record keys as the survey results.
/// </summary>
internal sealed class ResponseCountIndicator(ITenantDbContextFactory<SurveysDb> databases) : IIndicatorProvider
{
    public const string Id = "surveys.responses";

    public IReadOnlyList<IndicatorDefinition> Definitions { get; } =
    [
        new(Id, "Besvarelser", "Responses", "responses", ["municipality", "local-area"], CountsPeople: true)
        {
            FilledByDa = "Tallene kommer, når børn og forældre svarer gennem et link under Spørgeskemaer, eller når papirsvar tastes ind.",
            FilledByEn = "Figures appear when children and parents answer through a link under Surveys, or when paper answers are typed in.",
        },
    ];

    public async Task<IReadOnlyList<IndicatorValue>> ComputeAsync(IndicatorQuery query, CancellationToken cancellationToken)
    {
        var values = new List<IndicatorValue>();
        var from = ResponseWeeks.From(query);
        foreach (var code in query.MunicipalityCodes)
        {
            await using var db = await databases.OpenAsync(code, AccessLevel.Aggregate, cancellationToken);
            var areas = await db.Responses.Where(r => r.Week >= from && r.Week <= query.To)
                .GroupBy(r => r.LocalAreaId).Select(g => new { Area = g.Key, Count = g.Count(), Keys = g.Sum(r => (long)r.RecordKey) })
                .OrderBy(a => a.Area).ToListAsync(cancellationToken);
            var cells = areas.Select(area => (area.Area, People: PeopleCount.FromKeySum(area.Count, area.Keys))).ToList();
            if (cells.Count > 0)
            {
                values.Add(IndicatorValue.OfPeople(Id, Dimensions(code, ""), PeopleCount.Sum(cells.Select(cell => cell.People))));
            }

            values.AddRange(cells.Where(cell => cell.Area.Length > 0).Select(cell => IndicatorValue.OfPeople(Id, Dimensions(code, cell.Area), cell.People)));
        }

        return values;
    }

    private static Dictionary<string, string> Dimensions(string code, string area) => new() { ["municipality"] = code, ["local-area"] = area };
}
