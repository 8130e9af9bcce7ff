using Microsoft.EntityFrameworkCore;
using Platform.Sdk.Callers;
using Platform.Sdk.Indicators;
using Platform.Sdk.Tenancy;

namespace Platform.Reporting.Archive;

/// <summary>
/// A municipality's own reports made into its archive in the period, per day made (its UTC date, as the period's bounds are), so a glance at a member
/// can say when its last report was made. Reports leave it out: a report about reports tells its readers nothing.
/// </summary>
internal sealed class ArchivedReportsIndicator(ITenantDbContextFactory<ReportingDb> databases) : IIndicatorProvider
{
    public const string Id = "reporting.archived-reports";

    public IReadOnlyList<IndicatorDefinition> Definitions { get; } =
    [
        new(Id, "Rapporter i arkivet", "Reports in the archive", "reports", ["municipality", "made-on"], CountsPeople: false)
        {
            FilledByDa = "Tallene kommer, når en rapport gemmes i Rapportarkivet.",
            FilledByEn = "Figures appear when a report is saved in the Report archive.",
        },
    ];

    public async Task<IReadOnlyList<IndicatorValue>> ComputeAsync(IndicatorQuery query, CancellationToken cancellationToken)
    {
        var values = new List<IndicatorValue>();
        foreach (var code in query.MunicipalityCodes)
        {
            await using var db = await databases.OpenAsync(code, AccessLevel.Aggregate, cancellationToken);
            var made = await db.MunicipalityReports.Where(r => r.CreatedAt >= query.Start && r.CreatedAt <= query.End)
                .Select(r => r.CreatedAt).ToListAsync(cancellationToken);
            values.AddRange(made.GroupBy(at => DateOnly.FromDateTime(at.UtcDateTime))
                .OrderBy(day => day.Key)
                .Select(day => new IndicatorValue(Id, new Dictionary<string, string>
                {
                    ["municipality"] = code,
                    ["made-on"] = day.Key.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
                }, day.Count())));
        }

        return values;
    }
}
