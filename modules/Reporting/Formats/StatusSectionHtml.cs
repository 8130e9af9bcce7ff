using System.Net;
using System.Text;
using Platform.Contracts.Reporting.V1;
using Platform.Reporting.Generation;

namespace Platform.Reporting.Formats;

/// <summary>
/// The status section of the HTML report, as the seeds' slide words it: "Vi er i gang med: …" (the workstreams under
/// way), "Vi kommer til at: …" (the planned ones) and what is done, each with every municipality's state and the figures
/// that show it next to it, all named in the reader's language.
/// </summary>
internal static class StatusSectionHtml
{
    /// <summary>Writes the status section, if the report has one, and returns the report's other sections.</summary>
    public static IEnumerable<ReportSection> Write(StringBuilder html, Report report, ReportLabels labels)
    {
        var status = report.Sections.FirstOrDefault(s => s.Id == StatusSection.Id);
        if (status is not null)
        {
            var titles = report.Sections.SelectMany(s => s.Indicators).ToDictionary(i => i.Indicator.Id, i => ReportLabels.Title(i.Indicator));
            html.Append("<section class=\"plan-status\" aria-labelledby=\"section-status\"><h2 id=\"section-status\">")
                .Append(Encode(ReportLabels.Section(status))).Append("</h2>");
            foreach (var (state, heading) in new[] { (WorkstreamState.UnderWay, "WorkingOn"), (WorkstreamState.Planned, "WillDo"), (WorkstreamState.Done, "HaveDone") })
            {
                Group(html, report, status, StatusSection.Code(state), labels.Text[heading], labels, titles);
            }

            html.Append("</section>");
        }

        return report.Sections.Where(s => s.Id != StatusSection.Id);
    }

    private static void Group(
        StringBuilder html, Report report, ReportSection status, string state, string heading, ReportLabels labels, Dictionary<string, string> titles)
    {
        var workstreams = status.Indicators.Where(w => Overall(w, report) == state).ToList();
        if (workstreams.Count == 0)
        {
            return;
        }

        html.Append("<h3>").Append(Encode(heading)).Append("</h3><ul class=\"workstreams\">");
        foreach (var workstream in workstreams)
        {
            html.Append("<li><strong>").Append(Encode(ReportLabels.Title(workstream.Indicator))).Append("</strong>");
            var members = workstream.Rows.Where(r => r.MunicipalityCode.Length > 0 && r.Dimensions.ContainsKey(StatusSection.StateDimension))
                .Select(r => $"{report.MunicipalityNames.GetValueOrDefault(r.MunicipalityCode, r.MunicipalityCode)}: " +
                    labels.Dimension(StatusSection.StateDimension, r.Dimensions[StatusSection.StateDimension]));
            html.Append("<br>").Append(Encode(string.Join(" · ", members)));
            var shown = workstream.Rows.Where(r => r.Dimensions.ContainsKey(StatusSection.FigureDimension) && IsOverall(r, report)).ToList();
            if (shown.Count > 0)
            {
                html.Append("<br><span class=\"shown-by\">");
                html.AppendJoin(" · ", shown.Select(r => Encode($"{Name(r, labels, titles)}: {Value(r.Current, labels)}")));
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

    /// <summary>The figure's indicator by its title, with its other dimensions' readable values: "Aktører pr. sektor (Civilsamfund)".</summary>
    private static string Name(IndicatorRow row, ReportLabels labels, Dictionary<string, string> titles)
    {
        var indicator = row.Dimensions[StatusSection.FigureDimension];
        var title = titles.GetValueOrDefault(indicator, indicator);
        var others = row.Dimensions.Where(d => d.Key != StatusSection.FigureDimension).OrderBy(d => d.Key, StringComparer.Ordinal)
            .Select(d => labels.Dimension(d.Key, d.Value)).ToList();
        return others.Count == 0 ? title : $"{title} ({string.Join(", ", others)})";
    }

    private static string Value(Figure? figure, ReportLabels labels) => labels.Figure(figure) is { Length: > 0 } shown ? shown : "–";

    private static string Encode(string text) => WebUtility.HtmlEncode(text);
}
