using Grpc.Core;
using Platform.Contracts.Reporting.V1;
using Platform.Reporting.Tests.Infrastructure;
using Platform.Testing;

namespace Platform.Reporting.Tests.Indicators;

[Collection(ReportingCollection.Name)]
public sealed class IndicatorTests(ReportingPlatform shared)
{
    private readonly TestPlatform platform = shared.Platform;

    private ReportService.ReportServiceClient Reports => new(platform.Channel);

    [Fact]
    public async Task Every_loaded_module_s_indicators_are_listed_with_titles_unit_dimensions_module_and_section()
    {
        var listed = await Reports.ListIndicatorsAsync(new ListIndicatorsRequest(), platform.AsAdmin());

        var authors = listed.Indicators.Single(i => i.Id == "sample.authors");
        Assert.Equal(("Forfattere", "Authors", "people", true, "sample", "childrens-voices"),
            (authors.TitleDa, authors.TitleEn, authors.Unit, authors.CountsPeople, authors.ModuleId, authors.Section));
        var byMonth = listed.Indicators.Single(i => i.Id == "sample.notes-by-month");
        Assert.Equal(["municipality", "month"], byMonth.Dimensions);
        Assert.Equal("other", byMonth.Section);
        Assert.Contains(listed.Indicators, i => i.Id == "sample.notes" && i.TitleDa == "Noter");
    }

    [Fact]
    public async Task One_indicator_is_read_for_a_municipality_and_for_a_partnership_with_the_quarter_before()
    {
        var data = KnownDataSet.For(platform.MunicipalityCodes);
        var id = await Scenario.PartnershipWithMembersAsync(platform, [.. data.Codes]);
        await data.SeedAsync(platform);

        var municipality = await Reports.GetIndicatorAsync(new GetIndicatorRequest
        {
            IndicatorId = "sample.notes-by-month", Period = KnownDataSet.Period, Scope = new ReportScope { MunicipalityCode = data.Codes[0] },
        }, platform.AsAdmin());
        var partnership = await Reports.GetIndicatorAsync(new GetIndicatorRequest
        {
            IndicatorId = "sample.notes-by-month", Period = KnownDataSet.Period, Scope = new ReportScope { PartnershipId = id },
        }, platform.AsAdmin());

        var april = municipality.Rows.Single(r => r.Dimensions["month"] == "2026-04");
        Assert.Equal((double)data.Raw("sample.notes-by-month", data.Codes[0], KnownDataSet.Period, "2026-04"), april.Current.Value);
        Assert.All(municipality.Rows, r => Assert.Equal(data.Codes[0], r.MunicipalityCode));
        var mayTotal = partnership.Rows.Single(r => r.MunicipalityCode == "" && r.Dimensions["month"] == "2026-05");
        Assert.Equal((double)data.Codes.Sum(c => data.Raw("sample.notes-by-month", c, KnownDataSet.Period, "2026-05")), mayTotal.Current.Value);
    }

    [Fact]
    public async Task An_indicator_no_loaded_module_provides_is_not_found()
    {
        var code = platform.MunicipalityCodes.Take();
        await Scenario.PartnershipWithMembersAsync(platform, code);

        await RpcAssert.FailsWith(StatusCode.NotFound, () => Reports.GetIndicatorAsync(new GetIndicatorRequest
        {
            IndicatorId = "no-such-module.figure", Period = KnownDataSet.Period, Scope = new ReportScope { MunicipalityCode = code },
        }, platform.AsAdmin()).ResponseAsync);
        await RpcAssert.InvalidField("indicator_id", () => Reports.GetIndicatorAsync(new GetIndicatorRequest
        {
            Period = KnownDataSet.Period, Scope = new ReportScope { MunicipalityCode = code },
        }, platform.AsAdmin()).ResponseAsync);
    }
}
