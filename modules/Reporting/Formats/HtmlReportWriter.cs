using System.Net;
using System.Text;
using Platform.Contracts.Reporting.V1;

namespace Platform.Reporting.Formats;

/// <summary>
/// The one renderer of a report as HTML, for the report page and the HTML file alike: <see cref="Header"/> (the heading,
/// the quarters and the members) and <see cref="Content"/> (the legend, the note on protected counts, then each section's
/// indicators as a bar chart in inline SVG and a table). The page puts its quarter choice and downloads between the two;
/// <see cref="Write"/> makes the self-contained file (styles inline from Assets/reports.css, no scripts, no external
/// assets), so it can be mailed or archived as it is.
/// </summary>
internal static class HtmlReportWriter
{
    public static byte[] Write(Report report, ReportLabels labels)
    {
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html><html lang=\"").Append(ReportLabels.Language).Append("\"><head><meta charset=\"utf-8\">")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>")
            .Append(Encode(labels.Text["Heading", report.Name])).Append("</title><style>").Append(ReportStyle.Css)
            .Append("</style></head><body class=\"report-file\"><main class=\"status-report\">")
            .Append(Header(report, labels)).Append(Content(report, labels)).Append("</main></body></html>");
        return Encoding.UTF8.GetBytes(html.ToString());
    }

    /// <summary>The report's heading (h1), its quarter compared with the other, and the municipalities it covers.</summary>
    public static string Header(Report report, ReportLabels labels)
    {
        var members = string.Join(", ", report.MunicipalityCodes.Select(code => report.MunicipalityNames.GetValueOrDefault(code, code)));
        return new StringBuilder("<header class=\"report-head\"><h1>").Append(Encode(labels.Text["Heading", report.Name])).Append("</h1>")
            .Append("<p class=\"lead\">").Append(Encode(labels.Text["Lead", labels.Quarter(report.Period), labels.Quarter(report.PreviousPeriod)])).Append("</p>")
            .Append("<p class=\"lead\">").Append(Encode(labels.Text["Members", members])).Append("</p></header>").ToString();
    }

    /// <summary>Everything under the heading: the legend and the note on protected counts, then the sections.</summary>
    public static string Content(Report report, ReportLabels labels)
    {
        var html = new StringBuilder("<div class=\"report-body\">");
        html.Append("<p class=\"legend\"><span class=\"visually-hidden\">").Append(Encode(labels.Text["Legend"])).Append(": </span>")
            .Append("<span class=\"key current\"></span>").Append(Encode(labels.Quarter(report.Period)))
            .Append(" <span class=\"key compared\"></span>").Append(Encode(labels.Quarter(report.PreviousPeriod))).Append("</p>")
            .Append("<p class=\"note\">").Append(Encode(labels.Text["DisclosureNote"])).Append("</p>");

        // The partnership plan's status opens the report before its figures, when the report has it.
        foreach (var section in StatusSectionHtml.Write(html, report, labels))
        {
            var id = "section-" + section.Id;
            html.Append("<section aria-labelledby=\"").Append(id).Append("\"><h2 id=\"").Append(id).Append("\">")
                .Append(Encode(ReportLabels.Section(section))).Append("</h2>");
            foreach (var figures in section.Indicators)
            {
                Indicator(html, figures, report, labels);
            }

            html.Append("</section>");
        }

        return html.Append("</div>").ToString();
    }

    private static void Indicator(StringBuilder html, IndicatorFigures figures, Report report, ReportLabels labels)
    {
        var id = "indicator-" + figures.Indicator.Id.Replace('.', '-');
        var title = ReportLabels.Title(figures.Indicator);
        html.Append("<h3 id=\"").Append(id).Append("\">").Append(Encode(title)).Append("</h3>")
            .Append("<p class=\"unit\">").Append(Encode(labels.Text["IndicatorUnit", labels.Unit(figures.Indicator.Unit), labels.Quarter(report.Period), labels.Quarter(report.PreviousPeriod)]))
            .Append("</p>");
        if (figures.Rows.Count == 0)
        {
            var filledBy = ReportLabels.English ? figures.Indicator.FilledByEn : figures.Indicator.FilledByDa;
            html.Append("<p class=\"empty\">")
                .Append(Encode(labels.Text["NoFigures", labels.Quarter(report.Period), labels.Quarter(report.PreviousPeriod)])).Append(' ')
                .Append(Encode(filledBy.Length > 0 ? filledBy : labels.Text["FilledByWork"])).Append("</p>");
            return;
        }

        html.Append(SvgBarChart.Render(figures, report, labels));
        html.Append("<div class=\"table-scroll\" tabindex=\"0\" role=\"region\" aria-label=\"").Append(Encode(labels.Text["TableLabel", title])).Append("\">")
            .Append("<table class=\"table figures\"><thead><tr><th scope=\"col\">").Append(Encode(labels.Text["Breakdown"])).Append("</th><th scope=\"col\">")
            .Append(Encode(labels.Quarter(report.Period))).Append("</th><th scope=\"col\">")
            .Append(Encode(labels.Quarter(report.PreviousPeriod))).Append("</th><th scope=\"col\">").Append(Encode(labels.Text["Change"]))
            .Append("</th></tr></thead><tbody>");
        foreach (var row in figures.Rows)
        {
            html.Append("<tr><th scope=\"row\">").Append(Encode(labels.Row(row, report.MunicipalityNames))).Append("</th>")
                .Append(Cell(row.Current, labels)).Append(Cell(row.Previous, labels))
                .Append("<td>").Append(Encode(ReportLabels.Change(row.Change))).Append("</td></tr>");
        }

        html.Append("</tbody></table></div>");
    }

    private static string Cell(Figure? figure, ReportLabels labels) => figure?.ContentCase == Figure.ContentOneofCase.Suppressed
        ? $"<td class=\"suppressed\">{Encode(labels.Figure(figure))}</td>"
        : $"<td>{Encode(labels.Figure(figure))}</td>";

    private static string Encode(string text) => WebUtility.HtmlEncode(text);
}
