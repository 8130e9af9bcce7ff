using System.Net;
using System.Text;
using Platform.Contracts.Reporting.V1;

namespace Platform.Reporting.Formats;

/// <summary>
/// A report as one self-contained HTML page: styles inline, a bar chart (inline SVG) and a table per indicator, no
/// scripts and no external assets, so it can be mailed or archived as it is.
/// </summary>
internal static class HtmlReportWriter
{
    private const string Style = """
        body{font-family:system-ui,sans-serif;margin:32px;color:#222;background:#fff;max-width:900px}
        h1{color:#1f5f8b;margin-bottom:4px}h2{border-bottom:3px solid #1f5f8b;padding-bottom:4px;margin-top:40px}
        .en{color:#666;font-weight:normal}.lead{color:#555}
        table{border-collapse:collapse;margin:8px 0 24px;font-size:13px}td,th{border:1px solid #ddd;padding:4px 8px;text-align:right}
        td:first-child,th:first-child{text-align:left}.suppressed{color:#555;font-style:italic}
        .legend span{display:inline-block;width:12px;height:12px;margin:0 4px 0 12px;vertical-align:middle}
        """;

    public static byte[] Write(Report report)
    {
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html><html lang=\"da\"><head><meta charset=\"utf-8\"><title>")
            .Append(Encode($"Status — {report.Name}")).Append("</title><style>").Append(Style).Append("</style></head><body>");
        html.Append("<h1>Status på partnerskabet <span class=\"en\">· Status report</span></h1>")
            .Append("<p class=\"lead\">").Append(Encode(report.Name)).Append(" · ")
            .Append(Encode($"{Period(report.Period)} sammenlignet med {Period(report.PreviousPeriod)}"))
            .Append(" · ").Append(Encode(string.Join(", ", report.MunicipalityCodes.Select(code => report.MunicipalityNames.GetValueOrDefault(code, code))))).Append("</p>")
            .Append("<p class=\"legend\"><span style=\"background:#1f5f8b\"></span>").Append(Encode(Period(report.Period)))
            .Append("<span style=\"background:#9cc3dd\"></span>").Append(Encode(Period(report.PreviousPeriod)))
            .Append("</p><p class=\"lead\">Antal personer er beskyttet: hvert tal kan afvige med højst 3 fra det sande antal, ")
            .Append("det samme hver gang, og under 5 vises som <i>færre end 5</i>. Derfor summerer delene ikke altid til totalen.</p>");
        foreach (var section in StatusSectionHtml.Write(html, report))
        {
            html.Append("<h2>").Append(Encode(section.TitleDa)).Append(" <span class=\"en\">· ").Append(Encode(section.TitleEn)).Append("</span></h2>");
            foreach (var figures in section.Indicators)
            {
                Indicator(html, figures, report);
            }
        }

        return Encoding.UTF8.GetBytes(html.Append("</body></html>").ToString());
    }

    private static void Indicator(StringBuilder html, IndicatorFigures figures, Report report)
    {
        html.Append("<h3>").Append(Encode(figures.Indicator.TitleDa)).Append(" <span class=\"en\">· ")
            .Append(Encode($"{figures.Indicator.TitleEn} ({figures.Indicator.Unit})")).Append("</span></h3>");
        html.Append(SvgBarChart.Render(figures, report.MunicipalityNames));
        html.Append("<table><tr><th></th><th>").Append(Encode(Period(report.Period))).Append("</th><th>")
            .Append(Encode(Period(report.PreviousPeriod))).Append("</th><th>Ændring</th></tr>");
        foreach (var row in figures.Rows)
        {
            html.Append("<tr><td>").Append(Encode(SvgBarChart.Label(row, report.MunicipalityNames))).Append("</td>")
                .Append(Cell(row.Current)).Append(Cell(row.Previous)).Append(Cell(row.Change)).Append("</tr>");
        }

        html.Append("</table>");
    }

    private static string Cell(Figure? figure) => figure?.ContentCase == Figure.ContentOneofCase.Suppressed
        ? "<td class=\"suppressed\">færre end 5</td>"
        : $"<td>{Encode(FigureText.Of(figure))}</td>";

    private static string Period(Quarter quarter) => $"{quarter.Year} K{quarter.Quarter_}";

    private static string Encode(string text) => WebUtility.HtmlEncode(text);
}
