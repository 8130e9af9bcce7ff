using System.Globalization;
using System.Net;
using System.Text;
using Platform.Contracts.Reporting.V1;

namespace Platform.Reporting.Formats;

/// <summary>
/// An indicator as an inline SVG bar chart that fits a phone: per row its label (wrapped over as many lines as it needs,
/// never cut) over a pair of bars, the chosen quarter (dark) over the quarter compared with (light). The drawing scales
/// to the width it is given (a view box, no fixed size). A count shown as fewer than 5 is a dashed outline with the words.
/// </summary>
internal static class SvgBarChart
{
    public const int MaxBars = 40;
    public const string Current = "#1f5f8b";
    public const string Compared = "#9cc3dd";
    private const int Width = 480;
    private const int BarArea = Width - 90;
    private const int LineHeight = 18;
    private const int LineLength = 50;
    private const int BarHeight = 14;

    public static string Render(IndicatorFigures figures, Report report, ReportLabels labels)
    {
        var rows = figures.Rows.Take(MaxBars).ToList();
        var max = rows.SelectMany(r => new[] { FigureText.NumberOf(r.Current), FigureText.NumberOf(r.Previous) })
            .Where(n => n is > 0).Select(n => n!.Value).DefaultIfEmpty(1).Max();
        var body = new StringBuilder();
        var top = 4;
        foreach (var row in rows)
        {
            foreach (var line in Wrap(labels.Row(row, report.MunicipalityNames)))
            {
                top += LineHeight;
                body.Append(Invariant($"<text x=\"0\" y=\"{top - 4}\" font-size=\"15\" fill=\"#222\">")).Append(Encode(line)).Append("</text>");
            }

            Bar(body, row.Current, top + 2, max, Current, labels);
            Bar(body, row.Previous, top + 4 + BarHeight, max, Compared, labels);
            top += 12 + (2 * BarHeight) + 10;
        }

        var svg = new StringBuilder();
        svg.Append(Invariant($"<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" width=\"100%\" viewBox=\"0 0 {Width} {top}\" role=\"img\">"))
            .Append("<title>").Append(Encode(ReportLabels.Title(figures.Indicator))).Append("</title>")
            .Append(body);
        return svg.Append("</svg>").ToString();
    }

    /// <summary>A label broken between words into lines short enough for the drawing; a word longer than a line stays whole.</summary>
    public static IReadOnlyList<string> Wrap(string label)
    {
        var lines = new List<string>();
        var line = new StringBuilder();
        foreach (var word in label.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (line.Length > 0 && line.Length + 1 + word.Length > LineLength)
            {
                lines.Add(line.ToString());
                line.Clear();
            }

            line.Append(line.Length > 0 ? " " : "").Append(word);
        }

        lines.Add(line.ToString());
        return lines;
    }

    private static void Bar(StringBuilder svg, Figure? figure, int top, double max, string colour, ReportLabels labels)
    {
        if (figure?.ContentCase == Figure.ContentOneofCase.Suppressed)
        {
            svg.Append(Invariant($"<rect x=\"1\" y=\"{top}\" width=\"60\" height=\"{BarHeight}\" fill=\"none\" stroke=\"#767676\" stroke-dasharray=\"3 2\"/>"))
                .Append(Invariant($"<text x=\"68\" y=\"{top + 12}\" font-size=\"13\" fill=\"#444\">")).Append(Encode(labels.Figure(figure))).Append("</text>");
            return;
        }

        if (FigureText.NumberOf(figure) is not { } value)
        {
            return;
        }

        var length = Math.Max(value, 0) / max * BarArea;
        svg.Append(Invariant($"<rect x=\"0\" y=\"{top}\" width=\"{length:0.#}\" height=\"{BarHeight}\" fill=\"{colour}\"/>"))
            .Append(Invariant($"<text x=\"{length + 6:0.#}\" y=\"{top + 12}\" font-size=\"13\" fill=\"#222\">")).Append(Encode(labels.Figure(figure))).Append("</text>");
    }

    private static string Encode(string text) => WebUtility.HtmlEncode(text);

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
