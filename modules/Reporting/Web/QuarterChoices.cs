using Microsoft.Extensions.Localization;
using Platform.Contracts.Reporting.V1;
using Platform.Reporting.Formats;
using Platform.Reporting.Generation;
using Platform.Reporting.Service;

namespace Platform.Reporting.Web;

/// <summary>
/// The quarters a page offers: the chosen one (this quarter unless the address says otherwise), the quarter compared
/// with (the one before unless chosen) and the choices of each, named as Danes say them ("4. kvartal 2026").
/// An address with a quarter that is not one falls back to the usual choice rather than failing.
/// </summary>
internal sealed record QuarterChoices(QuarterPeriod Period, QuarterPeriod Compare, QuarterPeriod Today)
{
    public static QuarterChoices From(TimeProvider clock, int? year, int? quarter, string? compare)
    {
        var today = QuarterPeriod.Containing(DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime));
        var period = year is { } y && quarter is { } q && QuarterPeriod.IsValid(y, q) ? new QuarterPeriod(y, q) : today;
        var compared = compare is not null && ReportDownloads.Compared(compare) is { } c ? new QuarterPeriod(c.Year, c.Quarter_) : period.Previous;
        return new QuarterChoices(period, compared, today);
    }

    public Quarter PeriodContract => ReportBuilder.ToContract(Period);

    public Quarter CompareContract => ReportBuilder.ToContract(Compare);

    /// <summary>The years to choose from: five back from this one and the next, and the chosen one.</summary>
    public IReadOnlyList<(string Value, string Text)> Years =>
        [.. Enumerable.Range(Today.Year - 5, 7).Append(Period.Year).Distinct().Order().Select(y => (Value(y), Value(y)))];

    public static IReadOnlyList<(string Value, string Text)> Quarters(IStringLocalizer<ReportPagesText> text) =>
        [.. Enumerable.Range(1, 4).Select(q => (Value(q), text["QuarterNumber", q].Value))];

    /// <summary>The quarters to compare with: the twelve before the chosen one, newest first, and the one chosen.</summary>
    public IReadOnlyList<(string Value, string Text)> Comparisons(ReportLabels labels)
    {
        var quarters = new List<QuarterPeriod>();
        for (var q = Period.Previous; quarters.Count < 12 && q.Year >= 2000; q = q.Previous)
        {
            quarters.Add(q);
        }

        if (!quarters.Contains(Compare))
        {
            quarters.Insert(0, Compare);
        }

        return [.. quarters.Select(q => (Key(q), labels.Quarter(ReportBuilder.ToContract(q))))];
    }

    public static string Key(QuarterPeriod quarter) => $"{Value(quarter.Year)}-{Value(quarter.Number)}";

    private static string Value(int number) => number.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
