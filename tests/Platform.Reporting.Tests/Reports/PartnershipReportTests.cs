using Google.Protobuf;
using Platform.Contracts.ActorMapping.V1;
using Platform.Contracts.Reporting.V1;
using Platform.Reporting.Tests.Infrastructure;
using Platform.Testing;

namespace Platform.Reporting.Tests.Reports;

[Collection(ReportingCollection.Name)]
public sealed class PartnershipReportTests(ReportingPlatform shared)
{
    private readonly TestPlatform platform = shared.Platform;

    private ReportService.ReportServiceClient Reports => new(platform.Channel);

    [Fact]
    public async Task Every_figure_of_the_partnership_report_equals_the_figure_computed_straight_from_the_seed()
    {
        var data = KnownDataSet.For(platform.MunicipalityCodes);
        var id = await Scenario.PartnershipWithMembersAsync(platform, [.. data.Codes]);
        await data.SeedAsync(platform);

        var (progress, report) = await ReportCalls.PartnershipAsync(Reports, id, platform.AsAdmin());

        Assert.Equal((await ExpectedReport.LinesAsync(platform, data, withTotals: true)).Order(), ReportCalls.Lines(report, KnownDataSet.Prefix).Order());
        Assert.Equal(data.Codes, report.MunicipalityCodes);
        Assert.Equal(data.Codes.Select(MunicipalityCodes.NameOf), data.Codes.Select(code => report.MunicipalityNames[code]));
        Assert.Equal((2026, 1), (report.PreviousPeriod.Year, report.PreviousPeriod.Quarter_));
    }

    [Fact]
    public async Task Generation_streams_progress_in_order_before_the_report_which_comes_last()
    {
        var data = KnownDataSet.For(platform.MunicipalityCodes);
        var id = await Scenario.PartnershipWithMembersAsync(platform, [.. data.Codes]);

        var (progress, report) = await ReportCalls.PartnershipAsync(Reports, id, platform.AsAdmin());

        Assert.True(progress.Count >= 4, $"Expected a progress message per indicator, got {progress.Count} messages.");
        Assert.All(progress[..^1], message => Assert.Null(message.Report));
        Assert.Equal(progress.Select(p => p.Percent).Order(), progress.Select(p => p.Percent));
        Assert.Equal(100, progress[^1].Percent);
        Assert.Equal("Center for Sundt Liv og Trivsel", report.Name);
    }

    [Fact]
    public async Task Counts_of_people_are_published_from_their_stored_cells_and_the_total_from_the_sum_of_the_members_cells_so_one_to_four_people_never_show_as_a_number_below_five()
    {
        var data = KnownDataSet.For(platform.MunicipalityCodes);
        var id = await Scenario.PartnershipWithMembersAsync(platform, [.. data.Codes]);
        await data.SeedAsync(platform);

        var (_, report) = await ReportCalls.PartnershipAsync(Reports, id, platform.AsAdmin());

        var rows = report.Sections.SelectMany(s => s.Indicators).Single(i => i.Indicator.Id == "sample.authors").Rows.ToDictionary(r => r.MunicipalityCode);
        var expected = new Dictionary<string, (int Now, int Before)> { [data.Codes[0]] = (7, 3), [data.Codes[1]] = (2, 6), [data.Codes[2]] = (4, 0), [""] = (13, 9) };
        foreach (var (code, (now, before)) in expected)
        {
            Assert.Equal((now, before), ((await data.StoredAuthorsAsync(platform, code, KnownDataSet.Period)).Count,
                (await data.StoredAuthorsAsync(platform, code, KnownDataSet.PreviousPeriod)).Count));
            Assert.Equal(await ExpectedReport.AuthorsAsync(platform, data, code), (rows[code].Current, rows[code].Previous, rows[code].Change));
        }

        Assert.All([rows[data.Codes[0]].Previous, rows[data.Codes[1]].Current, rows[data.Codes[2]].Current],
            fewerThanFive => Assert.True(fewerThanFive.Suppressed || fewerThanFive.Value >= 5, $"A count of 1 to 4 was shown as {fewerThanFive}."));
        Assert.Equal(new Figure { Value = 0 }, rows[data.Codes[2]].Previous);
        Assert.DoesNotContain(rows.Values.SelectMany(r => new[] { r.Current, r.Previous }),
            figure => figure.ContentCase == Figure.ContentOneofCase.Value && figure.Value is > 0 and < 5);
    }

    [Fact]
    public async Task Sections_follow_the_indicator_ids_and_hints_and_an_unknown_module_s_indicators_go_to_other()
    {
        var code = platform.MunicipalityCodes.Take();
        var id = await Scenario.PartnershipWithMembersAsync(platform, code);

        var (_, report) = await ReportCalls.PartnershipAsync(Reports, id, platform.AsAdmin());

        var sections = report.Sections.ToDictionary(s => s.Id, s => s.Indicators.Select(i => i.Indicator.Id).ToList());
        Assert.Contains("sample.authors", sections["childrens-voices"]);
        Assert.Equal(["sample.notes", "sample.notes-by-month"], sections["other"]);
        Assert.Equal(("Børnenes stemmer", "Children's voices"),
            (report.Sections.Single(s => s.Id == "childrens-voices").TitleDa, report.Sections.Single(s => s.Id == "childrens-voices").TitleEn));
    }

    [Fact]
    public async Task The_loaded_feature_modules_indicators_land_in_their_sections_with_the_figures_of_their_data()
    {
        var code = platform.MunicipalityCodes.Take();
        var id = await Scenario.PartnershipWithMembersAsync(platform, code);
        await new ActorService.ActorServiceClient(platform.Channel).ImportActorsAsync(new ImportActorsRequest
        {
            MunicipalityCode = code,
            Csv = ByteString.CopyFromUtf8("Navn;Sektor;Kategori\nSkolen;kommunal;skole\nKlubben;civilsamfund;forening\nSpejderne;civilsamfund;forening\n"),
        }, platform.AsAdmin());

        var (_, report) = await ReportCalls.ReadAsync(Reports.GeneratePartnershipReport(
            new GeneratePartnershipReportRequest { PartnershipId = id, Period = ReportCalls.ThisQuarter() }, platform.AsAdmin()));

        var sections = report.Sections.ToDictionary(s => s.Id, s => s.Indicators.Select(i => i.Indicator.Id).ToList());
        Assert.Contains("actor-mapping.actors-by-sector", sections["mapping-and-mobilisation"]);
        Assert.All(sections["mapping-and-mobilisation"], indicator => Assert.StartsWith("actor-mapping.", indicator));
        Assert.Contains("events.events-held", sections["events-and-reach"]);
        Assert.Contains("surveys.responses", sections["childrens-voices"]);
        var bySector = report.Sections.SelectMany(s => s.Indicators).Single(i => i.Indicator.Id == "actor-mapping.actors-by-sector")
            .Rows.Where(row => row.MunicipalityCode == code)
            .ToDictionary(row => row.Dimensions["sector"], row => ReportCalls.Text(row.Current));
        Assert.Equal(new Dictionary<string, string> { ["civil-society"] = "2", ["municipal"] = "1" }, bySector);
    }

    [Fact]
    public async Task A_municipality_report_has_the_municipality_s_rows_only_and_no_partnership_total()
    {
        var data = KnownDataSet.For(platform.MunicipalityCodes);
        await Scenario.PartnershipWithMembersAsync(platform, [.. data.Codes]);
        await data.SeedAsync(platform);

        var member = data.Codes[1];

        var (_, report) = await ReportCalls.MunicipalityAsync(Reports, member, platform.AsAdmin());

        var only = new KnownDataSet([member], [.. data.Notes.Where(n => n.MunicipalityCode == member)]);
        Assert.Equal((await ExpectedReport.LinesAsync(platform, only, withTotals: false)).Order(), ReportCalls.Lines(report, KnownDataSet.Prefix).Order());
        Assert.Equal([member], report.MunicipalityCodes);
    }

    [Fact]
    public async Task A_request_without_a_quarter_or_a_scope_is_refused_naming_the_field()
    {
        await RpcAssert.InvalidField("period", () => ReportCalls.ReadAsync(Reports.GeneratePartnershipReport(
            new GeneratePartnershipReportRequest { PartnershipId = "any", Period = new Quarter { Year = 2026, Quarter_ = 5 } }, platform.AsAdmin())));
        await RpcAssert.InvalidField("scope", () => Reports.GetIndicatorAsync(
            new GetIndicatorRequest { IndicatorId = "sample.notes", Period = KnownDataSet.Period }, platform.AsAdmin()).ResponseAsync);
        await RpcAssert.FailsWith(Grpc.Core.StatusCode.NotFound, () => ReportCalls.ReadAsync(Reports.GeneratePartnershipReport(
            new GeneratePartnershipReportRequest { PartnershipId = "no-such-partnership", Period = KnownDataSet.Period }, platform.AsAdmin())));
    }
}
