using System.Net;
using System.Text;
using Platform.Contracts.Reporting.V1;
using Platform.Reporting.Generation;

namespace Platform.Reporting.Formats;

/// <summary>
/// The status section of the HTML report, as the seeds' slide words it: "Vi er i gang med: …" (the workstreams under
/// way), "Vi kommer til at: …" (the planned ones) and what is done, each with every municipality's state and the figures
/// that show it next to it.
/// </summary>
internal static class StatusSectionHtml
{
    /// <summary>Writes the status section, if the report has one, and returns the report's other sections.</summary>
    public static IEnumerable<ReportSection> Write(StringBuilder html, Report report)
    {
        var status = report.Sections.FirstOrDefault(s => s.Id == StatusSection.Id);
        if (status is not null)
        {
            html.Append("<h2>").Append(Encode(status.TitleDa)).Append(" <span class=\"en\">· ").Append(Encode(status.TitleEn)).Append("</span></h2>");
            Group(html, report, status, WorkstreamState.UnderWay, "Vi er i gang med:", "We are working on:");
            Group(html, report, status, WorkstreamState.Planned, "Vi kommer til at:", "We will:");
            Group(html, report, status, WorkstreamState.Done, "Det har vi gjort:", "We have done:");
        }

        return report.Sections.Where(s => s.Id != StatusSection.Id);
    }

    private static void Group(StringBuilder html, Report report, ReportSection status, WorkstreamState state, string da, string en)
    {
        var label = StatusSection.Label(state);
        var workstreams = status.Indicators.Where(w => Overall(w, report) == label).ToList();
        if (workstreams.Count == 0)
        {
            return;
        }

        html.Append("<h3>").Append(Encode(da)).Append(" <span class=\"en\">· ").Append(Encode(en)).Append("</span></h3><ul>");
        foreach (var workstream in workstreams)
        {
            html.Append("<li><strong>").Append(Encode(workstream.Indicator.TitleDa)).Append("</strong> <span class=\"en\">· ")
                .Append(Encode(workstream.Indicator.TitleEn)).Append("</span>");
            var members = workstream.Rows.Where(r => r.MunicipalityCode.Length > 0 && r.Dimensions.ContainsKey(StatusSection.StateDimension))
                .Select(r => $"{report.MunicipalityNames.GetValueOrDefault(r.MunicipalityCode, r.MunicipalityCode)}: {r.Dimensions[StatusSection.StateDimension]}");
            html.Append("<br>").Append(Encode(string.Join(" · ", members)));
            var shown = workstream.Rows.Where(r => r.Dimensions.ContainsKey(StatusSection.FigureDimension) && IsOverall(r, report)).ToList();
            if (shown.Count > 0)
            {
                html.Append("<br><span class=\"lead\">");
                html.AppendJoin(" · ", shown.Select(r => Encode($"{Name(r)}: {Value(r.Current)}")));
                html.Append("</span>");
            }

            html.Append("</li>");
        }

        html.Append("</ul>");
    }

    /// <summary>The workstream's state across the report's scope: the partnership's row, or the one municipality's.</summary>
    private static string? Overall(IndicatorFigures workstream, Report report) => workstream.Rows
        .Where(r => r.Dimensions.ContainsKey(StatusSection.StateDimension) && IsOverall(r, report))
        .Select(r => r.Dimensions[StatusSection.StateDimension]).FirstOrDefault();

    private static bool IsOverall(IndicatorRow row, Report report) =>
        report.Scope.TargetCase == ReportScope.TargetOneofCase.PartnershipId ? row.MunicipalityCode.Length == 0 : row.MunicipalityCode == report.Scope.MunicipalityCode;

    private static string Name(IndicatorRow row)
    {
        var others = row.Dimensions.Where(d => d.Key != StatusSection.FigureDimension).OrderBy(d => d.Key, StringComparer.Ordinal).Select(d => d.Value).ToList();
        return others.Count == 0 ? row.Dimensions[StatusSection.FigureDimension] : $"{row.Dimensions[StatusSection.FigureDimension]} ({string.Join(", ", others)})";
    }

    private static string Value(Figure? figure) => figure?.ContentCase == Figure.ContentOneofCase.Suppressed ? "færre end 5" : FigureText.Of(figure);

    private static string Encode(string text) => WebUtility.HtmlEncode(text);
}
