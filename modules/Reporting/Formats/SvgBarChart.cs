using System.Globalization;
using System.Net;
using System.Text;
using Platform.Contracts.Reporting.V1;

namespace Platform.Reporting.Formats;

/// <summary>
/// An indicator as an inline SVG bar chart: one pair of horizontal bars per row, this quarter (dark) over the quarter
/// before (light). A count shown as fewer than 5 is a grey outline marked "færre end 5" instead of a bar.
/// </summary>
internal static class SvgBarChart
{
    public const int MaxBars = 40;
    private const int Width = 720;
    private const int LabelWidth = 200;
    private const int BarArea = Width - LabelWidth - 70;
    private const int RowHeight = 34;

    public static string Render(IndicatorFigures figures, IReadOnlyDictionary<string, string> names)
    {
        var rows = figures.Rows.Take(MaxBars).ToList();
        var max = rows.SelectMany(r => new[] { FigureText.NumberOf(r.Current), FigureText.NumberOf(r.Previous) })
            .Where(n => n is > 0).Select(n => n!.Value).DefaultIfEmpty(1).Max();
        var height = (rows.Count * RowHeight) + 10;
        var svg = new StringBuilder();
        svg.Append(Invariant($"<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{Width}\" height=\"{height}\" viewBox=\"0 0 {Width} {height}\" role=\"img\">"));
        svg.Append("<title>").Append(WebUtility.HtmlEncode(figures.Indicator.TitleDa)).Append("</title>");
        for (var i = 0; i < rows.Count; i++)
        {
            var top = (i * RowHeight) + 5;
            svg.Append(Invariant($"<text x=\"{LabelWidth - 8}\" y=\"{top + 19}\" text-anchor=\"end\" font-size=\"13\" fill=\"#222\">"))
                .Append(WebUtility.HtmlEncode(Label(rows[i], names))).Append("</text>");
            Bar(svg, rows[i].Current, top, max, "#1f5f8b");
            Bar(svg, rows[i].Previous, top + 14, max, "#9cc3dd");
        }

        return svg.Append("</svg>").ToString();
    }

    /// <summary>A row's label: the municipality's name (or "I alt" for the total) and the other dimensions' values.</summary>
    public static string Label(IndicatorRow row, IReadOnlyDictionary<string, string> names)
    {
        var place = row.MunicipalityCode == "" ? "I alt" : names.GetValueOrDefault(row.MunicipalityCode, row.MunicipalityCode);
        var dimensions = string.Join(", ", row.Dimensions.OrderBy(d => d.Key, StringComparer.Ordinal).Select(d => d.Value));
        return dimensions.Length == 0 ? place : $"{place} · {dimensions}";
    }

    private static void Bar(StringBuilder svg, Figure? figure, int top, double max, string colour)
    {
        if (figure?.ContentCase == Figure.ContentOneofCase.Suppressed)
        {
            svg.Append(Invariant($"<rect x=\"{LabelWidth}\" y=\"{top}\" width=\"60\" height=\"12\" fill=\"none\" stroke=\"#999\" stroke-dasharray=\"3 2\"/>"))
                .Append(Invariant($"<text x=\"{LabelWidth + 66}\" y=\"{top + 10}\" font-size=\"11\" fill=\"#555\">færre end 5</text>"));
            return;
        }

        if (FigureText.NumberOf(figure) is not { } value)
        {
            return;
        }

        var length = Math.Max(value, 0) / max * BarArea;
        svg.Append(Invariant($"<rect x=\"{LabelWidth}\" y=\"{top}\" width=\"{length:0.#}\" height=\"12\" fill=\"{colour}\"/>"))
            .Append(Invariant($"<text x=\"{LabelWidth + length + 6:0.#}\" y=\"{top + 10}\" font-size=\"11\" fill=\"#222\">{FigureText.Of(figure)}</text>"));
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
