using Google.Protobuf;
using Grpc.Core;
using Platform.Contracts.Reporting.V1;
using Platform.Identity;
using Platform.Reporting.Tests.Infrastructure;
using Platform.Testing;

namespace Platform.Reporting.Tests.Access;

[Collection(ReportingCollection.Name)]
public sealed class ReportAccessTests(ReportingPlatform shared)
{
    private readonly TestPlatform platform = shared.Platform;

    private ReportService.ReportServiceClient Reports => new(platform.Channel);

    [Fact]
    public async Task A_partner_centre_reads_its_partnership_s_report_and_indicators_with_its_own_token_without_personal_data()
    {
        var data = KnownDataSet.For(platform.MunicipalityCodes);
        var id = await Scenario.PartnershipWithMembersAsync(platform, [.. data.Codes]);
        await data.SeedAsync(platform);
        var centre = platform.As(RoleGrant.ForPartnership(PlatformRole.PartnershipStaff, id));

        var (_, report) = await ReportCalls.PartnershipAsync(Reports, id, centre);
        var indicator = await Reports.GetIndicatorAsync(new GetIndicatorRequest
        {
            IndicatorId = "sample.authors", Period = KnownDataSet.Period, Scope = new ReportScope { PartnershipId = id },
        }, centre);
        var (_, member) = await ReportCalls.MunicipalityAsync(Reports, data.Codes[1], centre);

        Assert.Equal((await ExpectedReport.LinesAsync(platform, data, withTotals: true)).Order(), ReportCalls.Lines(report, KnownDataSet.Prefix).Order());
        var total = indicator.Rows.Single(r => r.MunicipalityCode == "");
        Assert.Equal(await ExpectedReport.AuthorsAsync(platform, data, ""), (total.Current, total.Previous, total.Change));
        Assert.Equal([data.Codes[1]], member.MunicipalityCodes);
        foreach (var text in new[] { JsonFormatter.Default.Format(report), JsonFormatter.Default.Format(indicator) })
        {
            Assert.DoesNotContain("@example.dk", text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task A_partner_centre_never_reads_another_partnership_s_report_nor_a_non_member_municipality_s()
    {
        var ourMember = platform.MunicipalityCodes.Take();
        var theirMember = platform.MunicipalityCodes.Take();
        var ours = await Scenario.PartnershipWithMembersAsync(platform, ourMember);
        var theirs = await Scenario.PartnershipWithMembersAsync(platform, theirMember);
        var centre = platform.As(RoleGrant.ForPartnership(PlatformRole.PartnershipStaff, ours));

        await RpcAssert.FailsWith(StatusCode.PermissionDenied, () => ReportCalls.PartnershipAsync(Reports, theirs, centre));
        await RpcAssert.FailsWith(StatusCode.PermissionDenied, () => ReportCalls.MunicipalityAsync(Reports, theirMember, centre));
        await RpcAssert.FailsWith(StatusCode.PermissionDenied, () => Reports.GetIndicatorAsync(new GetIndicatorRequest
        {
            IndicatorId = "sample.notes", Period = KnownDataSet.Period, Scope = new ReportScope { PartnershipId = theirs },
        }, centre).ResponseAsync);
        await RpcAssert.FailsWith(StatusCode.PermissionDenied, () => Reports.ExportReportAsync(new ExportReportRequest
        {
            Scope = new ReportScope { PartnershipId = theirs }, Period = KnownDataSet.Period, Format = ReportFormat.Csv,
        }, centre).ResponseAsync);
    }

    [Fact]
    public async Task A_municipality_s_roles_read_its_own_report_but_neither_a_neighbour_s_nor_the_partnership_s()
    {
        var code = platform.MunicipalityCodes.Take();
        var neighbour = platform.MunicipalityCodes.Take();
        var id = await Scenario.PartnershipWithMembersAsync(platform, code, neighbour);
        var coordinator = platform.As(RoleGrant.ForMunicipality(PlatformRole.MunicipalityCoordinator, code));
        var viewer = platform.As(RoleGrant.ForMunicipality(PlatformRole.Viewer, code));

        var (_, own) = await ReportCalls.MunicipalityAsync(Reports, code, coordinator);
        var (_, seenByViewer) = await ReportCalls.MunicipalityAsync(Reports, code, viewer);

        Assert.Equal([code], own.MunicipalityCodes);
        Assert.Equal(ReportCalls.Lines(own), ReportCalls.Lines(seenByViewer));
        await RpcAssert.FailsWith(StatusCode.PermissionDenied, () => ReportCalls.MunicipalityAsync(Reports, neighbour, coordinator));
        await RpcAssert.FailsWith(StatusCode.PermissionDenied, () => ReportCalls.PartnershipAsync(Reports, id, viewer));
    }
}
