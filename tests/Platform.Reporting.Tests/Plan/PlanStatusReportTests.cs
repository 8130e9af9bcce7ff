using System.Net;
using System.Text;
using Google.Protobuf;
using Grpc.Core;
using Platform.Contracts.ActorMapping.V1;
using Platform.Contracts.Reporting.V1;
using Platform.Identity;
using Platform.Reporting.Tests.Infrastructure;
using Platform.Testing;

namespace Platform.Reporting.Tests.Plan;

/// <summary>The status report opens with the partnership's plan: each workstream's state next to the figures that show it.</summary>
[Collection(ReportingCollection.Name)]
public sealed class PlanStatusReportTests(ReportingPlatform shared)
{
    private readonly TestPlatform platform = shared.Platform;

    private ReportService.ReportServiceClient Reports => new(platform.Channel);

    private PartnershipPlanService.PartnershipPlanServiceClient Plans => new(platform.Channel);

    private CallOptions Coordinator(string code) => platform.As(RoleGrant.ForMunicipality(PlatformRole.MunicipalityCoordinator, code));

    [Fact]
    public async Task The_partnership_report_opens_with_each_workstream_s_state_per_member_and_across_the_partnership_next_to_its_figures()
    {
        var (id, code, neighbour) = await PlanUnderWayAsync();

        var (_, report) = await ReportCalls.ReadAsync(Reports.GeneratePartnershipReport(
            new GeneratePartnershipReportRequest { PartnershipId = id, Period = ReportCalls.ThisQuarter() }, platform.AsAdmin()));

        var status = report.Sections[0];
        Assert.Equal(("status", "Status på planen"), (status.Id, status.TitleDa));
        Assert.Equal(6, status.Indicators.Count);
        // Both members done: done; one under way: under way across the partnership; nothing set: planned.
        Assert.Equal(("done", "done", "done"), States(status.Indicators[0], code, neighbour));
        Assert.Equal(("under-way", "planned", "under-way"), States(status.Indicators[1], code, neighbour));
        Assert.Equal(("planned", "planned", "planned"), States(status.Indicators[2], code, neighbour));

        // The mapping workstream carries the actors mapped by sector, the same rows as the indicator's own section.
        var bySector = report.Sections.Skip(1).SelectMany(s => s.Indicators).Single(i => i.Indicator.Id == "actor-mapping.actors-by-sector");
        var shown = status.Indicators[1].Rows.Where(r => r.Dimensions.GetValueOrDefault("figure") == bySector.Indicator.Id).ToList();
        Assert.Equal(
            bySector.Rows.Select(r => (r.MunicipalityCode, r.Dimensions["sector"], ReportCalls.Text(r.Current))),
            shown.Select(r => (r.MunicipalityCode, r.Dimensions["sector"], ReportCalls.Text(r.Current))));
        Assert.Contains(shown, r => r.MunicipalityCode == "" && r.Dimensions["sector"] == "civil-society" && ReportCalls.Text(r.Current) == "2");
    }

    [Fact]
    public async Task The_html_report_says_what_we_are_working_on_what_we_will_do_and_what_is_done_before_the_figures()
    {
        var (id, _, _) = await PlanUnderWayAsync();

        var file = await Reports.ExportReportAsync(new ExportReportRequest
        {
            Scope = new ReportScope { PartnershipId = id }, Period = ReportCalls.ThisQuarter(), Format = ReportFormat.Html,
        }, platform.AsAdmin());

        var html = WebUtility.HtmlDecode(Encoding.UTF8.GetString(file.Content.Span));
        var working = html.IndexOf("Vi er i gang med:", StringComparison.Ordinal);
        var will = html.IndexOf("Vi kommer til at:", StringComparison.Ordinal);
        var done = html.IndexOf("Det har vi gjort:", StringComparison.Ordinal);
        var firstFigures = html.IndexOf("<section aria-labelledby=", StringComparison.Ordinal);
        Assert.True(working >= 0 && will > working && done > will && firstFigures > done, $"working {working}, will {will}, done {done}, figures {firstFigures}");
        Assert.Contains("Kortlægge eksisterende tiltag", html[working..will], StringComparison.Ordinal);
        Assert.Contains("Mobilisere relevante aktører", html[will..done], StringComparison.Ordinal);
        Assert.Contains("Etablere og organisere partnerskabet", html[done..firstFigures], StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_municipality_report_shows_the_plan_s_states_of_that_municipality_only()
    {
        var (_, code, neighbour) = await PlanUnderWayAsync();

        var (_, report) = await ReportCalls.ReadAsync(Reports.GenerateMunicipalityReport(
            new GenerateMunicipalityReportRequest { MunicipalityCode = neighbour, Period = ReportCalls.ThisQuarter() }, Coordinator(neighbour)));

        var status = report.Sections[0];
        Assert.Equal("status", status.Id);
        var states = status.Indicators.SelectMany(w => w.Rows).Where(r => r.Dimensions.ContainsKey("state")).ToList();
        Assert.All(states, r => Assert.Equal(neighbour, r.MunicipalityCode));
        Assert.Equal("done", status.Indicators[0].Rows.Single(r => r.Dimensions.ContainsKey("state")).Dimensions["state"]);
        Assert.Equal("planned", status.Indicators[1].Rows.Single(r => r.Dimensions.ContainsKey("state")).Dimensions["state"]);
        Assert.DoesNotContain(status.Indicators.SelectMany(w => w.Rows), r => r.MunicipalityCode == code);
    }

    [Fact]
    public async Task A_workstream_titled_like_a_spreadsheet_formula_comes_out_of_the_csv_and_xlsx_as_text_that_no_spreadsheet_runs()
    {
        var (id, _, _) = await PlanUnderWayAsync();
        const string Formula = "=HYPERLINK(\"https://example.com/\";\"Klik her\")";
        var plan = await Plans.GetPlanAsync(new GetPlanRequest { PartnershipId = id }, platform.AsAdmin());
        var update = new UpdateWorkstreamsRequest { PartnershipId = id, ExpectedVersion = plan.Version, Workstreams = { plan.Workstreams.Select(w => w.Clone()) } };
        update.Workstreams[0].TitleDa = Formula;
        update.Workstreams[1].TitleDa = "@SUM(1+1)";
        foreach (var w in update.Workstreams)
        {
            w.States.Clear();
        }

        await Plans.UpdateWorkstreamsAsync(update, platform.AsAdmin());
        var scope = new ReportScope { PartnershipId = id };

        var csv = await Reports.ExportReportAsync(new ExportReportRequest { Scope = scope, Period = ReportCalls.ThisQuarter(), Format = ReportFormat.Csv }, platform.AsAdmin());
        var fields = Encoding.UTF8.GetString(csv.Content.Span).Split("\r\n").SelectMany(line => line.Split(';')).Select(f => f.Trim('"')).ToList();
        Assert.Contains(fields, f => f == "'" + Formula.Replace("\"", "\"\"", StringComparison.Ordinal) || f.StartsWith("'=HYPERLINK(", StringComparison.Ordinal));
        Assert.Contains("'@SUM(1+1)", fields);
        Assert.DoesNotContain(fields, f => f.Length > 0 && f[0] is '=' or '+' or '@');

        var xlsx = await Reports.ExportReportAsync(new ExportReportRequest { Scope = scope, Period = ReportCalls.ThisQuarter(), Format = ReportFormat.Xlsx }, platform.AsAdmin());
        using var workbook = DocumentFormat.OpenXml.Packaging.SpreadsheetDocument.Open(new MemoryStream(xlsx.Content.ToByteArray()), false);
        var cells = workbook.WorkbookPart!.WorksheetParts.Single().Worksheet.Descendants<DocumentFormat.OpenXml.Spreadsheet.Cell>().ToList();
        Assert.DoesNotContain(cells, c => c.CellFormula is not null);
        var texts = cells.Where(c => c.InlineString is not null).Select(c => c.InlineString!.InnerText).ToList();
        Assert.Contains("'" + Formula, texts);
        Assert.Contains("'@SUM(1+1)", texts);
        Assert.DoesNotContain(texts, t => t.Length > 0 && t[0] is '=' or '+' or '-' or '@');
    }

    /// <summary>
    /// A partnership of two members: both have done the first workstream (organising), the first member is under way with
    /// the second (mapping) and has mapped three actors; the rest is planned.
    /// </summary>
    private async Task<(string Id, string Code, string Neighbour)> PlanUnderWayAsync()
    {
        var code = platform.MunicipalityCodes.Take();
        var neighbour = platform.MunicipalityCodes.Take();
        var id = await Scenario.PartnershipWithMembersAsync(platform, code, neighbour);
        var plan = await Plans.GetPlanAsync(new GetPlanRequest { PartnershipId = id, MunicipalityCode = code }, Coordinator(code));
        await SetAsync(id, code, plan.Workstreams[0].Id, WorkstreamState.Done);
        await SetAsync(id, neighbour, plan.Workstreams[0].Id, WorkstreamState.Done);
        await SetAsync(id, code, plan.Workstreams[1].Id, WorkstreamState.UnderWay);
        await new ActorService.ActorServiceClient(platform.Channel).ImportActorsAsync(new ImportActorsRequest
        {
            MunicipalityCode = code,
            Csv = ByteString.CopyFromUtf8("Navn;Sektor;Kategori\nSkolen;kommunal;skole\nKlubben;civilsamfund;forening\nSpejderne;civilsamfund;forening\n"),
        }, platform.AsAdmin());
        return (id, code, neighbour);
    }

    private async Task SetAsync(string id, string code, string workstreamId, WorkstreamState state) =>
        await Plans.SetMemberStateAsync(new SetMemberStateRequest
        {
            PartnershipId = id, MunicipalityCode = code, WorkstreamId = workstreamId, State = state,
        }, Coordinator(code));

    private static (string Member, string Neighbour, string Partnership) States(IndicatorFigures workstream, string code, string neighbour)
    {
        string Of(string municipality) => workstream.Rows.Single(r => r.MunicipalityCode == municipality && r.Dimensions.ContainsKey("state")).Dimensions["state"];
        return (Of(code), Of(neighbour), Of(""));
    }
}
