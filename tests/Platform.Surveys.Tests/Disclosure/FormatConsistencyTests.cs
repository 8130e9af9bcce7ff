using System.Text;
using System.Text.RegularExpressions;
using DocumentFormat.OpenXml.Packaging;
using Grpc.Core;
using Platform.Contracts.Core.V1;
using Platform.Contracts.Reporting.V1;
using Platform.Contracts.Surveys.V1;
using Platform.Sdk.Disclosure;
using Platform.Surveys.Tests.Infrastructure;
using Platform.Testing;
using Row = DocumentFormat.OpenXml.Spreadsheet.Row;

namespace Platform.Surveys.Tests.Disclosure;

/// <summary>
/// One count of children's responses, asked for in every way a reader has: the survey results and the indicator over
/// gRPC, the streamed report, and the CSV, XLSX and HTML files. Each must show the one published figure of its cell.
/// </summary>
public sealed partial class FormatConsistencyTests(SharedPlatform own) : IClassFixture<SharedPlatform>
{
    private readonly TestPlatform platform = own.Platform;

    [Fact]
    public async Task A_member_s_responses_and_the_partnership_s_total_show_the_same_figure_through_grpc_the_report_stream_csv_xlsx_and_html()
    {
        var members = platform.MunicipalityCodes.Take(2);
        var seeded = await SeededSurvey.CreateAsync(platform, members, members.ToDictionary(m => m, _ => Array.Empty<string>()), _ =>
            Enumerable.Range(0, 9).Select(i => new FineCell(members[0], "", "6-10", "happy", "", 1))
                .Concat(Enumerable.Range(0, 3).Select(i => new FineCell(members[1], "", "6-10", "sad", "", 1))));
        var names = (await new MunicipalityService.MunicipalityServiceClient(platform.Channel).ListKnownMunicipalitiesAsync(
            new ListKnownMunicipalitiesRequest(), platform.AsAdmin())).Municipalities.ToDictionary(m => m.Code, m => m.Name);
        var reports = new ReportService.ReportServiceClient(platform.Channel);
        var scope = new ReportScope { PartnershipId = seeded.PartnershipId };
        var first = await Stored.ResponsesAsync(platform, seeded.Survey.Id, members[0]);
        var both = first + await Stored.ResponsesAsync(platform, seeded.Survey.Id, members[1]);

        var results = await SurveyFactory.ResultsAsync(platform, PartnershipSurveys.AsMember(seeded.Survey, members[0]), as_: seeded.Staff);
        var partnershipResults = await PartnershipSurveys.ResultsAsync(platform, seeded.Survey, Breakdown.None, seeded.Staff);
        var indicator = await seeded.IndicatorAsync("surveys.responses");
        var streamed = await StreamedAsync(reports.GeneratePartnershipReport(new GeneratePartnershipReportRequest { PartnershipId = seeded.PartnershipId, Period = SeededSurvey.Period }, seeded.Staff));
        var files = new Dictionary<ReportFormat, byte[]>();
        foreach (var format in new[] { ReportFormat.Csv, ReportFormat.Xlsx, ReportFormat.Html })
        {
            files[format] = (await reports.ExportReportAsync(new ExportReportRequest { Scope = scope, Period = SeededSurvey.Period, Format = format }, seeded.Staff)).Content.ToByteArray();
        }

        foreach (var (code, cell, label) in new[] { (members[0], first, names[members[0]]), ("", both, "I alt") })
        {
            var expected = Text(DisclosureControl.Publish(cell));
            Assert.Equal(expected, Text(ReaderView.Shown(code == "" ? partnershipResults.Responses : results.Responses)));
            Assert.Equal(expected, Text(ReaderView.Shown(Row(indicator, code).Current)));
            Assert.Equal(expected, Text(ReaderView.Shown(Row(streamed.Sections.SelectMany(s => s.Indicators).Single(i => i.Indicator.Id == "surveys.responses"), code).Current)));
            Assert.Equal(expected, Csv(files[ReportFormat.Csv], code));
            Assert.Equal(expected, Xlsx(files[ReportFormat.Xlsx], code));
            Assert.Equal(expected, Html(files[ReportFormat.Html], label));
        }
    }

    private static IndicatorRow Row(IndicatorFigures figures, string code) =>
        figures.Rows.Single(r => r.MunicipalityCode == code && r.Dimensions["local-area"] == "");

    /// <summary>A published figure as the files write it: the number, or the word for a band.</summary>
    private static string Text(PublishedCount count) => count.IsBand ? "band" : count.Value.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static string FileText(string written) => written is "suppressed" or "færre end 5" ? "band" : written;

    private static string Csv(byte[] file, string code) => FileText(Encoding.UTF8.GetString(file).Split("\r\n")
        .Select(line => line.Split(';'))
        .Single(fields => fields.Length > 7 && fields[1] == "surveys.responses" && fields[5] == (code == "" ? "total" : code) && fields[6] == "local-area=")[7]);

    private static string Xlsx(byte[] file, string code)
    {
        using var document = SpreadsheetDocument.Open(new MemoryStream(file), false);
        var rows = document.WorkbookPart!.WorksheetParts.Single().Worksheet.Descendants<Row>()
            .Select(row => row.Elements<DocumentFormat.OpenXml.Spreadsheet.Cell>().Select(cell => cell.InnerText).ToList());
        return FileText(rows.Single(cells => cells[1] == "surveys.responses" && cells[5] == (code == "" ? "total" : code) && cells[6] == "local-area=")[7]);
    }

    private static string Html(byte[] file, string label)
    {
        var html = Encoding.UTF8.GetString(file);
        var section = html[html.IndexOf("id=\"indicator-surveys-responses\"", StringComparison.Ordinal)..];
        section = section[..section.IndexOf("</table>", StringComparison.Ordinal)];
        var row = TableRow().Matches(section).Single(match => System.Net.WebUtility.HtmlDecode(match.Groups["label"].Value) == $"{label} · Hele kommunen");
        return FileText(row.Groups["current"].Value);
    }

    private static async Task<Report> StreamedAsync(AsyncServerStreamingCall<ReportProgress> call)
    {
        using (call)
        {
            Report? report = null;
            await foreach (var message in call.ResponseStream.ReadAllAsync())
            {
                report = message.Report ?? report;
            }

            return report!;
        }
    }

    [GeneratedRegex("<tr><th scope=\"row\">(?<label>[^<]*)</th><td[^>]*>(?<current>[^<]*)</td>")]
    private static partial Regex TableRow();
}
