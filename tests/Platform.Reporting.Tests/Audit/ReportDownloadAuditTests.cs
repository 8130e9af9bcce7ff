using Platform.Contracts.Core.V1;
using Platform.Contracts.Reporting.V1;
using Platform.Reporting.Tests.Infrastructure;
using Platform.Testing;

namespace Platform.Reporting.Tests.Audit;

[Collection(ReportingCollection.Name)]
public sealed class ReportDownloadAuditTests(ReportingPlatform shared)
{
    private readonly TestPlatform platform = shared.Platform;

    [Fact]
    public async Task Downloading_a_partnership_report_writes_exactly_one_entry_naming_the_partnership_and_the_file()
    {
        var code = platform.MunicipalityCodes.Take();
        var partnershipId = await Scenario.PartnershipWithMembersAsync(platform, code);
        var audit = new AuditService.AuditServiceClient(platform.Channel);
        var request = new ListAuditEntriesRequest { PartnershipId = partnershipId, Action = "reporting.report-downloaded" };

        var file = await new ReportService.ReportServiceClient(platform.Channel).ExportReportAsync(new ExportReportRequest
        {
            Scope = new ReportScope { PartnershipId = partnershipId }, Period = KnownDataSet.Period, Format = ReportFormat.Csv,
        }, platform.AsAdmin());

        var entry = Assert.Single((await audit.ListAuditEntriesAsync(request, platform.AsAdmin())).Entries);
        Assert.Equal(("test-admin", "", file.FileName), (entry.ActorSubject, entry.MunicipalityCode, entry.Detail));
    }
}
