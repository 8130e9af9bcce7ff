using System.Globalization;
using Platform.Contracts.Reporting.V1;

namespace Platform.Reporting.Tests.Infrastructure;

/// <summary>
/// The report's rows computed straight from the seed, without the reporting module: raw counts per municipality and
/// quarter, counts of people below 5 suppressed, and a partnership total that is suppressed when it is below 5 or
/// would give a suppressed part away (one suppressed part, or suppressed parts adding up to fewer than 5).
/// </summary>
public static class ExpectedReport
{
    private static readonly Quarter Previous = new() { Year = 2026, Quarter_ = 1 };

    public static List<string> Lines(KnownDataSet data, bool withTotals)
    {
        var lines = new List<string>();
        foreach (var code in data.Codes)
        {
            var all = data.Raw("sample.notes", code, KnownDataSet.Period);
            lines.Add(ReportCalls.Line("sample.notes", code, "", Number(all), Number(all), "0"));
            var authorsNow = data.Raw("sample.authors", code, KnownDataSet.Period);
            var authorsBefore = data.Raw("sample.authors", code, Previous);
            lines.Add(ReportCalls.Line("sample.authors", code, "", People(authorsNow), People(authorsBefore),
                authorsNow >= 5 && authorsBefore >= 5 ? Number(authorsNow - authorsBefore) : "-"));
            foreach (var month in Months(data, code))
            {
                lines.Add(MonthLine(code, month, [data.Raw("sample.notes-by-month", code, KnownDataSet.Period, month)],
                    [data.Raw("sample.notes-by-month", code, Previous, month)]));
            }
        }

        if (withTotals)
        {
            var all = data.Codes.Sum(code => data.Raw("sample.notes", code, KnownDataSet.Period));
            lines.Add(ReportCalls.Line("sample.notes", "", "", Number(all), Number(all), "0"));
            var now = Total(data.Codes.Select(code => data.Raw("sample.authors", code, KnownDataSet.Period)).ToList());
            var before = Total(data.Codes.Select(code => data.Raw("sample.authors", code, Previous)).ToList());
            lines.Add(ReportCalls.Line("sample.authors", "", "", now, before,
                now != "suppressed" && before != "suppressed" ? Number(decimal.Parse(now, CultureInfo.InvariantCulture) - decimal.Parse(before, CultureInfo.InvariantCulture)) : "-"));
            foreach (var month in data.Codes.SelectMany(code => Months(data, code)).Distinct())
            {
                lines.Add(MonthLine("", month,
                    [.. data.Codes.Select(code => data.Raw("sample.notes-by-month", code, KnownDataSet.Period, month))],
                    [.. data.Codes.Select(code => data.Raw("sample.notes-by-month", code, Previous, month))]));
            }
        }

        return lines;
    }

    /// <summary>A month row: present in a quarter only when the month lies in it (the indicator reports months with notes).</summary>
    private static string MonthLine(string code, string month, decimal[] now, decimal[] before)
    {
        var current = InQuarter(month, KnownDataSet.Period) && now.Sum() > 0 ? Number(now.Sum()) : "-";
        var previous = InQuarter(month, Previous) && before.Sum() > 0 ? Number(before.Sum()) : "-";
        var change = current != "-" && previous != "-" ? Number(now.Sum() - before.Sum()) : "-";
        return ReportCalls.Line("sample.notes-by-month", code, $"month={month}", current, previous, change);
    }

    private static IEnumerable<string> Months(KnownDataSet data, string code) => data.Notes
        .Where(n => n.MunicipalityCode == code)
        .Select(n => n.CreatedAt.ToString("yyyy-MM", CultureInfo.InvariantCulture))
        .Where(month => InQuarter(month, KnownDataSet.Period) || InQuarter(month, Previous))
        .Distinct();

    private static bool InQuarter(string month, Quarter quarter)
    {
        var (year, number) = (int.Parse(month[..4], CultureInfo.InvariantCulture), int.Parse(month[5..], CultureInfo.InvariantCulture));
        return year == quarter.Year && (number - 1) / 3 == quarter.Quarter_ - 1;
    }

    private static string Total(List<decimal> parts)
    {
        var hidden = parts.Where(p => p < 5).ToList();
        return parts.Sum() < 5 || hidden.Count == 1 || (hidden.Count > 1 && hidden.Sum() < 5) ? "suppressed" : Number(parts.Sum());
    }

    private static string People(decimal value) => value < 5 ? "suppressed" : Number(value);

    private static string Number(decimal value) => ((double)value).ToString(CultureInfo.InvariantCulture);
}
