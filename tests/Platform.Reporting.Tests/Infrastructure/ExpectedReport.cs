using System.Globalization;
using Platform.Contracts.Reporting.V1;
using Platform.Testing;

namespace Platform.Reporting.Tests.Infrastructure;

/// <summary>
/// The report's rows computed straight from the seed, without the reporting module: raw counts per municipality and
/// quarter, and each count of people as the SDK publishes its cell stored in the host's database (a partnership's
/// total from the sum of its members' cells), with a change only between two published numbers.
/// </summary>
public static class ExpectedReport
{
    private static readonly Quarter Previous = KnownDataSet.PreviousPeriod;

    public static async Task<List<string>> LinesAsync(TestPlatform platform, KnownDataSet data, bool withTotals)
    {
        var lines = new List<string>();
        foreach (var code in data.Codes)
        {
            var all = data.Raw("sample.notes", code, KnownDataSet.Period);
            lines.Add(ReportCalls.Line("sample.notes", code, "", Number(all), Number(all), "0"));
            lines.Add(AuthorsLine(code, await AuthorsAsync(platform, data, code)));
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
            lines.Add(AuthorsLine("", await AuthorsAsync(platform, data, "")));
            foreach (var month in data.Codes.SelectMany(code => Months(data, code)).Distinct())
            {
                lines.Add(MonthLine("", month,
                    [.. data.Codes.Select(code => data.Raw("sample.notes-by-month", code, KnownDataSet.Period, month))],
                    [.. data.Codes.Select(code => data.Raw("sample.notes-by-month", code, Previous, month))]));
            }
        }

        return lines;
    }

    /// <summary>
    /// The authors row of a municipality, or for code "" the partnership's total: this quarter's and the last quarter's
    /// figures published from their stored cells, and their difference when both are numbers.
    /// </summary>
    public static async Task<(Figure Current, Figure Previous, Figure? Change)> AuthorsAsync(TestPlatform platform, KnownDataSet data, string code)
    {
        var current = Disclosed.Figure(await data.StoredAuthorsAsync(platform, code, KnownDataSet.Period));
        var previous = Disclosed.Figure(await data.StoredAuthorsAsync(platform, code, Previous));
        var change = current.ContentCase == Figure.ContentOneofCase.Value && previous.ContentCase == Figure.ContentOneofCase.Value
            ? new Figure { Value = current.Value - previous.Value }
            : null;
        return (current, previous, change);
    }

    /// <summary>The authors row of a municipality, or for code "" the partnership's total, as the CSV export writes it.</summary>
    public static async Task<string> AuthorsCsvAsync(TestPlatform platform, KnownDataSet data, string code)
    {
        var (current, previous, change) = await AuthorsAsync(platform, data, code);
        return string.Join(";", "childrens-voices;sample.authors;Forfattere;Authors;people", code == "" ? "total" : code, "",
            ReportCalls.Text(current), ReportCalls.Text(previous), change is null ? "" : ReportCalls.Text(change));
    }

    private static string AuthorsLine(string code, (Figure Current, Figure Previous, Figure? Change) authors) =>
        ReportCalls.Line("sample.authors", code, "", ReportCalls.Text(authors.Current), ReportCalls.Text(authors.Previous), ReportCalls.Text(authors.Change));

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

    private static string Number(decimal value) => ((double)value).ToString(CultureInfo.InvariantCulture);
}
